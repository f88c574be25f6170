package dev.lede.search;

import dev.lede.story.Story;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence to show for a hit: the first sentence of the story's text that holds the most of the query's words and
 * phrases (the title when nothing else matches), cut to about {@value #MAX} characters around its first match, with
 * the places of every match in it.
 *
 * @param part   where the sentence comes from
 * @param text   the sentence
 * @param ranges where the matches are in {@code text}, in order, not overlapping
 */
public record Snippet(StoryMatches.Part part, String text, List<TextMatches.Range> ranges) {

    static final int MAX = 200;
    private static final String ENDS = ".!?…";
    private static final String CLOSERS = "”\"’'»)";

    public Snippet {
        ranges = List.copyOf(ranges);
    }

    /** The snippet for a story, or null when the query does not occur in it. */
    public static Snippet of(Story story, SearchQuery query) {
        StoryMatches.Place titleMatch = null;
        StoryMatches.Place best = null;
        List<TextMatches.Range> bestRanges = List.of();
        int bestClauses = 0;
        for (StoryMatches.Place place : StoryMatches.places(story)) {
            List<TextMatches.Range> ranges = TextMatches.find(place.text(), query);
            if (ranges.isEmpty()) {
                continue;
            }
            if (place.part() == StoryMatches.Part.TITLE) {
                titleMatch = place;
                continue;
            }
            for (int first = 0; first < ranges.size(); first++) {
                List<TextMatches.Range> sentence = sameSentence(place.text(), ranges, first);
                int clauses = (int) sentence.stream().mapToInt(TextMatches.Range::clause).distinct().count();
                if (clauses > bestClauses) {
                    best = place;
                    bestRanges = sentence;
                    bestClauses = clauses;
                    if (clauses == query.clauses().size()) {
                        return around(best, bestRanges);
                    }
                }
            }
        }
        if (best != null) {
            return around(best, bestRanges);
        }
        return titleMatch == null ? null : around(titleMatch, TextMatches.find(titleMatch.text(), query));
    }

    /** The ranges from {@code first} on that lie in the same sentence as range {@code first}. */
    private static List<TextMatches.Range> sameSentence(String text, List<TextMatches.Range> ranges, int first) {
        int end = sentenceEnd(text, ranges.get(first).end());
        List<TextMatches.Range> sentence = new ArrayList<>();
        for (int i = first; i < ranges.size() && ranges.get(i).end() <= end; i++) {
            sentence.add(ranges.get(i));
        }
        return sentence;
    }

    /** The text with each match between {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + ranges.size() * (open.length() + close.length()));
        int at = 0;
        for (TextMatches.Range range : ranges) {
            out.append(text, at, range.start()).append(open).append(text, range.start(), range.end()).append(close);
            at = range.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private static Snippet around(StoryMatches.Place place, List<TextMatches.Range> all) {
        String text = place.text();
        TextMatches.Range first = all.get(0);
        int start = sentenceStart(text, first.start());
        int end = sentenceEnd(text, first.end());
        String prefix = "";
        String suffix = "";
        if (end - start > MAX) {
            int from = Math.max(start, first.start() - MAX / 3);
            int to = Math.min(end, Math.max(first.end(), from + MAX));
            from = wordStart(text, from, start);
            to = wordEnd(text, to, end);
            prefix = from > start ? "…" : "";
            suffix = to < end ? "…" : "";
            start = from;
            end = to;
        }
        List<TextMatches.Range> ranges = new ArrayList<>();
        int last = start;
        for (TextMatches.Range range : all) {
            if (range.start() >= last && range.end() <= end) {
                int shift = prefix.length() - start;
                ranges.add(new TextMatches.Range(range.start() + shift, range.end() + shift, range.clause()));
                last = range.end();
            }
        }
        return new Snippet(place.part(), prefix + text.substring(start, end) + suffix, ranges);
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i)) && endsSentence(text, i - 1)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end == text.length() || Character.isWhitespace(text.charAt(end))) {
                    return end;
                }
            }
        }
        return text.length();
    }

    /** True when the text at {@code i} (skipping closing marks) ends a sentence. */
    private static boolean endsSentence(String text, int i) {
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ENDS.indexOf(text.charAt(i)) >= 0;
    }

    private static int wordStart(String text, int at, int floor) {
        while (at > floor && !Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int wordEnd(String text, int at, int ceiling) {
        while (at < ceiling && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
