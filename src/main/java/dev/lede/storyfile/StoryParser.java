package dev.lede.storyfile;

import dev.lede.text.TextCleaner;
import dev.lede.story.Block;
import dev.lede.story.Paragraph;
import dev.lede.story.Quote;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The story format: decoding, cleaning, front matter, paragraphs, title, lede, sections and quotes, in the order the
 * README gives. Never throws on bad input; what it drops or skips comes back as problems.
 */
public final class StoryParser {

    /** The most tags a story's summary keeps: as many as lede fetch writes. */
    private static final int MAX_TAGS = 100;

    private StoryParser() {
    }

    /**
     * Parses with the {@link StoryLimits#DEFAULT default limits}.
     *
     * @param bytes the file's content
     * @param file  the file's name as the user should see it in warnings
     * @param id    the story id (see {@link StoryIds})
     */
    public static ParseResult parse(byte[] bytes, String file, String id) {
        return parse(bytes, file, id, StoryLimits.DEFAULT);
    }

    /**
     * Parses one file; a file larger than the limit is skipped with a warning. Time and memory are linear in the
     * size of the file. The file name is kept as it is (warnings show it escaped, JSON escapes it); the id is made
     * one line of visible text ({@link TextCleaner#escaped}).
     */
    public static ParseResult parse(byte[] bytes, String file, String id, StoryLimits limits) {
        id = TextCleaner.escaped(id);
        if (limits.tooLarge(bytes)) {
            return new ParseResult(null, List.of(tooLarge(file, limits)));
        }
        Prepared prepared = prepare(bytes, file);
        if (prepared.paragraphs() == null) {
            return new ParseResult(null, prepared.problems());
        }
        return new ParseResult(build(id, file, prepared.meta(), prepared.paragraphs()), prepared.problems());
    }

    private static Problem tooLarge(String file, StoryLimits limits) {
        return new Problem(file, 0, "skipped: larger than " + limits.describe() + ", the size limit for one story file");
    }

    /**
     * What a list of stories needs, without building the story: the same title, date, section count and problems
     * that {@link #parse} gives, for less work and garbage.
     *
     * @param bytes the file's content
     * @param file  the file's name as the user should see it in warnings
     */
    public static SummaryResult summarize(byte[] bytes, String file) {
        return summarize(bytes, file, StoryLimits.DEFAULT);
    }

    /** Like {@link #summarize(byte[], String)}, skipping a file larger than {@code limits} allow. */
    public static SummaryResult summarize(byte[] bytes, String file, StoryLimits limits) {
        if (limits.tooLarge(bytes)) {
            return new SummaryResult(null, List.of(tooLarge(file, limits)));
        }
        Summary fast = FastSummary.of(bytes);
        if (fast != null) {
            return new SummaryResult(fast, List.of());
        }
        Prepared prepared = prepare(bytes, file);
        List<String> paragraphs = prepared.paragraphs();
        if (paragraphs == null) {
            return new SummaryResult(null, prepared.problems());
        }
        return new SummaryResult(summary(prepared.meta(), paragraphs.get(0), sectionCount(paragraphs)),
                prepared.problems());
    }

    /** The summary of a story with this front matter, title and number of sections. */
    private static Summary summary(Map<String, Object> meta, String title, int sections) {
        String date = text(meta.get("date"));
        if (meta.isEmpty()) {
            return new Summary(title, date, sections);
        }
        long time = StoryDates.parse(date);
        if (time == Summary.NO_TIME) {
            time = StoryDates.parse(text(meta.get("fetched")));
        }
        return new Summary(title, date, sections, text(meta.get("feed")), text(meta.get("url")),
                text(meta.get("author")), tags(meta.get("tags")), time);
    }

    /** A scalar front-matter value as text; null for none, a list or a map. */
    private static String text(Object value) {
        return value == null || value instanceof Collection<?> || value instanceof Map<?, ?> ? null
                : value.toString();
    }

    /** {@code tags:} as a list of one-line values (one value alone is one tag); at most {@value #MAX_TAGS}. */
    private static List<String> tags(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(StoryParser::text).filter(t -> t != null && !t.isBlank()).distinct()
                    .limit(MAX_TAGS).toList();
        }
        String one = text(value);
        return one == null || one.isBlank() ? List.of() : List.of(one);
    }

    /** The file cut into paragraphs with its front matter read; null paragraphs when the file is skipped. */
    private record Prepared(Map<String, Object> meta, List<String> paragraphs, List<Problem> problems) {
    }

    private static Prepared prepare(byte[] bytes, String file) {
        List<Problem> problems = new ArrayList<>();
        String text;
        if (FastSummary.plain(bytes)) {
            // valid UTF-8 with no NUL, control character, CR or BOM: nothing to decode around or clean
            text = new String(bytes, StandardCharsets.UTF_8);
        } else {
            text = decodeAndClean(bytes, file, problems);
            if (text == null) {
                return new Prepared(Map.of(), null, problems);
            }
        }
        List<String> lines = lines(text);
        int bodyStart = 0;
        Map<String, Object> meta = Map.of();
        if (!lines.isEmpty() && lines.get(0).equals("---")) {
            int end = lines.subList(1, lines.size()).indexOf("---") + 1;
            if (end == 0) {
                problems.add(new Problem(file, 1, "front matter has no closing '---'; read as story text"));
            } else {
                FrontMatterReader.Result fm = FrontMatterReader.read(String.join("\n", lines.subList(1, end)), 2);
                if (fm.error() != null) {
                    problems.add(new Problem(file, fm.errorLine(), fm.error() + "; front matter ignored"));
                }
                if (fm.removed() > 0) {
                    problems.add(new Problem(file, 2, "front matter: " + removed(fm.removed())));
                }
                meta = fm.meta();
                bodyStart = end + 1;
            }
        }
        List<String> paragraphs = paragraphs(lines.subList(bodyStart, lines.size()));
        if (paragraphs.isEmpty()) {
            problems.add(new Problem(file, 0, "skipped: no text"));
            return new Prepared(meta, null, problems);
        }
        return new Prepared(meta, paragraphs, problems);
    }

    /** The text of a file that is not plain, or null (and why) when it is binary. */
    private static String decodeAndClean(byte[] bytes, String file, List<Problem> problems) {
        for (byte b : bytes) {
            if (b == 0) {
                problems.add(new Problem(file, 0, "skipped: the file holds a NUL byte (binary data, not a story)"));
                return null;
            }
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.fellBack()) {
            problems.add(new Problem(file, 0, "not valid UTF-8; read as Windows-1252"));
        }
        TextCleaner.Cleaned cleaned = TextCleaner.cleanCounting(decoded.text());
        if (cleaned.removed() > 0) {
            problems.add(new Problem(file, cleaned.firstLine(), removed(cleaned.removed())));
        }
        return cleaned.text();
    }

    private static String removed(int count) {
        return "removed " + count + (count == 1 ? " terminal control character or escape sequence"
                : " terminal control characters and escape sequences");
    }

    /** The number of sections {@link #build} makes from these paragraphs, counted without building them. */
    private static int sectionCount(List<String> paragraphs) {
        int next = paragraphs.size() > 1 && BlockRules.isPlain(paragraphs.get(1)) ? 2 : 1;
        int labels = 0;
        boolean blocksBeforeFirstLabel = false;
        for (String paragraph : paragraphs.subList(next, paragraphs.size())) {
            if (BlockRules.isLabelNotQuote(paragraph)) {
                labels++;
            } else if (labels == 0) {
                blocksBeforeFirstLabel = true;
            }
        }
        return labels + (blocksBeforeFirstLabel ? 1 : 0);
    }

    /** Splits into lines and drops trailing white space on each (one pass over a char array: quick even in C1). */
    static List<String> lines(String text) {
        char[] chars = text.toCharArray();
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i == chars.length || chars[i] == '\n') {
                int end = i;
                while (end > start && Character.isWhitespace(chars[end - 1])) {
                    end--;
                }
                lines.add(new String(chars, start, end - start));
                start = i + 1;
            }
        }
        return lines;
    }

    /**
     * Blank lines between text separate paragraphs and the lines of one paragraph are joined with a space; when no
     * blank line separates text, each non-empty line is a paragraph.
     */
    static List<String> paragraphs(List<String> lines) {
        int first = 0;
        int last = lines.size() - 1;
        while (first <= last && lines.get(first).isBlank()) {
            first++;
        }
        while (last >= first && lines.get(last).isBlank()) {
            last--;
        }
        List<String> body = lines.subList(first, last + 1);
        boolean blankSeparated = body.stream().anyMatch(String::isBlank);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body) {
            String text = line.strip();
            if (text.isEmpty() || !blankSeparated) {
                flush(current, paragraphs);
            }
            if (!text.isEmpty()) {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(text);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    private static Story build(String id, String file, Map<String, Object> meta, List<String> paragraphs) {
        String title = paragraphs.get(0);
        int next = 1;
        String lede = "";
        if (paragraphs.size() > 1 && BlockRules.isPlain(paragraphs.get(1))) {
            lede = paragraphs.get(1);
            next = 2;
        }
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphs.subList(next, paragraphs.size())) {
            Quote quote = BlockRules.quote(paragraph);
            BlockRules.Label label = quote == null ? BlockRules.label(paragraph) : null;
            if (label != null) {
                if (!blocks.isEmpty() || heading != null) {
                    sections.add(new Section(heading, blocks));
                }
                heading = label.heading();
                blocks = new ArrayList<>();
                blocks.add(new Paragraph(label.text()));
            } else {
                blocks.add(quote != null ? quote : new Paragraph(paragraph));
            }
        }
        if (!blocks.isEmpty() || heading != null) {
            sections.add(new Section(heading, blocks));
        }
        return new Story(id, file, title, lede, meta, sections);
    }
}
