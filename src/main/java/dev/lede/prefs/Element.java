package dev.lede.prefs;

import java.util.Locale;

/** The parts of a story and of the screen whose colour a preference can set ({@code colors.quote}, …). */
public enum Element {
    TITLE, HEADING, LEDE, QUOTE, ATTRIBUTION, SELECTION, STATUS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
