package dev.lede.search;

import java.text.Normalizer;

/**
 * How text is cut into searchable words, the same for the index, the query and the highlighting.
 *
 * <ul>
 *   <li>A word is a run of letters and digits, with the combining marks that follow them; anything else separates
 *       words, so {@code Albania’s} is {@code albania} then {@code s} and a search for {@code Albania} finds it.</li>
 *   <li>Each word is lower-cased code point by code point ({@link Character#toLowerCase(int)}) and folded: accents
 *       of Latin, Greek, Cyrillic, Arabic and Hebrew letters are dropped ({@code Café} is {@code cafe}, an accent
 *       typed as a letter and a mark too), and {@code ß æ œ ø ł đ ð þ ı} become {@code ss ae oe o l d d th i}; other
 *       scripts keep their marks, which are part of their letters.</li>
 *   <li>Chinese, Japanese and Korean have no spaces between words, so a run of their characters is cut into
 *       overlapping pairs ({@code 図書館} is {@code 図書} {@code 書館}), the way Lucene's CJK analyzer does; a lone
 *       character is a word of one. A query of those characters is then the phrase of its pairs.</li>
 * </ul>
 */
final class Words {

    /** Told about each word: its folded text and its place in the text, start inclusive, end exclusive. */
    @FunctionalInterface
    interface Sink {
        void word(String word, int start, int end);
    }

    /** Longer runs are cut, as no one types them; the index refuses terms above 32 KB anyway. */
    static final int MAX_LENGTH = 255;

    private Words() {
    }

    static void each(CharSequence text, Sink sink) {
        Cursor cursor = new Cursor(text);
        while (cursor.next()) {
            sink.word(cursor.word.toString(), cursor.start, cursor.end);
        }
    }

    /** The words of one text one at a time, each folded into {@link #word}: no string per word. */
    static final class Cursor {

        final StringBuilder word = new StringBuilder();
        int start;
        int end;
        private final CharSequence text;
        private final int n;
        private int at;
        /** The end of the run of CJK characters being cut into pairs, or -1 when none is. */
        private int cjkEnd = -1;

        Cursor(CharSequence text) {
            this.text = text;
            this.n = text.length();
        }

        /** Moves to the next word; false at the end of the text. */
        boolean next() {
            if (cjkEnd >= 0) {
                if (pair()) {
                    return true;
                }
                cjkEnd = -1;
            }
            while (at < n) {
                int cp = Character.codePointAt(text, at);
                if (isCjk(cp)) {
                    int runEnd = at;
                    while (runEnd < n && isCjk(Character.codePointAt(text, runEnd))) {
                        runEnd += Character.charCount(Character.codePointAt(text, runEnd));
                    }
                    cjkEnd = runEnd;
                    if (Character.charCount(cp) + at == runEnd) {
                        take(at, runEnd); // a lone character
                        at = runEnd;
                        cjkEnd = -1;
                        return true;
                    }
                    return pair();
                }
                int wordEnd = wordEnd(text, at, n);
                if (wordEnd == at) {
                    at += Character.charCount(cp);
                    continue;
                }
                take(at, wordEnd);
                at = wordEnd;
                return true;
            }
            return false;
        }

        /** The next pair of the CJK run ending at {@link #cjkEnd}; false when fewer than two characters are left. */
        private boolean pair() {
            int second = at + Character.charCount(Character.codePointAt(text, at));
            if (second >= cjkEnd) {
                at = cjkEnd;
                return false;
            }
            int pairEnd = second + Character.charCount(Character.codePointAt(text, second));
            take(at, pairEnd);
            at = second;
            return true;
        }

        private void take(int from, int to) {
            start = from;
            end = to;
            word.setLength(0);
            boolean ascii = true;
            for (int k = from; k < to; ) {
                int cp = Character.codePointAt(text, k);
                word.appendCodePoint(Character.toLowerCase(cp));
                ascii &= cp < 0x80;
                k += Character.charCount(cp);
            }
            if (!ascii) {
                fold(word);
            }
        }
    }

    /** Folds a lower-cased word in place: see the class comment. */
    static void fold(StringBuilder word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        word.setLength(0);
        boolean dropMarks = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                if (!dropMarks) {
                    word.appendCodePoint(cp);
                }
                continue;
            }
            dropMarks = foldsAccents(cp);
            switch (cp) {
                case 'ß' -> word.append("ss");
                case 'æ' -> word.append("ae");
                case 'œ' -> word.append("oe");
                case 'ø' -> word.append('o');
                case 'ł' -> word.append('l');
                case 'đ', 'ð' -> word.append('d');
                case 'þ' -> word.append("th");
                case 'ı' -> word.append('i');
                default -> word.appendCodePoint(cp);
            }
        }
        if (!Normalizer.isNormalized(word, Normalizer.Form.NFC)) {
            String composed = Normalizer.normalize(word, Normalizer.Form.NFC);
            word.setLength(0);
            word.append(composed);
        }
    }

    /** A word as {@link #each} gives it: lower-cased and folded. */
    static String folded(CharSequence text) {
        StringBuilder word = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> word.appendCodePoint(Character.toLowerCase(cp)));
        fold(word);
        return word.toString();
    }

    private static boolean foldsAccents(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.ARABIC
                || script == Character.UnicodeScript.HEBREW;
    }

    /** True when a word is one CJK character, which the pairs of the index hold first or second. */
    static boolean isLoneCjk(String word) {
        return !word.isEmpty() && word.codePointCount(0, word.length()) == 1 && isCjk(word.codePointAt(0));
    }

    /** True for the characters of Chinese, Japanese and Korean, which are searched by pairs. */
    static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO || cp == 0x30fc; // ー, the long vowel mark
    }

    /**
     * The end of the word that starts at {@code i}, or {@code i} when no word starts there: a word starts with a
     * letter or digit, the combining marks after them belong to it, and it ends before a CJK character.
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
            if (!Character.isLetterOrDigit(cp) && (i == start || !isMark(cp)) || isCjk(cp)) {
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
