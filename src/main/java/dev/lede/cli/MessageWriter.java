package dev.lede.cli;

import dev.lede.storyfile.TextCleaner;
import java.io.PrintWriter;

/**
 * Standard error for the commands and for picocli: each line printed is one line of plain text, whatever it quotes
 * (an argument, a file name, a library's message). Control characters, escape sequences and line breaks inside a
 * line are shown as {@code \}{@code uXXXX} ({@link TextCleaner#escaped}); a tab, as in a stack trace, becomes a
 * space. {@code print} passes text on untouched, for the progress line's own {@code \r} and erase-line sequence.
 */
final class MessageWriter extends PrintWriter {

    MessageWriter(PrintWriter err) {
        super(err, true);
    }

    @Override
    public void println(String line) {
        super.println(TextCleaner.escaped(String.valueOf(line).replace('\t', ' ')));
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
