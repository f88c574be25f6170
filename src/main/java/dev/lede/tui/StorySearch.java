package dev.lede.tui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A search typed inside a story ({@code /} forward, {@code ?} backward, as less has them): the pattern is plain text,
 * found anywhere in a word. Accents are ignored on both sides ({@code cafe} finds {@code Café} and {@code café}
 * finds {@code cafe}); case is ignored unless the pattern has a capital letter (vim's {@code smartcase}: {@code
 * paris} finds {@code Paris}, {@code Paris} does not find {@code paris}).
 */
final class StorySearch implements StoryRenderer.Matcher {

    /** Above this code point a letter has no accent to drop (CJK, Hangul, emoji…): folding leaves it as it is. */
    private static final int LAST_ACCENTED = 0x1FFF;

    private final String pattern;
    private final boolean backward;
    private final boolean exactCase;
    private final String folded;
    /** {@link #unaccented} of each letter met so far: the decomposition is the slow part of folding. */
    private final Map<Integer, Integer> bases = new HashMap<>();

    /**
     * @param pattern  the text typed, as {@link Glyphs#forTerminal} shows it; not empty
     * @param backward true for {@code ?}: {@code n} then goes up and {@code N} down
     */
    StorySearch(String pattern, boolean backward) {
        this.pattern = pattern;
        this.backward = backward;
        this.exactCase = pattern.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
        this.folded = fold(pattern, null);
    }

    String pattern() {
        return pattern;
    }

    boolean backward() {
        return backward;
    }

    /** The same pattern searched the other way, as {@code ?} and Enter repeat the last {@code /}. */
    StorySearch towards(boolean up) {
        return up == backward ? this : new StorySearch(pattern, up);
    }

    /** True when the pattern is all accents and other marks, so that it can match nothing. */
    boolean empty() {
        return folded.isEmpty();
    }

    /** Every occurrence in the text, left to right, none overlapping the one before. */
    @Override
    public List<int[]> find(String text) {
        List<int[]> found = new ArrayList<>();
        if (folded.isEmpty()) {
            return found;
        }
        int[] origin = new int[text.length() + 1];
        String in = fold(text, origin);
        for (int at = in.indexOf(folded); at >= 0; at = in.indexOf(folded, at + folded.length())) {
            int start = origin[at];
            int end = Math.max(origin[at + folded.length()], start + 1);
            found.add(new int[] {start, end});
        }
        return found;
    }

    /**
     * The text without accents (or other combining marks), lower-cased unless {@code exactCase}, one code point for
     * one; {@code origin}, when given, is told for each character of the result where it came from in the text, and
     * after the last one the text's length (so the end of a match takes in the marks after its last letter).
     */
    private String fold(String text, int[] origin) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int base = c < 0x80 ? c : isMark(c) ? -1 : c <= LAST_ACCENTED ? bases.computeIfAbsent(c,
                    StorySearch::unaccented) : c;
            if (base >= 0) {
                int before = out.length();
                out.appendCodePoint(exactCase ? base : Character.toLowerCase(base));
                if (origin != null) {
                    for (int k = before; k < out.length(); k++) {
                        origin[k] = i;
                    }
                }
            }
            i += Character.charCount(c);
        }
        if (origin != null) {
            origin[out.length()] = text.length();
        }
        return out.toString();
    }

    /** The letter under an accent ({@code é} → {@code e}); a character that decomposes into more stays itself. */
    private static int unaccented(int c) {
        String parts = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
        int base = -1;
        for (int i = 0; i < parts.length(); ) {
            int part = parts.codePointAt(i);
            if (!isMark(part)) {
                if (base >= 0) {
                    return c;
                }
                base = part;
            }
            i += Character.charCount(part);
        }
        return base < 0 ? c : base;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
