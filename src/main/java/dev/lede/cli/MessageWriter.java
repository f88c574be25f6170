package dev.lede.cli;

import dev.lede.text.TextCleaner;
import java.io.PrintWriter;

/**
 * Standard error for the commands and for picocli: each line printed is one line of plain text, whatever it quotes
 * (an argument, a file name, a library's message). Control characters, escape sequences and line breaks inside a
 * line are shown as {@code \}{@code uXXXX} ({@link TextCleaner#escaped}); a tab, as in a stack trace, becomes a
 * space. A line longer than {@value #MAX_LINE} characters (a huge argument quoted back) keeps its start and its end.
 * {@code print} passes text on untouched, for the progress line's own {@code \r} and erase-line sequence.
 */
final class MessageWriter extends PrintWriter {

    static final int MAX_LINE = 1000;

    MessageWriter(PrintWriter err) {
        super(err, true);
    }

    @Override
    public void println(String line) {
        super.println(shortened(TextCleaner.escaped(String.valueOf(line).replace('\t', ' '))));
    }

    private static String shortened(String line) {
        if (line.length() <= MAX_LINE) {
            return line;
        }
        int keep = MAX_LINE / 2 - 40;
        int start = Character.isLowSurrogate(line.charAt(keep)) ? keep + 1 : keep;
        int end = line.length() - keep;
        end = Character.isLowSurrogate(line.charAt(end)) ? end + 1 : end;
        return line.substring(0, start) + " … (" + String.format("%,d", end - start) + " characters left out) … "
                + line.substring(end);
    }

    @Override
    public void println(Object line) {
        println(String.valueOf(line));
    }

    @Override
    public void println(char[] line) {
        println(new String(line));
    }
}
