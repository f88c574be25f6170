package dev.lede.text;

/**
 * Removes everything that could control a terminal: escape sequences whole (CSI; OSC and the other control strings
 * DCS, SOS, PM and APC; two-character ESC sequences; and their 8-bit C1 forms), then every other C0/C1 control
 * character except newline (a tab becomes a space), the bidi embedding, override and isolate controls, and lone
 * surrogates (half of a UTF-16 pair, which no encoder can write). Linear in the length of the text.
 */
public final class TextCleaner {

    /**
     * Cleaned text and what cleaning dropped.
     *
     * @param removed   how many sequences and characters were removed (a tab turned into a space is not counted)
     * @param firstLine the 1-based line of the first removal, or 0 when nothing was removed
     */
    public record Cleaned(String text, int removed, int firstLine) {
    }

    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char CSI8 = 0x9B;
    private static final char OSC8 = 0x9D;
    private static final char ST8 = 0x9C;
    /** Control strings that run to a terminator like OSC: DCS, SOS, PM and APC, in their 7-bit and 8-bit forms. */
    private static final String STRINGS7 = "PX^_";
    private static final String STRINGS8 = "\u0090\u0098\u009E\u009F";

    private TextCleaner() {
    }

    /** True when the text holds nothing that {@link #clean} would change. */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && isControl(c)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!isPairAt(text, i)) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    public static String clean(String text) {
        return cleanCounting(text).text();
    }

    /** Like {@link #clean}, and says how much was removed and where, so the caller can warn. */
    public static Cleaned cleanCounting(String text) {
        if (isClean(text)) {
            return new Cleaned(text, 0, 0);
        }
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        int firstLine = 0;
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int next = skipSequence(text, i);
            if (next < 0 && (c == '\n' || c == '\t' || !isControl(c)) && !Character.isSurrogate(c)) {
                out.append(c == '\t' ? ' ' : c);
                line += c == '\n' ? 1 : 0;
                i++;
                continue;
            }
            if (next < 0 && Character.isSurrogate(c) && isPairAt(text, i)) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            removed++;
            firstLine = firstLine == 0 ? line : firstLine;
            i = next < 0 ? i + 1 : next;
        }
        return new Cleaned(out.toString(), removed, firstLine);
    }

    /**
     * The text as one line with nothing hidden, for messages and names: every character that {@link #clean} would
     * remove or change (a tab, a newline and a carriage return included) and the line and paragraph separators
     * U+2028 and U+2029 (which some terminals and log viewers take for a new line) is written as a backslash, a
     * {@code u} and four hex digits, as Java writes it (ESC becomes the six characters {@code \\u001B}); everything
     * else stays as it is. Linear in the length of the text.
     */
    public static String escaped(String text) {
        if (isClean(text) && text.indexOf('\n') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) && isPairAt(text, i)) {
                out.append(c).append(text.charAt(++i));
            } else if (isControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** C0, DEL, C1, and the bidi controls U+202A–202E and U+2066–2069. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isPairAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** The index after the escape sequence that starts at {@code i}, or -1 when none starts there. */
    private static int skipSequence(String text, int i) {
        char c = text.charAt(i);
        int n = text.length();
        if (c == CSI8) {
            return skipCsi(text, i + 1);
        }
        if (c == OSC8 || STRINGS8.indexOf(c) >= 0) {
            return skipOsc(text, i + 1);
        }
        if (c != ESC) {
            return -1;
        }
        if (i + 1 < n && text.charAt(i + 1) == '[') {
            return skipCsi(text, i + 2);
        }
        if (i + 1 < n && (text.charAt(i + 1) == ']' || STRINGS7.indexOf(text.charAt(i + 1)) >= 0)) {
            return skipOsc(text, i + 2);
        }
        boolean pairs = i + 1 < n && text.charAt(i + 1) != '\n';
        return i + (pairs ? 2 : 1);
    }

    /** Parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, then one final byte 0x40–0x7E. */
    private static int skipCsi(String text, int i) {
        int n = text.length();
        while (i < n && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x3F) {
            i++;
        }
        if (i < n && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7E) {
            i++;
        }
        return i;
    }

    /** Up to and including BEL, ST or ESC \ ; an unterminated control string stops at the end of its line. */
    private static int skipOsc(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == BEL || c == ST8) {
                return i + 1;
            }
            if (c == ESC && i + 1 < n && text.charAt(i + 1) == '\\') {
                return i + 2;
            }
            if (c == '\n') {
                return i;
            }
            i++;
        }
        return i;
    }
}
