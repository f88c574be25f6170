package dev.lede.feedfile;

/**
 * What a feed's text means when it carries C1 controls (U+0080–U+009F): almost always Windows-1252 bytes read as
 * Latin-1 or written as {@code &#146;}, so {@code don\u0092t} is "don’t". Also drops what no string lede returns may
 * hold: NUL, and lone surrogates (from JSON escapes), which become U+FFFD.
 */
final class Windows1252 {

    /** The characters Windows-1252 gives bytes 0x80–0x9F; 0 where it gives none (those are dropped). */
    private static final char[] C1 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178',
    };

    private Windows1252() {
    }

    /** The text with C1 controls mapped, NUL dropped and lone surrogates replaced; null stays null. */
    static String mapped(String text) {
        if (text == null || !needsWork(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                char m = C1[c - 0x80];
                if (m != 0) {
                    out.append(m);
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c != 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c >= 0x80 && c <= 0x9F) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
