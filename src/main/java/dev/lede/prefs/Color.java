package dev.lede.prefs;

import java.util.List;
import java.util.Locale;

/**
 * A colour as preferences spell it, checked and normalised (lower case, no leading zeros); the reader turns it into
 * a terminal colour and downgrades it when the terminal has fewer colours.
 *
 * @param text {@code theme} (the theme decides), an ANSI name ({@link #ANSI_NAMES}), a 256-colour index
 *             {@code 0}–{@code 255}, or {@code #rrggbb}
 */
public record Color(String text) {

    /** What kind of colour {@link #text} is. */
    public enum Kind { THEME, ANSI, INDEX, RGB }

    /** The colour the theme gives; the default of every element. */
    public static final Color THEME = new Color("theme");

    /** The ANSI colour names; {@code default} is the terminal's own colour. */
    public static final List<String> ANSI_NAMES = List.of("default", "black", "red", "green", "yellow", "blue",
            "magenta", "cyan", "white", "bright_black", "bright_red", "bright_green", "bright_yellow", "bright_blue",
            "bright_magenta", "bright_cyan", "bright_white");

    static final String ALLOWED = "theme, an ANSI name (black, red, green, yellow, blue, magenta, cyan, white,"
            + " bright_red and the other bright_ names, default), a 256-colour index 0-255, or \"#rrggbb\"";

    /** @throws IllegalArgumentException when the text is none of the allowed forms */
    public Color {
        text = normalise(text);
    }

    public Kind kind() {
        if (text.equals("theme")) {
            return Kind.THEME;
        }
        if (text.startsWith("#")) {
            return Kind.RGB;
        }
        return Character.isDigit(text.charAt(0)) ? Kind.INDEX : Kind.ANSI;
    }

    /** The 256-colour index; only for {@link Kind#INDEX}. */
    public int index() {
        requireKind(Kind.INDEX);
        return Integer.parseInt(text);
    }

    /** The colour as 0xRRGGBB; only for {@link Kind#RGB}. */
    public int rgb() {
        requireKind(Kind.RGB);
        return Integer.parseInt(text.substring(1), 16);
    }

    private void requireKind(Kind kind) {
        if (kind() != kind) {
            throw new IllegalStateException(text + " is not a " + kind + " colour");
        }
    }

    private static String normalise(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("theme") || ANSI_NAMES.contains(t) || t.matches("#[0-9a-f]{6}")) {
            return t;
        }
        if (t.matches("[0-9]{1,3}") && Integer.parseInt(t) <= 255) {
            return String.valueOf(Integer.parseInt(t));
        }
        throw new IllegalArgumentException("expected " + ALLOWED);
    }
}
