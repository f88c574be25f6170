/**
 * A library: the story files of one or more folders, loaded in file-name order, with duplicate ids and unreadable
 * files turned into warnings, and lookup by id.
 */
package dev.lede.library;
