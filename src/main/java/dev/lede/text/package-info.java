/**
 * Text as a terminal shows it: the display width of characters (wide East Asian characters and emoji take two
 * cells, combining marks none) and word wrapping by display width. Shared by the text export and the reader, so a
 * story wraps the same way in both. Also the known word nearest to a misspelt one ({@link dev.lede.text.Nearest}),
 * for the "did you mean" of messages.
 */
package dev.lede.text;
