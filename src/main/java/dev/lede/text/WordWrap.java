package dev.lede.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a number of cells. Lines break at spaces; a word longer than a line is broken
 * between code points. Lines are returned as index ranges into the text so callers can keep per-character styles.
 */
public final class WordWrap {

    /** One wrapped line: {@code text.substring(start, end)}, without the spaces it broke at. */
    public record Line(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private WordWrap() {
    }

    public static List<String> lines(String text, int width) {
        return wrap(text, width).stream().map(line -> line.of(text)).toList();
    }

    public static List<Line> wrap(String text, int width) {
        int max = Math.max(1, width);
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int i = skipSpaces(text, 0);
        while (i < n) {
            int lineStart = i;
            int lineEnd = i;
            int used = 0;
            while (i < n) {
                int gap = lineEnd == lineStart ? 0 : i - lineEnd;
                int fit = fittingWordEnd(text, i, max - used - gap);
                if (fit >= 0) {
                    used += gap + DisplayWidth.of(text, i, fit);
                    lineEnd = fit;
                    i = skipSpaces(text, fit);
                } else if (lineEnd == lineStart) {
                    lineEnd = breakWord(text, i, max);
                    i = lineEnd;
                    break;
                } else {
                    break;
                }
            }
            lines.add(new Line(lineStart, lineEnd));
        }
        return lines;
    }

    /** The end of the word at {@code i} when it fits in {@code room} cells, else -1; never scans past the room. */
    private static int fittingWordEnd(String text, int i, int room) {
        int used = 0;
        while (i < text.length() && text.charAt(i) != ' ') {
            int cp = text.codePointAt(i);
            used += DisplayWidth.of(cp);
            if (used > room) {
                return -1;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The end of the longest run from {@code start} that fits in {@code max} cells (at least one code point, or one
     * flag): a flag, two regional indicators paired from the start of the word as terminals pair them, is never
     * broken in two, which would pair every indicator after it with the wrong one.
     */
    private static int breakWord(String text, int start, int max) {
        int i = start;
        int used = 0;
        while (i < text.length() && text.charAt(i) != ' ') {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            int w = DisplayWidth.of(cp);
            if (isRegionalIndicator(cp) && end < text.length() && isRegionalIndicator(text.codePointAt(end))) {
                w += DisplayWidth.of(text.codePointAt(end));
                end += Character.charCount(text.codePointAt(end));
            }
            if (used + w > max && i > start) {
                break;
            }
            used += w;
            i = end;
        }
        return i;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
