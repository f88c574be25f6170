package dev.lede.storyfile;

/**
 * Something wrong with an input file, reported as a warning.
 *
 * @param file    the file as the user named it
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong and what lede did about it
 */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
