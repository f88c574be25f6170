package dev.lede.storyfile;

/**
 * Removes everything that could control a terminal: escape sequences whole (CSI, OSC, two-character ESC sequences,
 * and their 8-bit C1 forms), then every other C0/C1 control character except newline (a tab becomes a space), and
 * the bidi embedding, override and isolate controls.
 */
public final class TextCleaner {

    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char CSI8 = 0x9B;
    private static final char OSC8 = 0x9D;

    private TextCleaner() {
    }

    /** True when the text holds nothing that {@link #clean} would change. */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && isControl(c)) {
                return false;
            }
        }
        return true;
    }

    public static String clean(String text) {
        if (isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ESC && i + 1 < n && text.charAt(i + 1) == '[') {
                i = skipCsi(text, i + 2);
            } else if (c == CSI8) {
                i = skipCsi(text, i + 1);
            } else if (c == ESC && i + 1 < n && text.charAt(i + 1) == ']') {
                i = skipOsc(text, i + 2);
            } else if (c == OSC8) {
                i = skipOsc(text, i + 1);
            } else if (c == ESC) {
                boolean pairs = i + 1 < n && text.charAt(i + 1) != '\n';
                i += pairs ? 2 : 1;
            } else {
                if (c == '\t') {
                    out.append(' ');
                } else if (c == '\n' || !isControl(c)) {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** C0, DEL, C1, and the bidi controls U+202A–202E and U+2066–2069. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
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

    /** Up to and including BEL or ESC \ ; an unterminated OSC stops at the end of its line. */
    private static int skipOsc(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == BEL || c == 0x9C) {
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
