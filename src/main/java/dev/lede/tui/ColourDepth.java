package dev.lede.tui;

import com.googlecode.lanterna.TextColor;
import java.util.Locale;
import java.util.Map;

/**
 * How many colours the terminal shows, from {@code COLORTERM} and {@code TERM}; {@link #fit} replaces a colour it
 * cannot show with the nearest one it can.
 */
enum ColourDepth {
    /** The 16 ANSI colours. */
    ANSI,
    /** The 256-colour palette. */
    INDEXED,
    /** 24-bit colour. */
    TRUE;

    static ColourDepth of(Map<String, String> env) {
        String colorTerm = env.getOrDefault("COLORTERM", "").toLowerCase(Locale.ROOT);
        String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        if (colorTerm.equals("truecolor") || colorTerm.equals("24bit") || term.endsWith("-direct")) {
            return TRUE;
        }
        return term.contains("256color") ? INDEXED : ANSI;
    }

    TextColor fit(TextColor colour) {
        if (colour instanceof TextColor.ANSI || this == TRUE) {
            return colour;
        }
        if (colour instanceof TextColor.Indexed indexed) {
            return this == INDEXED ? colour : nearestAnsi(indexed);
        }
        TextColor indexed = TextColor.Indexed.fromRGB(colour.getRed(), colour.getGreen(), colour.getBlue());
        return this == INDEXED ? indexed : nearestAnsi(colour);
    }

    private static TextColor nearestAnsi(TextColor colour) {
        TextColor.ANSI best = TextColor.ANSI.WHITE;
        int bestDistance = Integer.MAX_VALUE;
        for (TextColor.ANSI ansi : TextColor.ANSI.values()) {
            if (ansi == TextColor.ANSI.DEFAULT) {
                continue;
            }
            int dr = ansi.getRed() - colour.getRed();
            int dg = ansi.getGreen() - colour.getGreen();
            int db = ansi.getBlue() - colour.getBlue();
            int distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                best = ansi;
                bestDistance = distance;
            }
        }
        return best;
    }
}
