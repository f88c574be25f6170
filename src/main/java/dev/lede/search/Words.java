package dev.lede.search;

import java.text.Normalizer;

/**
 * How text is cut into searchable words, the same for the index, the query and the highlighting: runs of letters
 * and digits, with the combining marks that follow them, each code point lower-cased on its own
 * ({@link Character#toLowerCase(int)}), then composed (NFC), so an accent typed as a letter and a mark
 * ({@code e} + U+0301) is the precomposed letter ({@code é}). Anything else separates words, so {@code Albania’s} is
 * {@code albania} then {@code s} and a search for {@code Albania} finds it.
 */
final class Words {

    /** Told about each word: its lower-cased text and its place in the text, start inclusive, end exclusive. */
    @FunctionalInterface
    interface Sink {
        void word(String word, int start, int end);
    }

    /** Longer runs are cut, as no one types them; the index refuses terms above 32 KB anyway. */
    static final int MAX_LENGTH = 255;

    private Words() {
    }

    static void each(CharSequence text, Sink sink) {
        int n = text.length();
        int i = 0;
        StringBuilder word = new StringBuilder();
        while (i < n) {
            int end = wordEnd(text, i, n);
            if (end == i) {
                i += Character.charCount(Character.codePointAt(text, i));
                continue;
            }
            word.setLength(0);
            for (int k = i; k < end; ) {
                int cp = Character.codePointAt(text, k);
                word.appendCodePoint(Character.toLowerCase(cp));
                k += Character.charCount(cp);
            }
            sink.word(composed(word), i, end);
            i = end;
        }
    }

    /** A lower-cased word in NFC, the form terms have; ASCII and words already composed are left as they are. */
    static String composed(CharSequence word) {
        String text = word.toString();
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text,
                Normalizer.Form.NFC);
    }

    /**
     * The end of the word that starts at {@code i}, or {@code i} when no word starts there: a word starts with a
     * letter or digit, and the combining marks after them belong to it.
     */
    static int wordEnd(CharSequence text, int i, int n) {
        int start = i;
        while (i < n && i - start < MAX_LENGTH) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                    break;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            if (!Character.isLetterOrDigit(cp) && (i == start || !isMark(cp))) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
