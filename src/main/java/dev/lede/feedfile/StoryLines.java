package dev.lede.feedfile;

import dev.lede.storyfile.BlockRules;
import dev.lede.text.TextCleaner;

/**
 * The story format's rules as the writer must respect them: one clean line of text, and a paragraph written so that
 * it reads as a quote line, a labelled line or a plain paragraph, as the parser's own {@link BlockRules} decide.
 */
final class StoryLines {

    static final String OPENING_MARKS = BlockRules.OPENING_MARKS;
    private static final char NO_BREAK_SPACE = '\u00A0';

    private StoryLines() {
    }

    /** Cleaned (rule 2), every run of white space (no-break spaces and line separators too) one space, trimmed. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = TextCleaner.clean(text);
        StringBuilder out = new StringBuilder(cleaned.length());
        boolean space = false;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /**
     * The paragraph written so that it reads as a plain paragraph: when it would read as a quote line or a labelled
     * line, the space after its first colon becomes a no-break space (or one is put after the colon), which neither
     * rule accepts and which looks the same.
     */
    static String plain(String paragraph) {
        if (!BlockRules.readsAsQuote(paragraph) && !BlockRules.readsAsLabel(paragraph)) {
            return paragraph;
        }
        int colon = paragraph.indexOf(':');
        if (paragraph.charAt(colon + 1) == ' ') {
            return paragraph.substring(0, colon + 1) + NO_BREAK_SPACE + paragraph.substring(colon + 2);
        }
        return paragraph.substring(0, colon + 1) + NO_BREAK_SPACE + paragraph.substring(colon + 1);
    }

    /** True when {@code heading: text} reads as a labelled line with exactly this heading and text (rule 9). */
    static boolean canLabel(String heading, String text) {
        return !text.isEmpty() && OPENING_MARKS.indexOf(text.charAt(0)) < 0 && heading.indexOf(':') < 0
                && BlockRules.readsAsLabel(heading + ": " + text);
    }

    /** True when {@code attribution: “text”} reads as a quote line with this speaker and role (rule 8). */
    static boolean canQuote(String attribution) {
        return !attribution.isEmpty() && attribution.indexOf(':') < 0 && BlockRules.readsAsQuote(attribution + ": “x”");
    }

    /** The start of the text, at most {@code max} code points, cut at a word and ended with an ellipsis. */
    static String start(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, max));
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + "…";
    }
}
