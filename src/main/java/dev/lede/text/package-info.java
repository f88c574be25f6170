/**
 * Text as a terminal shows it: what may reach a terminal at all ({@link dev.lede.text.TextCleaner} removes
 * controls, escape sequences, bidi controls and lone surrogates from story text, and escapes them in messages), the
 * display width of characters (wide East Asian characters and emoji take two cells, combining marks none) and word
 * wrapping by display width, and the known word nearest to a misspelt one ({@link dev.lede.text.Nearest}) for the
 * "did you mean" of messages. At the bottom of the layout: story files, preferences, the library, messages, the text
 * export and the reader all use it, so a story is cleaned and wraps the same way everywhere.
 */
package dev.lede.text;
