package dev.lede.prefs;

import java.util.Locale;

/** The orders of the story list, by the names {@code list.sort} takes; the library sorts by the same names. */
public enum ListSort {
    FILE, TITLE, DATE, FEED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
