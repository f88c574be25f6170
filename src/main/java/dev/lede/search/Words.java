package dev.lede.search;

import java.util.Locale;

/**
 * How text is cut into searchable words, the same for the index, the query and the highlighting: runs of letters
 * and digits, lower-cased. Anything else separates words, so {@code Albania’s} is {@code albania} then {@code s} and
 * a search for {@code Albania} finds it.
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
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                cp = Character.codePointAt(text, i);
                if (!Character.isLetterOrDigit(cp) || i - start >= MAX_LENGTH) {
                    break;
                }
                i += Character.charCount(cp);
            }
            sink.word(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT), start, i);
        }
    }
}
