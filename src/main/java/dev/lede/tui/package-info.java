/**
 * The terminal reader: one loop on one thread ({@link dev.lede.tui.ReaderApp}) turning keystrokes into {@link
 * dev.lede.keys.Action}s through a {@link dev.lede.tui.KeyMap} (Lanterna's keystrokes adapted to {@link
 * dev.lede.keys.Key}s by {@code KeyStrokes}), one class per screen, each returning a {@code View.Result} the app acts
 * on, small Lanterna-free parts the screens share ({@code Viewport}, {@code LineEditor}, {@code ListFilter},
 * {@code ListColumns}), a renderer that lays a story out as styled lines, and the {@link dev.lede.tui.Theme} that
 * colours them (a preference's colour becomes a terminal colour there). Only this package imports Lanterna, and
 * only {@link dev.lede.tui.ReaderLauncher} creates a real terminal.
 */
package dev.lede.tui;
