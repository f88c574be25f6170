/**
 * Reading state: which stories are read and which are starred, by story id, kept in lede's state folder
 * ({@code $XDG_STATE_HOME/lede/}), never in the story files and never in the list cache. Its own crash-safe file:
 * a kill at any moment loses at most the last change, and two lede processes marking at once lose nothing.
 */
package dev.lede.state;
