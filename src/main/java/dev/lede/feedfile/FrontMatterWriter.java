package dev.lede.feedfile;

import java.util.List;

/**
 * An entry's front matter as YAML that the front-matter reader reads back to the same values: every string one
 * clean line in double quotes, with {@code \} and {@code "} escaped and what YAML may not hold raw written as
 * {@code \\uXXXX}; sized well inside the reader's limits (64 Ki characters, 10,000 values).
 */
final class FrontMatterWriter {

    private static final int MAX_VALUE = 2_000;
    private static final int MAX_ITEMS = 100;
    private static final int MAX_LINKS = 1_000;
    private static final int BUDGET = 48_000;

    private FrontMatterWriter() {
    }

    static String write(FeedEntry entry, BriefSource source, List<String> links) {
        StringBuilder out = new StringBuilder("---\n");
        scalar(out, "url", entry.link());
        scalar(out, "feed", source.feedName());
        scalar(out, "feed_url", source.feedUrl());
        scalar(out, "guid", entry.guid());
        scalar(out, "author", entry.author());
        scalar(out, "date", entry.date());
        scalar(out, "fetched", source.fetched() == null ? null : source.fetched().toString());
        List<String> tags = entry.tags().stream().map(FrontMatterWriter::value).filter(t -> !t.isEmpty())
                .distinct().limit(MAX_ITEMS).toList();
        if (!tags.isEmpty()) {
            out.append("tags:\n");
            tags.forEach(tag -> out.append("  - ").append(quoted(tag)).append('\n'));
        }
        List<Enclosure> enclosures = entry.enclosures().stream().filter(e -> !value(e.url()).isEmpty())
                .limit(MAX_ITEMS).toList();
        if (!enclosures.isEmpty()) {
            out.append("enclosures:\n");
            for (Enclosure enclosure : enclosures) {
                out.append("  - url: ").append(quoted(value(enclosure.url()))).append('\n');
                if (!value(enclosure.type()).isEmpty()) {
                    out.append("    type: ").append(quoted(value(enclosure.type()))).append('\n');
                }
                if (enclosure.length() >= 0) {
                    out.append("    length: ").append(enclosure.length()).append('\n');
                }
            }
        }
        List<String> kept = links.stream().filter(link -> link.length() <= MAX_VALUE).limit(MAX_LINKS).toList();
        if (!kept.isEmpty()) {
            out.append("links:\n");
            for (String link : kept) {
                String line = "  - " + quoted(link) + "\n";
                if (out.length() + line.length() > BUDGET) {
                    break;
                }
                out.append(line);
            }
        }
        return out.append("---\n").toString();
    }

    private static void scalar(StringBuilder out, String key, String raw) {
        String value = value(raw);
        if (!value.isEmpty()) {
            out.append(key).append(": ").append(quoted(value)).append('\n');
        }
    }

    /** One clean line of at most {@link #MAX_VALUE} code points. */
    private static String value(String raw) {
        String line = StoryLines.oneLine(raw);
        if (line.codePointCount(0, line.length()) > MAX_VALUE) {
            line = line.substring(0, line.offsetByCodePoints(0, MAX_VALUE)).strip();
        }
        return line;
    }

    /** A YAML double-quoted scalar holding exactly {@code value}. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (printable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xFFFF) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append(String.format("\\U%08X", c));
            }
        });
        return out.append('"').toString();
    }

    /** What a YAML stream may hold raw (SnakeYAML's printable set, without the byte-order mark). */
    private static boolean printable(int c) {
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
