package dev.lede.tui;

import dev.lede.prefs.Collapsed;
import dev.lede.prefs.ListColumnChoice;

/**
 * What preferences can change about the reader. {@link #defaults()} is the behaviour with no preferences set.
 *
 * @param theme          the colours (apply {@link Theme#forEnvironment} before passing it in)
 * @param readingWidth   the widest a story's text gets, in cells; 0 uses the window's width
 * @param startCollapsed which sections are folded when a story opens
 * @param showIds        whether the list shows each story's id at the right
 * @param columns        which other columns the list shows at the right ({@link ListColumns})
 * @param keys           the key bindings
 * @param backdrop       what the theme paints under everything ({@link Backdrop#TERMINAL}: nothing)
 * @param charmap        the characters the terminal shows (from the locale, not a preference)
 */
public record ReaderOptions(Theme theme, int readingWidth, Collapsed startCollapsed, boolean showIds,
                            KeyMap keys, Backdrop backdrop, Charmap charmap, ListColumnChoice columns) {

    /** Options on the terminal's own colours, in UTF-8, the list showing sources and sections. */
    public ReaderOptions(Theme theme, int readingWidth, Collapsed startCollapsed, boolean showIds, KeyMap keys) {
        this(theme, readingWidth, startCollapsed, showIds, keys, Backdrop.TERMINAL, Charmap.UTF_8,
                new ListColumnChoice(false, true, true));
    }

    public ReaderOptions {
        java.util.Objects.requireNonNull(backdrop, "backdrop");
        java.util.Objects.requireNonNull(charmap, "charmap");
        java.util.Objects.requireNonNull(columns, "columns");
        if (readingWidth < 0) {
            throw new IllegalArgumentException("reading width must be 0 (the window's) or more, not " + readingWidth);
        }
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(Theme.defaults(), 0, Collapsed.NONE, true, KeyMap.defaults());
    }

    public ReaderOptions withTheme(Theme theme) {
        return new ReaderOptions(theme, readingWidth, startCollapsed, showIds, keys, backdrop, charmap, columns);
    }

    public ReaderOptions withReadingWidth(int width) {
        return new ReaderOptions(theme, width, startCollapsed, showIds, keys, backdrop, charmap, columns);
    }

    public ReaderOptions withStartCollapsed(Collapsed collapsed) {
        return new ReaderOptions(theme, readingWidth, collapsed, showIds, keys, backdrop, charmap, columns);
    }

    /** The same options for a terminal showing only the characters of {@code charmap}. */
    ReaderOptions withCharmap(Charmap charmap) {
        return new ReaderOptions(theme, readingWidth, startCollapsed, showIds, keys, backdrop, charmap, columns);
    }

    public ReaderOptions withShowIds(boolean show) {
        return new ReaderOptions(theme, readingWidth, startCollapsed, show, keys, backdrop, charmap, columns);
    }
}
