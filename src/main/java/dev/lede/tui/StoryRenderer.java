package dev.lede.tui;

import dev.lede.export.Metadata;
import dev.lede.story.Block;
import dev.lede.story.Quote;
import dev.lede.story.QuotedSpans;
import dev.lede.story.Section;
import dev.lede.story.Story;
import dev.lede.text.WordWrap;
import dev.lede.tui.StyledLine.Run;
import dev.lede.prefs.Element;
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

    /** Where a search matches in a text: each match's start and end, in UTF-16 indexes and in text order. */
    @FunctionalInterface
    interface Matcher {
        /** Nothing matches. */
        Matcher NONE = text -> List.of();

        List<int[]> find(String text);
    }

    /**
     * The rows, for each section the row of its heading (-1 for a section without heading), and for each match of
     * the search, in reading order, the row where it starts and whether a folded section hides it: {@code
     * matchFolded} holds that section's index (and {@code matchLines} its heading's row), else -1.
     */
    record Rendering(List<StyledLine> lines, int[] headingLines, int[] matchLines, int[] matchFolded) {
        Rendering(List<StyledLine> lines, int[] headingLines) {
            this(lines, headingLines, new int[0], new int[0]);
        }

        /** Where a row is in the story, so another width or other folds can show the same place. */
        Place place(int row) {
            if (lines.isEmpty()) {
                return Place.START;
            }
            int at = Math.min(row, lines.size() - 1);
            int anchor = lines.get(at).anchor();
            int offset = 0;
            while (at - offset > 0 && lines.get(at - offset - 1).anchor() == anchor) {
                offset++;
            }
            return new Place(anchor, offset);
        }

        /** The row of a place: the same row of the same paragraph, its last row when it has fewer, else what follows. */
        int row(Place place) {
            int first = 0;
            while (first < lines.size() && lines.get(first).anchor() < place.anchor()) {
                first++;
            }
            int row = first;
            while (row - first < place.offset() && row + 1 < lines.size()
                    && lines.get(row + 1).anchor() == place.anchor()) {
                row++;
            }
            return row;
        }
    }

    /** A place in a story: the paragraph (or title, heading…) by its anchor, and the row of it, counted from 0. */
    record Place(int anchor, int offset) {
        static final Place START = new Place(0, 0);
    }

    private final int width;
    private final Matcher matcher;
    private final List<StyledLine> lines = new ArrayList<>();
    private final List<Integer> matchLines = new ArrayList<>();
    private final List<Integer> matchFolded = new ArrayList<>();
    private int anchor;
    private int section = -1;

    private StoryRenderer(int width, Matcher matcher) {
        this.width = Math.max(1, width);
        this.matcher = matcher;
    }

    /**
     * @param folded for each section, whether it is folded
     */
    static Rendering render(Story story, int width, boolean[] folded) {
        return render(story, width, folded, Matcher.NONE);
    }

    /** Like {@link #render(Story, int, boolean[])}, marking every match of a search. */
    static Rendering render(Story story, int width, boolean[] folded, Matcher matcher) {
        return new StoryRenderer(width, matcher).story(story, folded);
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
                hidden(current, headingLines[s]);
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
                    wrapped(quoted(quote), Element.QUOTE, false, "", bar);
                    wrapped(attributed(quote), Element.ATTRIBUTION, false, "", bar);
                } else {
                    wrapped(block.text(), null, true, blockIndent, null);
                }
            }
        }
        return new Rendering(List.copyOf(lines), headingLines,
                matchLines.stream().mapToInt(Integer::intValue).toArray(),
                matchFolded.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String quoted(Quote quote) {
        return "“" + quote.text() + "”";
    }

    private static String attributed(Quote quote) {
        return "— " + quote.attribution();
    }

    /**
     * Counts the matches a folded section hides, in the order its open rows would show them, each at the row of
     * the heading, so that a match keeps its number whatever is folded.
     */
    private void hidden(Section folded, int headingLine) {
        for (Block block : folded.blocks()) {
            List<String> texts = block instanceof Quote quote ? List.of(quoted(quote), attributed(quote))
                    : List.of(block.text());
            for (String text : texts) {
                for (int m = matcher.find(Glyphs.forTerminal(text)).size(); m > 0; m--) {
                    matchLines.add(headingLine);
                    matchFolded.add(section);
                }
            }
        }
    }

    private void heading(Section current, boolean closed) {
        String heading = Glyphs.forTerminal(current.heading());
        String text = closed ? heading + " — " + Glyphs.forTerminal(summary(current)) : heading;
        List<WordWrap.Line> wrapped = WordWrap.wrap(text, width - 2);
        Element[] styles = new Element[text.length()];
        Arrays.fill(styles, Element.ATTRIBUTION);
        Arrays.fill(styles, 0, Math.min(heading.length(), text.length()), Element.HEADING);
        int[] matched = matches(heading, text.length(), wrapped);
        for (int i = 0; i < wrapped.size(); i++) {
            WordWrap.Line line = wrapped.get(i);
            List<Run> runs = new ArrayList<>();
            runs.add(new Run(i > 0 ? "  " : closed ? CLOSED : OPEN, Element.HEADING));
            runs(runs, text, line, styles, matched);
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
        List<WordWrap.Line> wrapped = WordWrap.wrap(text, width - prefixWidth);
        int[] matched = matches(text, text.length(), wrapped);
        for (WordWrap.Line line : wrapped) {
            List<Run> runs = new ArrayList<>();
            if (!indent.isEmpty()) {
                runs.add(new Run(indent, null));
            }
            if (bar != null) {
                runs.add(bar);
            }
            runs(runs, text, line, styles, matched);
            lines.add(new StyledLine(runs, section, false, anchor));
        }
    }

    /** The runs of one wrapped line: a new run wherever the style or the match changes. */
    private static void runs(List<Run> runs, String text, WordWrap.Line line, Element[] styles, int[] matched) {
        int start = line.start();
        for (int i = line.start() + 1; i <= line.end(); i++) {
            if (i == line.end() || styles[i] != styles[start] || match(matched, i) != match(matched, start)) {
                runs.add(new Run(text.substring(start, i), styles[start], match(matched, start)));
                start = i;
            }
        }
    }

    /** The match character {@code i} is part of, or -1; {@code matched} null is no match at all. */
    private static int match(int[] matched, int i) {
        return matched == null ? -1 : matched[i];
    }

    /**
     * Which match (its number in the story, or -1) each character of {@code text} (of {@code length}, searched in its
     * first part {@code searched}) is part of; notes the row each match starts on, of the rows about to be added for
     * {@code wrapped}; null when the text holds none.
     */
    private int[] matches(String searched, int length, List<WordWrap.Line> wrapped) {
        int[] matched = null; // most text holds no match: no array as long as the text for it
        for (int[] range : matcher.find(searched)) {
            if (matched == null) {
                matched = new int[length];
                Arrays.fill(matched, -1);
            }
            Arrays.fill(matched, range[0], Math.min(range[1], length), matchLines.size());
            int row = 0;
            while (row + 1 < wrapped.size() && wrapped.get(row + 1).start() <= range[0]) {
                row++;
            }
            matchLines.add(lines.size() + row);
            matchFolded.add(-1);
        }
        return matched;
    }
}
