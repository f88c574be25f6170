package dev.lede.storyfile;

import dev.lede.story.Quote;

/**
 * Rules 8–10 of the format: is a paragraph a quote line, a labelled line, or plain? Public for the feed writer,
 * which must write each paragraph so that it reads as it means ({@code feedfile.StoryLines}).
 */
public final class BlockRules {

    /** A labelled line split into its heading and the section's first paragraph. */
    record Label(String heading, String text) {
    }

    /** The marks that open a quote line's text. */
    public static final String OPENING_MARKS = "“\"«„‘'‹「";
    private static final String LABEL_FORBIDDEN = ".,;!?\"“”„«»";
    static final int MAX_ATTRIBUTION_WORDS = 12;
    private static final int MAX_SPEAKER_WORDS = 5;
    private static final int MAX_LABEL_WORDS = 5;

    private BlockRules() {
    }

    static boolean isPlain(String paragraph) {
        return paragraph.indexOf(':') <= 0 || quote(paragraph) == null && label(paragraph) == null;
    }

    /** True when the paragraph starts a section: a labelled line that is not a quote line. */
    static boolean isLabelNotQuote(String paragraph) {
        return paragraph.indexOf(':') > 0 && quote(paragraph) == null && label(paragraph) != null;
    }

    /** True when the paragraph reads as a quote line (rule 8). */
    public static boolean readsAsQuote(String paragraph) {
        return quote(paragraph) != null;
    }

    /** True when the paragraph reads as a labelled line (rule 9), whether or not it is also a quote line. */
    public static boolean readsAsLabel(String paragraph) {
        return label(paragraph) != null;
    }

    /** {@code ATTRIBUTION: “text”}, or null when the paragraph is not a quote line. */
    static Quote quote(String paragraph) {
        int colon = paragraph.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        int open = colon + 1;
        while (open < paragraph.length() && Character.isWhitespace(paragraph.charAt(open))) {
            open++;
        }
        if (open >= paragraph.length() || OPENING_MARKS.indexOf(paragraph.charAt(open)) < 0) {
            return null;
        }
        String attribution = paragraph.substring(0, colon).strip();
        int comma = attribution.indexOf(',');
        String speaker = (comma < 0 ? attribution : attribution.substring(0, comma)).strip();
        int attributionWords = words(attribution);
        int speakerWords = words(speaker);
        if (attributionWords == 0 || attributionWords > MAX_ATTRIBUTION_WORDS
                || speakerWords == 0 || speakerWords > MAX_SPEAKER_WORDS) {
            return null;
        }
        String role = comma < 0 ? null : attribution.substring(comma + 1).strip();
        if (role != null && role.isEmpty()) {
            role = null;
        }
        return new Quote(speaker, role, quoteText(paragraph, open));
    }

    /** The text between the opening mark and the matching closing mark that ends the paragraph, or to the end. */
    private static String quoteText(String paragraph, int open) {
        String closers = closersFor(paragraph.charAt(open));
        int end = paragraph.length();
        if (end - 1 > open && closers.indexOf(paragraph.charAt(end - 1)) >= 0) {
            end--;
        }
        return paragraph.substring(open + 1, end).strip();
    }

    private static String closersFor(char opening) {
        return switch (opening) {
            case '“' -> "”";
            case '«' -> "»";
            case '„' -> "“”";
            case '‘' -> "’";
            case '‹' -> "›";
            case '「' -> "」";
            default -> String.valueOf(opening);
        };
    }

    /** {@code LABEL: text}, or null when the paragraph is not a labelled line. */
    static Label label(String paragraph) {
        int colon = paragraph.indexOf(':');
        if (colon <= 0 || colon + 1 >= paragraph.length() || !Character.isWhitespace(paragraph.charAt(colon + 1))) {
            return null;
        }
        String label = paragraph.substring(0, colon);
        if (!Character.isUpperCase(label.codePointAt(0)) || !label.equals(label.strip())) {
            return null;
        }
        for (int i = 0; i < label.length(); i++) {
            if (LABEL_FORBIDDEN.indexOf(label.charAt(i)) >= 0) {
                return null;
            }
        }
        int words = words(label);
        if (words < 1 || words > MAX_LABEL_WORDS) {
            return null;
        }
        String text = paragraph.substring(colon + 1).strip();
        return text.isEmpty() ? null : new Label(label, text);
    }

    private static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
