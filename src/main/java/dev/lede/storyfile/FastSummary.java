package dev.lede.storyfile;

import dev.lede.text.TextCleaner;
import java.nio.charset.StandardCharsets;

/**
 * The summary of a plain story straight from its UTF-8 bytes, for lists of 100,000 files: no decoding of the whole
 * text, no line or paragraph strings, only the title and the paragraphs holding a colon become strings.
 *
 * <p>It handles only files where every rule of the full parse reduces to bytes: valid UTF-8 with no NUL, no control
 * character but newline (so no tab, CR or escape), no C1 or bidi control, no BOM, no whitespace but the ASCII space
 * and newline, no front matter, and some text. For anything else {@link #of} returns null and the caller takes the
 * full path, so the answer is always the one {@link StoryParser#parse} gives ({@code SummaryTest} checks this).
 */
final class FastSummary {

    private FastSummary() {
    }

    /** The summary, or null when the file needs the full parse. */
    static Summary of(byte[] b) {
        int n = b.length;
        if (!plain(b)) {
            return null;
        }
        // lines as [start, end) with trailing spaces dropped; blank lines have start == end
        int lineCount = 1;
        for (int i = 0; i < n; i++) {
            if (b[i] == '\n') {
                lineCount++;
            }
        }
        int[] starts = new int[lineCount];
        int[] ends = new int[lineCount];
        int line = 0;
        int from = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || b[i] == '\n') {
                int s = from;
                int e = i;
                while (e > s && b[e - 1] == ' ') {
                    e--;
                }
                while (s < e && b[s] == ' ') {
                    s++;
                }
                starts[line] = s;
                ends[line] = e;
                line++;
                from = i + 1;
            }
        }
        if (ends[0] - starts[0] == 3 && b[starts[0]] == '-' && b[starts[0] + 1] == '-' && b[starts[0] + 2] == '-'
                && starts[0] == 0) {
            return null; // front matter
        }
        int first = 0;
        int last = lineCount - 1;
        while (first <= last && starts[first] == ends[first]) {
            first++;
        }
        while (last >= first && starts[last] == ends[last]) {
            last--;
        }
        if (first > last) {
            return null; // no text: the full parse says why
        }
        boolean blankSeparated = false;
        for (int i = first; i <= last && !blankSeparated; i++) {
            blankSeparated = starts[i] == ends[i];
        }
        // paragraphs: [firstLine, lastLine] ranges of non-blank lines
        int paragraph = 0;
        String title = null;
        int next = 1;
        int labels = 0;
        boolean blocksBeforeFirstLabel = false;
        int i = first;
        while (i <= last) {
            if (starts[i] == ends[i]) {
                i++;
                continue;
            }
            int end = i;
            if (blankSeparated) {
                while (end + 1 <= last && starts[end + 1] != ends[end + 1]) {
                    end++;
                }
            }
            if (paragraph == 0) {
                title = text(b, starts, ends, i, end);
            } else {
                String text = i == end ? classifiable(b, starts[i], ends[i])
                        : hasColon(b, starts, ends, i, end) ? text(b, starts, ends, i, end) : null;
                if (paragraph == 1 && (text == null || BlockRules.isPlain(text))) {
                    next = 2;
                } else if (text != null && BlockRules.isLabelNotQuote(text)) {
                    labels++;
                } else if (labels == 0) {
                    blocksBeforeFirstLabel = true;
                }
            }
            paragraph++;
            i = end + 1;
        }
        return new Summary(title, null, labels + (blocksBeforeFirstLabel ? 1 : 0));
    }

    /**
     * True when the bytes are valid UTF-8 holding only characters the fast path understands: see the class comment.
     */
    static boolean plain(byte[] b) {
        int n = b.length;
        if (n == 0) {
            return false;
        }
        int i = 0;
        while (i < n) {
            int x = b[i];
            if (x >= 0x20 && x < 0x7f || x == '\n') {
                i++;
                continue;
            }
            if (x >= 0 ) {
                return false; // C0 control or DEL
            }
            int cp;
            int length;
            int lead = x & 0xff;
            if (lead >= 0xc2 && lead <= 0xdf) {
                cp = lead & 0x1f;
                length = 2;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                cp = lead & 0x0f;
                length = 3;
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                cp = lead & 0x07;
                length = 4;
            } else {
                return false;
            }
            if (i + length > n) {
                return false;
            }
            for (int k = 1; k < length; k++) {
                int c = b[i + k] & 0xff;
                if ((c & 0xc0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (c & 0x3f);
            }
            if (length == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))
                    || length == 4 && (cp < 0x10000 || cp > 0x10ffff)
                    || cp == 0xfeff || Character.isWhitespace(cp)
                    || cp <= 0xffff && TextCleaner.isControl((char) cp)) {
                return false;
            }
            i += length;
        }
        return true;
    }

    /**
     * As much of a one-line paragraph as decides whether it is plain, a quote line or a labelled line: null (plain)
     * when it has no colon or more words before its first colon than an attribution may have, else the text up to
     * and including the first character after the colon that is not a space. {@link BlockRules} looks no further
     * than that: the first colon, what precedes it, the character after it and whether anything follows.
     */
    private static String classifiable(byte[] b, int start, int end) {
        int words = 0;
        boolean inWord = false;
        int colon = -1;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c == ':') {
                colon = i;
                break;
            }
            boolean space = c == ' ';
            if (!space && !inWord && ++words > BlockRules.MAX_ATTRIBUTION_WORDS) {
                return null;
            }
            inWord = !space;
        }
        if (colon < 0) {
            return null;
        }
        int cut = colon + 1;
        while (cut < end && b[cut] == ' ') {
            cut++;
        }
        if (cut < end) {
            cut++;
            while (cut < end && (b[cut] & 0xc0) == 0x80) {
                cut++; // the rest of that character's UTF-8 bytes
            }
        }
        return new String(b, start, cut - start, StandardCharsets.UTF_8);
    }

    private static boolean hasColon(byte[] b, int[] starts, int[] ends, int from, int to) {
        for (int l = from; l <= to; l++) {
            for (int i = starts[l]; i < ends[l]; i++) {
                if (b[i] == ':') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lines joined with one space, as the full parse joins a paragraph. */
    private static String text(byte[] b, int[] starts, int[] ends, int from, int to) {
        if (from == to) {
            return new String(b, starts[from], ends[from] - starts[from], StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        for (int l = from; l <= to; l++) {
            if (l > from) {
                text.append(' ');
            }
            text.append(new String(b, starts[l], ends[l] - starts[l], StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
