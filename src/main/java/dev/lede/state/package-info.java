/**
 * Reading state: which stories are read and which are starred, by story id, kept in lede's state folder
 * ({@code $XDG_STATE_HOME/lede/reading/marks}), never in the story files and never in the list cache. Its own
 * crash-safe file: an append-only log of CRC-checked records ({@link dev.lede.state.MarksFormat}), each forced to
 * disk under a lock before {@link dev.lede.state.ReadState#mark} returns, so a kill at any moment loses at most the
 * change being written, and two lede processes marking at once lose nothing. And the checkpoints of the commands
 * that emit stories ({@link dev.lede.state.Checkpoints}): each the set of the story ids emitted through it, in
 * {@code $XDG_STATE_HOME/lede/checkpoints/NAME}, replaced whole under a lock.
 */
package dev.lede.state;
