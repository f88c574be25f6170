/**
 * The story model: immutable records for a parsed story, its sections and blocks, and the rules for finding quoted
 * spans inside a paragraph. No I/O happens here.
 */
package dev.lede.story;
