package dev.lede.search;

/**
 * How text is cut into searchable words, the same for the index, the query and the highlighting: runs of letters
 * and digits, each code point lower-cased on its own ({@link Character#toLowerCase(int)}). Anything else separates
 * words, so {@code Albania’s} is {@code albania} then {@code s} and a search for {@code Albania} finds it.
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
            sink.word(word.toString(), i, end);
            i = end;
        }
    }

    /** The end of the word that starts at {@code i}, or {@code i} when no word starts there. */
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
            if (!Character.isLetterOrDigit(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }
}
