package dev.lede.tui;

import dev.lede.prefs.Collapsed;

/**
 * What preferences can change about the reader. {@link #defaults()} is the behaviour with no preferences set.
 *
 * @param theme          the colours (apply {@link Theme#forEnvironment} before passing it in)
 * @param readingWidth   the widest a story's text gets, in cells; 0 uses the window's width
 * @param startCollapsed which sections are folded when a story opens
 * @param showIds        whether the list shows each story's id at the right
 * @param keys           the key bindings
 */
public record ReaderOptions(Theme theme, int readingWidth, Collapsed startCollapsed, boolean showIds,
                            KeyMap keys) {

    public ReaderOptions {
        if (readingWidth < 0) {
            throw new IllegalArgumentException("reading width must be 0 (the window's) or more, not " + readingWidth);
        }
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(Theme.defaults(), 0, Collapsed.NONE, true, KeyMap.defaults());
    }

    public ReaderOptions withTheme(Theme theme) {
        return new ReaderOptions(theme, readingWidth, startCollapsed, showIds, keys);
    }

    public ReaderOptions withReadingWidth(int width) {
        return new ReaderOptions(theme, width, startCollapsed, showIds, keys);
    }

    public ReaderOptions withStartCollapsed(Collapsed collapsed) {
        return new ReaderOptions(theme, readingWidth, collapsed, showIds, keys);
    }

    public ReaderOptions withShowIds(boolean show) {
        return new ReaderOptions(theme, readingWidth, startCollapsed, show, keys);
    }
}
