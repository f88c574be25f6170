/**
 * The terminal reader: one loop on one thread ({@link dev.lede.tui.ReaderApp}) turning keys into {@link
 * dev.lede.tui.Action}s through a {@link dev.lede.tui.KeyMap}, one class per screen, a renderer that lays a story
 * out as styled lines, and the {@link dev.lede.tui.Theme} that colours them. Only this package imports Lanterna, and
 * only {@link dev.lede.tui.ReaderLauncher} creates a real terminal.
 */
package dev.lede.tui;
