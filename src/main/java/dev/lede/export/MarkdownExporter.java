package dev.lede.export;

import dev.lede.story.Block;
import dev.lede.story.Quote;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.io.IOException;
import java.io.Writer;

/**
 * Markdown: {@code #} title, the lede, {@code ##} headings, quotes as {@code >} blockquotes followed by an
 * attribution line. Story text is escaped so that it never becomes markup, HTML or a link.
 */
final class MarkdownExporter implements Exporter {

    private static final String ESCAPED = "\\`*_[]<>#|~!&$";
    private static final char WORD_JOINER = '\u2060';

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(Iterable<Story> stories, Writer out) throws IOException {
        boolean first = true;
        for (Story story : stories) {
            if (!first) {
                out.write("\n* * *\n\n");
            }
            story(story, out);
            first = false;
        }
    }

    private static void story(Story story, Writer out) throws IOException {
        out.write("# " + escape(story.title()) + "\n");
        if (!story.meta().isEmpty()) {
            out.write("\n" + escape(Metadata.line(story)) + "\n");
        }
        if (!story.lede().isEmpty()) {
            out.write("\n" + escape(story.lede()) + "\n");
        }
        for (Section section : story.sections()) {
            if (section.heading() != null) {
                out.write("\n## " + escape(section.heading()) + "\n");
            }
            for (Block block : section.blocks()) {
                if (block instanceof Quote quote) {
                    out.write("\n> " + escape(quote.text()) + "\n\n— " + escape(quote.attribution()) + "\n");
                } else {
                    out.write("\n" + escape(block.text()) + "\n");
                }
            }
        }
    }

    /**
     * Story text as Markdown that renders as exactly that text, on one line: newlines become spaces and leading
     * white space (an indented code block) is dropped; every ASCII character that CommonMark or GitHub's extensions
     * give a meaning inline ({@code \ ` * _ [ ] < > # | ~ ! & $}) is backslash-escaped, and so are the characters
     * that start a block at the start of the text ({@code - + = >}, {@code 1.}, {@code 1)}). Backslashes cannot stop
     * the automatic links of GitHub-style renderers that join text before looking for links, so a word joiner
     * (U+2060, invisible) goes between {@code http} and {@code ://}, after {@code www} and before {@code @}: the text
     * still reads the same, and no renderer finds a URL or an e-mail address in it. JSON keeps the exact text.
     */
    static String escape(String text) {
        String line = text.replace('\n', ' ').strip();
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == ':' && line.startsWith("//", i + 1))
                    || c == '@'
                    || (c == '.' && i >= 3 && line.regionMatches(true, i - 3, "www", 0, 3))) {
                out.append(WORD_JOINER);
            }
            if (ESCAPED.indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '+' || c == '=' || c == '>'))) {
                out.append('\\');
            }
            out.append(c);
        }
        escapeOrderedListStart(out);
        return out.toString();
    }

    /** {@code 1. text} or {@code 1) text} at the start would become a numbered list. */
    private static void escapeOrderedListStart(StringBuilder out) {
        int i = 0;
        while (i < out.length() && i < 9 && Character.isDigit(out.charAt(i))) {
            i++;
        }
        if (i > 0 && i < out.length() && (out.charAt(i) == '.' || out.charAt(i) == ')')) {
            out.insert(i, '\\');
        }
    }
}
