package dev.lede.tui;

import dev.lede.export.Metadata;
import dev.lede.story.Block;
import dev.lede.story.Quote;
import dev.lede.story.QuotedSpans;
import dev.lede.story.Section;
import dev.lede.story.Story;
import dev.lede.text.WordWrap;
import dev.lede.tui.StyledLine.Run;
import dev.lede.tui.Theme.Element;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays a story out as styled rows for a width: the title, the metadata line, the lede, then each section's heading
 * with its fold marker and, when open, its paragraphs and quotes. Text wraps with {@link WordWrap}; quoted spans
 * inside paragraphs take the quote style.
 */
final class StoryRenderer {

    static final String OPEN = "▾ ";
    static final String CLOSED = "▸ ";
    static final String BAR = "┃ ";

    /**
     * The rows, and for each section the row of its heading (-1 for a section without heading).
     */
    record Rendering(List<StyledLine> lines, int[] headingLines) {
    }

    private final int width;
    private final List<StyledLine> lines = new ArrayList<>();
    private int anchor;
    private int section = -1;

    private StoryRenderer(int width) {
        this.width = Math.max(1, width);
    }

    /**
     * @param folded for each section, whether it is folded
     */
    static Rendering render(Story story, int width, boolean[] folded) {
        return new StoryRenderer(width).story(story, folded);
    }

    /** What a folded section hides: {@code 2 paragraphs, 1 quote}. */
    static String summary(Section section) {
        List<String> parts = new ArrayList<>();
        count(parts, section.paragraphCount(), "paragraph");
        count(parts, section.quoteCount(), "quote");
        return parts.isEmpty() ? "empty" : String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String noun) {
        if (n > 0) {
            parts.add(n + " " + noun + (n == 1 ? "" : "s"));
        }
    }

    private Rendering story(Story story, boolean[] folded) {
        wrapped(story.title(), Element.TITLE, false, "", null);
        anchor++;
        String meta = story.meta().isEmpty() ? "" : Metadata.line(story);
        if (!meta.isBlank()) {
            wrapped(meta, Element.ATTRIBUTION, false, "", null);
        }
        anchor++;
        if (!story.lede().isEmpty()) {
            lines.add(StyledLine.blank(section, anchor));
            wrapped(story.lede(), Element.LEDE, true, "", null);
        }
        int[] headingLines = new int[story.sections().size()];
        Arrays.fill(headingLines, -1);
        String indent = width >= 30 ? "  " : "";
        for (int s = 0; s < story.sections().size(); s++) {
            Section current = story.sections().get(s);
            section = s;
            anchor++;
            boolean closed = current.heading() != null && s < folded.length && folded[s];
            if (current.heading() != null) {
                lines.add(StyledLine.blank(section, anchor));
                headingLines[s] = lines.size();
                heading(current, closed);
            }
            if (closed) {
                continue;
            }
            String blockIndent = current.heading() == null ? "" : indent;
            boolean underHeading = current.heading() != null;
            for (Block block : current.blocks()) {
                anchor++;
                if (!underHeading) {
                    lines.add(StyledLine.blank(section, anchor));
                }
                underHeading = false;
                if (block instanceof Quote quote) {
                    Run bar = new Run(blockIndent + BAR, Element.QUOTE);
                    wrapped("“" + quote.text() + "”", Element.QUOTE, false, "", bar);
                    wrapped("— " + quote.attribution(), Element.ATTRIBUTION, false, "", bar);
                } else {
                    wrapped(block.text(), null, true, blockIndent, null);
                }
            }
        }
        return new Rendering(List.copyOf(lines), headingLines);
    }

    private void heading(Section current, boolean closed) {
        String heading = Glyphs.forTerminal(current.heading());
        String text = closed ? heading + " — " + Glyphs.forTerminal(summary(current)) : heading;
        List<WordWrap.Line> wrapped = WordWrap.wrap(text, width - 2);
        for (int i = 0; i < wrapped.size(); i++) {
            WordWrap.Line line = wrapped.get(i);
            List<Run> runs = new ArrayList<>();
            runs.add(new Run(i > 0 ? "  " : closed ? CLOSED : OPEN, Element.HEADING));
            int split = Math.max(line.start(), Math.min(line.end(), heading.length()));
            if (split > line.start()) {
                runs.add(new Run(text.substring(line.start(), split), Element.HEADING));
            }
            if (line.end() > split) {
                runs.add(new Run(text.substring(split, line.end()), Element.ATTRIBUTION));
            }
            lines.add(new StyledLine(runs, section, true, anchor));
        }
    }

    /**
     * Wraps text behind a prefix (spaces, or a quote bar), the text in {@code base} and, when {@code spans}, its
     * quoted spans in the quote style.
     */
    private void wrapped(String raw, Element base, boolean spans, String indent, Run bar) {
        String text = Glyphs.forTerminal(raw);
        int prefixWidth = Glyphs.width(indent) + (bar == null ? 0 : Glyphs.width(bar.text()));
        Element[] styles = new Element[text.length()];
        Arrays.fill(styles, base);
        if (spans) {
            for (QuotedSpans.Span span : QuotedSpans.find(text)) {
                Arrays.fill(styles, span.start(), span.end(), Element.QUOTE);
            }
        }
        for (WordWrap.Line line : WordWrap.wrap(text, width - prefixWidth)) {
            List<Run> runs = new ArrayList<>();
            if (!indent.isEmpty()) {
                runs.add(new Run(indent, null));
            }
            if (bar != null) {
                runs.add(bar);
            }
            int start = line.start();
            for (int i = line.start() + 1; i <= line.end(); i++) {
                if (i == line.end() || styles[i] != styles[start]) {
                    runs.add(new Run(text.substring(start, i), styles[start]));
                    start = i;
                }
            }
            lines.add(new StyledLine(runs, section, false, anchor));
        }
    }
}
