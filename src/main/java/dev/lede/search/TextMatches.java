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
                if (startsAt(words, w, clause)) {
                    ranges.add(new Range(spans.get(w)[0], spans.get(w + clause.size() - 1)[1], c));
                }
            }
        }
        return ranges;
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
