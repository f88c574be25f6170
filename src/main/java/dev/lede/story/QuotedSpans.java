package dev.lede.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans such as {@code “historic”} inside ordinary text. A span runs from an opening double quotation
 * mark to its closing mark, both included; an opening mark with no closing mark starts no span. Single quotation marks
 * are left alone because they double as apostrophes ({@code Israel’s}).
 */
public final class QuotedSpans {

    /** A span of text, start inclusive and end exclusive, in UTF-16 indexes. */
    public record Span(int start, int end) {
    }

    private static final String OPENERS = "“«„「\"";

    private QuotedSpans() {
    }

    /**
     * The spans in text order. Linear: once an opening mark finds no closing mark after it, no later mark of that
     * kind can, so the search is not repeated for it (a paragraph of a million unclosed marks stays fast).
     */
    public static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        boolean[] unclosed = new boolean[OPENERS.length()];
        int i = 0;
        while (i < text.length()) {
            int kind = OPENERS.indexOf(text.charAt(i));
            if (kind >= 0 && !unclosed[kind] && opensHere(text, i)) {
                int close = closing(text, i);
                if (close > i) {
                    spans.add(new Span(i, close + 1));
                    i = close + 1;
                    continue;
                }
                unclosed[kind] = true;
            }
            i++;
        }
        return spans;
    }

    /** A straight double quote opens only at the start of a word; curly marks always open. */
    private static boolean opensHere(String text, int i) {
        if (text.charAt(i) != '"') {
            return true;
        }
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static int closing(String text, int open) {
        String closers = switch (text.charAt(open)) {
            case '“' -> "”";
            case '«' -> "»";
            case '„' -> "“”";
            case '「' -> "」";
            default -> "\"";
        };
        for (int j = open + 1; j < text.length(); j++) {
            if (closers.indexOf(text.charAt(j)) >= 0) {
                return j;
            }
        }
        return -1;
    }
}
