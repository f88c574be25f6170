/**
 * Crash-safe file writes: a temporary file in the target's folder, flushed to disk, then moved over the target, so a
 * reader of the target sees the old content or the new, never a part.
 */
package dev.lede.atomic;
