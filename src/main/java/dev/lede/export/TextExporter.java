package dev.lede.export;

import dev.lede.story.Block;
import dev.lede.story.Quote;
import dev.lede.story.Section;
import dev.lede.story.Story;
import dev.lede.text.DisplayWidth;
import dev.lede.text.WordWrap;
import java.io.IOException;
import java.io.Writer;

/** Plain text wrapped to a width: the title underlined, headings in capitals, quotes indented with attribution. */
final class TextExporter implements Exporter {

    private static final String QUOTE_INDENT = "    ";
    private final int width;

    TextExporter(int width) {
        this.width = Math.max(20, width);
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(Iterable<Story> stories, Writer out) throws IOException {
        boolean first = true;
        for (Story story : stories) {
            if (!first) {
                out.write("\n" + "* * *".indent((width - 5) / 2) + "\n");
            }
            story(story, out);
            first = false;
        }
    }

    private void story(Story story, Writer out) throws IOException {
        int titleWidth = 0;
        for (String line : WordWrap.lines(story.title(), width)) {
            out.write(line + "\n");
            titleWidth = Math.max(titleWidth, DisplayWidth.of(line));
        }
        out.write("=".repeat(Math.max(1, titleWidth)) + "\n");
        if (!story.meta().isEmpty()) {
            wrapped(Metadata.line(story), "", out);
        }
        if (!story.lede().isEmpty()) {
            out.write("\n");
            wrapped(story.lede(), "", out);
        }
        for (Section section : story.sections()) {
            if (section.heading() != null) {
                out.write("\n");
                wrapped(section.heading().toUpperCase(java.util.Locale.ROOT), "", out);
            }
            for (Block block : section.blocks()) {
                out.write("\n");
                if (block instanceof Quote quote) {
                    wrapped("“" + quote.text() + "”", QUOTE_INDENT, out);
                    wrapped("— " + quote.attribution(), QUOTE_INDENT, out);
                } else {
                    wrapped(block.text(), "", out);
                }
            }
        }
    }

    private void wrapped(String text, String indent, Writer out) throws IOException {
        for (String line : WordWrap.lines(text, width - indent.length())) {
            out.write(indent + line + "\n");
        }
    }
}
