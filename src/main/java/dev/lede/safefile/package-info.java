/**
 * Crash-safe file writes: a temporary file in the target's folder, flushed to disk, then moved over the target, so a
 * reader of the target sees the old content or the new, never a part. And lede's own folders ({@link
 * dev.lede.safefile.OwnFolder}: the cache's lists and index), in which nothing is followed through a link, opened
 * without a look at what it is, or read whole without a size check.
 */
package dev.lede.safefile;
