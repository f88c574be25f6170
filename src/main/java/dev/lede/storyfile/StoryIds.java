package dev.lede.storyfile;

import dev.lede.text.TextCleaner;

/**
 * Story ids from file names: {@code NNN_<id>.txt} gives {@code <id>}; any other name gives the name without its
 * extension. An id is one line of visible text that names one file: a backslash is doubled, and every control
 * character, tab, line break and bidi control is written as {@code \}{@code uXXXX} ({@link TextCleaner#escaped}),
 * so {@code 003_a<newline>b.txt} is {@code a\}{@code u000Ab} and {@code 004_a\}{@code u000Ab.txt} is
 * {@code a\\}{@code u000Ab}.
 */
public final class StoryIds {

    private StoryIds() {
    }

    public static String fromFileName(String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        int underscore = base.indexOf('_');
        if (underscore > 0 && underscore < base.length() - 1 && digits(base, underscore)) {
            return visible(base.substring(underscore + 1));
        }
        return visible(base);
    }

    /**
     * The id part of a name as an id: a backslash doubled, controls written out. So an id typed as the file name
     * holds it ({@code $'a\tb'}) finds the story too.
     */
    public static String visible(String id) {
        return TextCleaner.escaped(id.replace("\\", "\\\\"));
    }

    private static boolean digits(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
