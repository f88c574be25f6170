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
     * Backslash-escapes inline markup characters everywhere, the characters that start a block at the start of the
     * text, and the {@code ://} and {@code www.} that would make an automatic link.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ESCAPED.indexOf(c) >= 0
                    || (i == 0 && (c == '-' || c == '+' || c == '=' || c == '>'))
                    || (c == ':' && text.startsWith("//", i + 1))
                    || (c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3))) {
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
