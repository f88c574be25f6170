package dev.lede.storyfile;

import dev.lede.text.TextCleaner;

/**
 * Something wrong with an input file, reported as a warning.
 *
 * @param file    the file as the user named it, as it is (shown escaped)
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong and what lede did about it
 */
public record Problem(String file, int line, String message) {

    /** The warning as one line: a line break, tab or control character in the name or message is shown escaped. */
    @Override
    public String toString() {
        return TextCleaner.escaped(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
    }
}
