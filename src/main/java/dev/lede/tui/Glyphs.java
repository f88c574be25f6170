package dev.lede.tui;

import dev.lede.text.DisplayWidth;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text cut into terminal cells the way terminals draw it. Each glyph is one code point plus the combining marks that
 * follow it (at most {@link #MAX_MARKS}), one or two cells wide ({@link DisplayWidth}). What terminals disagree about
 * is dropped so the layout never shifts: control and format characters (zero-width joiners, soft hyphens, bidi
 * marks), variation selectors, and skin-tone modifiers after another character; a lone surrogate becomes U+FFFD.
 * A zero-width-joined emoji family thus shows as its members side by side; two regional indicators stay together as
 * one two-cell flag.
 * (Checked against tmux 3.3: it draws a ZWJ sequence in two cells but an emoji with a skin tone in four.)
 */
final class Glyphs {

    /** One cell or two: the text to send to the terminal and its width. */
    record Glyph(String text, int width) {
    }

    /**
     * The most combining marks one glyph keeps; the rest are dropped, on screen only (exports and search keep the
     * text). Real scripts stack a few (Vietnamese two, Hebrew with cantillation or Tibetan up to about six); beyond
     * that marks only pile up over the rows above, and tens of thousands of them cost every redraw and every
     * terminal's memory for the cell.
     */
    static final int MAX_MARKS = 12;

    private Glyphs() {
    }

    /** The text as the reader shows it; its {@link DisplayWidth} is the sum of its glyph widths. */
    static String forTerminal(String text) {
        return isPlain(text) ? text : rebuilt(text);
    }

    /** {@link #forTerminal} the long way: split into glyphs and joined again. */
    static String rebuilt(String text) {
        return joined(split(text));
    }

    private static String joined(List<Glyph> glyphs) {
        StringBuilder out = new StringBuilder(glyphs.size());
        glyphs.forEach(g -> out.append(g.text()));
        return out.toString();
    }

    /**
     * The glyphs of the text, in time linear in its length: the marks of a glyph are gathered and joined to it once,
     * and only the first {@value #MAX_MARKS} are kept.
     */
    static List<Glyph> split(String text) {
        String few = fewerMarks(text);
        String nfc = Normalizer.isNormalized(few, Normalizer.Form.NFC) ? few
                : Normalizer.normalize(few, Normalizer.Form.NFC);
        List<Glyph> glyphs = new ArrayList<>(nfc.length());
        StringBuilder marks = new StringBuilder(); // the last glyph's marks, joined to it before the next glyph
        int markCount = 0;
        int i = 0;
        while (i < nfc.length()) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            Glyph glyph;
            if (cp == '\n' || cp == '\t' || cp == '\r') {
                glyph = new Glyph(" ", 1);
            } else if (Character.getType(cp) == Character.SURROGATE) {
                glyph = new Glyph("\uFFFD", 1);
            } else if (dropped(cp, glyphs, marks)) {
                continue;
            } else if (isMark(cp)) {
                if (markCount++ < MAX_MARKS) {
                    marks.appendCodePoint(cp);
                }
                continue;
            } else if (isRegionalIndicator(cp) && i < nfc.length() && isRegionalIndicator(nfc.codePointAt(i))) {
                int second = nfc.codePointAt(i);
                i += Character.charCount(second);
                glyph = new Glyph(Character.toString(cp) + Character.toString(second), 2);
            } else {
                glyph = new Glyph(Character.toString(cp), DisplayWidth.of(cp) >= 2 ? 2 : 1);
            }
            attach(glyphs, marks);
            markCount = 0;
            glyphs.add(glyph);
        }
        attach(glyphs, marks);
        return glyphs;
    }

    /**
     * The text with each run of combining marks cut to its first {@code 2 * MAX_MARKS} (the text itself when no run
     * is longer), so that normalizing a tower of marks costs what a few dozen cost. NFC still composes, reorders or
     * decomposes the marks that are left, so {@link #split} keeps the first {@value #MAX_MARKS} of its result.
     */
    private static String fewerMarks(String text) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            run = isMark(cp) ? run + 1 : 0;
            if (run > 2 * MAX_MARKS && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (run <= 2 * MAX_MARKS && out != null) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    /** Joins the marks gathered to the last glyph and empties them. */
    private static void attach(List<Glyph> glyphs, StringBuilder marks) {
        if (marks.length() > 0) {
            Glyph last = glyphs.get(glyphs.size() - 1);
            glyphs.set(glyphs.size() - 1, new Glyph(last.text() + marks, last.width()));
            marks.setLength(0);
        }
    }

    /** The widest prefix of the text that fits in {@code width} cells, ending in {@code …} when it was cut. */
    static String fit(String text, int width) {
        if (width <= 0) {
            return "";
        }
        List<Glyph> glyphs = split(text);
        int total = glyphs.stream().mapToInt(Glyph::width).sum();
        if (total <= width) {
            return joined(glyphs);
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

    /** Whether the character is not shown, after the glyphs {@code before} and the marks gathered for the last. */
    private static boolean dropped(int cp, List<Glyph> before, CharSequence marks) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return true;
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return true;
        }
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
            return !before.isEmpty() && (marks.length() > 0 || !before.get(before.size() - 1).text().equals(" "));
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
