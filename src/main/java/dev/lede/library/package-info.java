/**
 * A library: the story files of one or more folders, listed in file-name order as light
 * {@link dev.lede.library.StoryRef}s (title, id, date, section count) with duplicate ids and unreadable files turned
 * into warnings, lookup by id, and stories parsed only when opened. Loading goes through the list cache
 * ({@code <cache>/lists/}): one stat per file, and only files whose stamp changed are read again (see
 * {@link dev.lede.library.FolderScan} for why that is safe).
 */
package dev.lede.library;
