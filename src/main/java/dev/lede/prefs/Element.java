package dev.lede.prefs;

import java.util.Locale;

/** The parts of a story and of the screen whose colour a preference can set ({@code colors.quote}, …). */
public enum Element {
    TITLE, HEADING, LEDE, QUOTE, ATTRIBUTION, SELECTION, STATUS,
    /** A match of a search in a story, and the one {@code n} and {@code N} moved to: both drawn reversed. */
    MATCH, CURRENT_MATCH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
