package dev.lede.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user asked for: words and quoted phrases, every one of which a story must hold. {@code lede "two words"}
 * as one shell argument is the two words {@code two} and {@code words} anywhere; {@code '"two words"'} is the phrase.
 * Case and punctuation do not matter ({@link Words}).
 *
 * @param text    the query as typed
 * @param clauses one per different word or phrase, each a list of lower-cased words that must follow one another
 */
public record SearchQuery(String text, List<List<String>> clauses) {

    /**
     * The most words and phrases one query may hold: Lucene allows 1,024 clauses in a query, and each word or phrase
     * takes two (the title, the text). A word or phrase given twice counts once.
     */
    public static final int MAX_CLAUSES = 512;

    public SearchQuery {
        clauses = clauses.stream().map(List::copyOf).distinct().toList();
    }

    /** Parses a query; an unclosed quote runs to the end. The query is empty when it holds no word. */
    public static SearchQuery parse(String text) {
        List<List<String>> clauses = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                int close = closing(text, i + 1);
                List<String> phrase = words(text.substring(i + 1, close));
                if (!phrase.isEmpty()) {
                    clauses.add(phrase);
                }
                i = close + 1;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && !isQuote(text.charAt(end))) {
                    end++;
                }
                List<String> words = words(text.substring(i, end));
                if (!words.isEmpty()) {
                    clauses.add(words); // Albania’s is two words that must stand together
                }
                i = end;
            }
        }
        return new SearchQuery(text, clauses);
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** True when the query holds more than {@value #MAX_CLAUSES} different words and phrases to search for. */
    public boolean isTooLong() {
        return clauses.size() > MAX_CLAUSES;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static int closing(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isQuote(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Words.each(text, (word, start, end) -> words.add(word));
        return words;
    }
}
