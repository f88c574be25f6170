package dev.lede.tui;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set the terminal shows, as the locale names it, and how a glyph it cannot show is drawn instead:
 * as ASCII, one character per cell it takes ({@link #shown}), so the layout stays and nothing becomes mojibake. The reader's own
 * marks have ASCII forms ({@code ▸} {@code >}, {@code ┃} {@code |}, {@code “”} {@code "}, {@code ●} {@code *},
 * {@code ★} {@code !}, {@code …} {@code .}); a letter keeps its base ({@code é} {@code e} in ASCII, itself in
 * Latin-1); anything else is {@code ?} in each of its cells.
 *
 * @param charset what the terminal is written in and read from
 */
record Charmap(Charset charset) {

    static final Charmap UTF_8 = new Charmap(StandardCharsets.UTF_8);

    private static final Pattern ISO_8859 = Pattern.compile("iso[-_]?8859[-_]?(\\d+)");

    /**
     * The terminal's character set from the environment: the codeset the locale names ({@code LC_ALL}, else
     * {@code LC_CTYPE}, else {@code LANG}: {@code en_US.UTF-8}, {@code de_DE.ISO-8859-1}), which is what the user
     * said the terminal is, even where that locale is not installed. A name without one ({@code C}, {@code POSIX},
     * none, {@code en_US}) has the C library's default, which the launcher passes as {@code LEDE_CHARMAP}
     * ({@code locale charmap}), else ASCII. The launcher runs Java itself under {@code C.UTF-8} and passes the
     * user's locale as {@code LEDE_LOCALE} (empty for none, which is POSIX), which then comes first. Only an
     * environment that says nothing at all (no launcher, no locale variable: the tests) keeps UTF-8.
     */
    static Charmap of(Map<String, String> env) {
        String name = env.containsKey("LEDE_LOCALE") ? env.get("LEDE_LOCALE") : locale(env);
        if (name == null) {
            return UTF_8;
        }
        Charset named = charset(codeset(name));
        if (named == null) {
            named = charset(env.getOrDefault("LEDE_CHARMAP", ""));
        }
        return named == null ? new Charmap(StandardCharsets.US_ASCII)
                : named.equals(StandardCharsets.UTF_8) ? UTF_8 : new Charmap(named);
    }

    /** The locale that decides the character set: the first of these set and not empty, or null. */
    private static String locale(Map<String, String> env) {
        for (String variable : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.get(variable);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    /** The part of a locale name that names its character set, or the empty string. */
    private static String codeset(String locale) {
        String lower = locale.toLowerCase(Locale.ROOT);
        if (lower.contains("utf-8") || lower.contains("utf8")) {
            return "UTF-8";
        }
        int dot = locale.indexOf('.');
        if (dot < 0) {
            return "";
        }
        int at = locale.indexOf('@', dot);
        return locale.substring(dot + 1, at < 0 ? locale.length() : at);
    }

    /** The charset a codeset names, as glibc spells them too ({@code iso88591}, {@code koi8r}), or null. */
    private static Charset charset(String codeset) {
        if (codeset.isEmpty()) {
            return null;
        }
        String lower = codeset.toLowerCase(Locale.ROOT);
        Matcher iso = ISO_8859.matcher(lower);
        String name = iso.matches() ? "ISO-8859-" + iso.group(1)
                : lower.matches("koi8[-_]?[ru]") ? "KOI8-" + lower.substring(lower.length() - 1).toUpperCase(Locale.ROOT)
                : codeset;
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when the terminal shows every character: nothing is replaced. */
    boolean unicode() {
        return equals(UTF_8);
    }

    /** An encoder that tells which glyphs the terminal shows; null when it shows them all. */
    CharsetEncoder encoder() {
        return unicode() ? null : charset.newEncoder();
    }

    /**
     * Null when the encoder writes the glyph (always without one), else ASCII to draw in its place, one character
     * per cell: the ASCII form of the reader's marks and of punctuation, the letter without its accents, else
     * {@code ?} in each cell.
     */
    static String shown(Glyphs.Glyph glyph, CharsetEncoder encoder) {
        String text = glyph.text();
        if (encoder == null || isAscii(text) || encoder.canEncode(text)) {
            return null;
        }
        String ascii = ascii(text.codePointAt(0));
        if (ascii == null && glyph.width() == 1) {
            String base = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            ascii = base.length() == 1 && encoder.canEncode(base) ? base : null;
        }
        if (ascii == null) {
            return "?".repeat(glyph.width());
        }
        return glyph.width() == 2 ? ascii + " " : ascii;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII form of the reader's marks, of quotation marks, dashes and the like; null for others. */
    private static String ascii(int cp) {
        return switch (cp) {
            case '‘', '’', '‚', '‛', '′', '‹', '›' -> "'";
            case '“', '”', '„', '‟', '″', '«', '»' -> "\"";
            case '‐', '‑', '‒', '–', '—', '―', '−', '─', '━', '═' -> "-";
            case '…', '·' -> ".";
            case '●', '•', '◆', '■' -> "*";
            case '★', '☆' -> "!";
            case '▸', '▶', '►', '→' -> ">";
            case '◂', '◀', '◄', '←' -> "<";
            case '▾', '▼', '↓' -> "v";
            case '▴', '▲', '↑' -> "^";
            case '┃', '│', '║', '▏', '▕' -> "|";
            case '┌', '┐', '└', '┘', '├', '┤', '┬', '┴', '┼', '╔', '╗', '╚', '╝' -> "+";
            case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F' -> " ";
            case '×' -> "x";
            default -> null;
        };
    }
}
