package dev.lede.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The known word nearest to a misspelt one, by edit distance, for "did you mean" hints. */
public final class Nearest {

    private Nearest() {
    }

    /** The candidate nearest to {@code word}, or null when none is close enough to be a plausible typo. */
    public static String of(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(1, word.length() / 3) ? best : null;
    }

    /**
     * At most {@code max} of the candidates, nearest to {@code word} first (ignoring case), then in alphabetical
     * order: for a message naming what would have worked, however far off the word was. Only the first
     * {@value #COMPARED} characters of each are compared, so a huge word or name costs no more than a long one.
     */
    public static List<String> first(String word, Collection<String> candidates, int max) {
        String folded = folded(word);
        return candidates.stream()
                .map(name -> new Ranked(name, distance(folded, folded(name))))
                .sorted(Comparator.comparingInt(Ranked::distance).thenComparing(Ranked::name))
                .limit(max).map(Ranked::name).toList();
    }

    private static final int COMPARED = 64;

    private static String folded(String text) {
        return (text.length() > COMPARED ? text.substring(0, COMPARED) : text).toLowerCase(Locale.ROOT);
    }

    private record Ranked(String name, int distance) {
    }

    /** Levenshtein distance, with a swap of two neighbours counting as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
