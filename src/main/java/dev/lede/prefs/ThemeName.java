package dev.lede.prefs;

import java.util.Locale;

/** The colour themes, by the names preferences use; the reader maps each name to its colours. */
public enum ThemeName {
    DEFAULT, DARK, LIGHT, MONO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme after this one: default, dark, light, mono, then default again. */
    public ThemeName next() {
        ThemeName[] all = values();
        return all[(ordinal() + 1) % all.length];
    }
}
