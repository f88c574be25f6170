package dev.lede.export;

import java.util.Locale;

/** The export formats, by the names the command line and preferences use. */
public enum Format {
    JSON, JSONL, MARKDOWN, HTML, TEXT;

    /** The exporter for this format; {@code width} is the line width of the text format. */
    public Exporter exporter(int width) {
        return exporter(width, null);
    }

    /**
     * The exporter for this format, the JSON ones giving each story {@code read} and {@code starred} fields from
     * {@code marks} (none when null).
     */
    public Exporter exporter(int width, StoryMarks marks) {
        return switch (this) {
            case JSON -> new JsonExporter(false, marks);
            case JSONL -> new JsonExporter(true, marks);
            case MARKDOWN -> new MarkdownExporter();
            case HTML -> new HtmlExporter();
            case TEXT -> new TextExporter(width);
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
