package dev.lede.tui;

import dev.lede.text.DisplayWidth;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text cut into terminal cells the way terminals draw it. Each glyph is one code point plus the combining marks that
 * follow it, one or two cells wide ({@link DisplayWidth}). What terminals disagree about is dropped so the layout
 * never shifts: control and format characters (zero-width joiners, soft hyphens, bidi marks), variation selectors,
 * and skin-tone modifiers after another character; a lone surrogate becomes U+FFFD. A zero-width-joined emoji
 * family thus shows as its members side by side; two regional indicators stay together as one two-cell flag.
 * (Checked against tmux 3.3: it draws a ZWJ sequence in two cells but an emoji with a skin tone in four.)
 */
final class Glyphs {

    /** One cell or two: the text to send to the terminal and its width. */
    record Glyph(String text, int width) {
    }

    private Glyphs() {
    }

    /** The text as the reader shows it; its {@link DisplayWidth} is the sum of its glyph widths. */
    static String forTerminal(String text) {
        return isPlain(text) ? text : rebuilt(text);
    }

    /** {@link #forTerminal} the long way: split into glyphs and joined again. */
    static String rebuilt(String text) {
        List<Glyph> glyphs = split(text);
        StringBuilder out = new StringBuilder(text.length());
        glyphs.forEach(g -> out.append(g.text()));
        return out.toString();
    }

    static List<Glyph> split(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Glyph> glyphs = new ArrayList<>(nfc.length());
        int i = 0;
        while (i < nfc.length()) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\t' || cp == '\r') {
                glyphs.add(new Glyph(" ", 1));
            } else if (Character.getType(cp) == Character.SURROGATE) {
                glyphs.add(new Glyph("\uFFFD", 1));
            } else if (dropped(cp, glyphs)) {
                continue;
            } else if (isMark(cp)) {
                Glyph last = glyphs.get(glyphs.size() - 1);
                glyphs.set(glyphs.size() - 1, new Glyph(last.text() + Character.toString(cp), last.width()));
            } else if (isRegionalIndicator(cp) && i < nfc.length() && isRegionalIndicator(nfc.codePointAt(i))) {
                int second = nfc.codePointAt(i);
                i += Character.charCount(second);
                glyphs.add(new Glyph(Character.toString(cp) + Character.toString(second), 2));
            } else {
                glyphs.add(new Glyph(Character.toString(cp), DisplayWidth.of(cp) >= 2 ? 2 : 1));
            }
        }
        return glyphs;
    }

    /** The widest prefix of the text that fits in {@code width} cells, ending in {@code …} when it was cut. */
    static String fit(String text, int width) {
        if (width <= 0) {
            return "";
        }
        List<Glyph> glyphs = split(text);
        int total = glyphs.stream().mapToInt(Glyph::width).sum();
        if (total <= width) {
            return forTerminal(text);
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (Glyph g : glyphs) {
            if (used + g.width() > width - 1) {
                break;
            }
            out.append(g.text());
            used += g.width();
        }
        return out.append('…').toString();
    }

    /** The width in cells of the text as the reader shows it. */
    static int width(String text) {
        return isPlain(text) ? text.length() : split(text).stream().mapToInt(Glyph::width).sum();
    }

    /**
     * True when every character is one cell that the reader shows as it is: printable Latin (U+0020–U+007E,
     * U+00A0–U+02FF but the soft hyphen) and general punctuation (U+2010–U+2027, U+2030–U+205E: dashes, quotation
     * marks, ellipsis). Nothing there is dropped, joined, wide or changed by NFC, which a test checks, so most text
     * skips the glyph-by-glyph pass.
     */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x300 && c != 0xAD || c >= 0x2010 && c <= 0x2027
                    || c >= 0x2030 && c <= 0x205E)) {
                return false;
            }
        }
        return true;
    }

    private static boolean dropped(int cp, List<Glyph> before) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return true;
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return true;
        }
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
            return !before.isEmpty() && !before.get(before.size() - 1).text().equals(" ");
        }
        return isMark(cp) && before.isEmpty();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
