package dev.lede.search;

import java.util.ArrayList;
import java.util.List;

/** Where a query's words and phrases occur in one text. */
public final class TextMatches {

    /**
     * One occurrence: {@code text.substring(start, end)}, in UTF-16 indexes.
     *
     * @param clause which clause of the query matched (its index)
     */
    public record Range(int start, int end, int clause) {
    }

    private TextMatches() {
    }

    /** Every occurrence of every clause, in text order; overlapping occurrences are all given. */
    public static List<Range> find(String text, SearchQuery query) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Words.each(text, (word, start, end) -> {
            words.add(word);
            spans.add(new int[] {start, end});
        });
        List<Range> ranges = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            for (int c = 0; c < query.clauses().size(); c++) {
                List<String> clause = query.clauses().get(c);
                if (clause.size() == 1) {
                    int at = wordMatch(words.get(w), clause.get(0));
                    if (at >= 0) {
                        int start = spans.get(w)[0] + at;
                        Range range = new Range(start, at == 0 && isPrefixOnly(clause.get(0))
                                ? spans.get(w)[1] : start + clause.get(0).length(), c);
                        if (!foundJustBefore(ranges, range, 2 * query.clauses().size())) {
                            ranges.add(range);
                        }
                    }
                } else if (startsAt(words, w, clause)) {
                    ranges.add(new Range(spans.get(w)[0], spans.get(w + clause.size() - 1)[1], c));
                }
            }
        }
        return ranges;
    }

    /**
     * True when one of the last {@code within} ranges is this one: a CJK character is in two pairs, the one it ends
     * and the one it begins, and is still one match.
     */
    private static boolean foundJustBefore(List<Range> ranges, Range range, int within) {
        for (int i = ranges.size() - 1; i >= 0 && i >= ranges.size() - within; i--) {
            if (ranges.get(i).equals(range)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a query of one word matches a word of the text: a word matches the words it begins ({@code pedestrian}
     * matches {@code pedestrianise}, as one types), and one CJK character the pairs that hold it; -1 when it does not.
     * The offset is into the folded word, which has the text's length wherever folding kept it.
     */
    static int wordMatch(String word, String query) {
        if (word.startsWith(query)) {
            return 0;
        }
        if (Words.isLoneCjk(query) && word.length() > query.length() && word.endsWith(query)) {
            return word.length() - query.length();
        }
        return -1;
    }

    /** True when a match of this query word is highlighted as the whole word of the text (not CJK). */
    private static boolean isPrefixOnly(String query) {
        return !Words.isCjk(query.codePointAt(0));
    }

    /** True when the text holds every clause of the query. */
    public static boolean holdsAll(String text, SearchQuery query) {
        return find(text, query).stream().mapToInt(Range::clause).distinct().count() == query.clauses().size();
    }

    private static boolean startsAt(List<String> words, int at, List<String> clause) {
        if (at + clause.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < clause.size(); i++) {
            if (!words.get(at + i).equals(clause.get(i))) {
                return false;
            }
        }
        return true;
    }
}
