/**
 * The reader's vocabulary of keys, without a terminal library: the {@link dev.lede.keys.Action}s (each with its
 * default keys, the {@link dev.lede.keys.Screen}s it serves and its precedence), a {@link dev.lede.keys.Key} parsed
 * from one spelling that the preferences file and the reader share, and the {@link dev.lede.keys.Bindings} of every
 * action to its keys, which decide the action a key triggers on a screen. The reader adapts a terminal's keystroke
 * to a {@code Key}; preferences read and write {@code Bindings}.
 */
package dev.lede.keys;
