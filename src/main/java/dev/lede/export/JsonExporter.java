package dev.lede.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.lede.story.Block;
import dev.lede.story.Quote;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** JSON (an indented array of stories, or one object) and JSON Lines (one compact story per line). */
final class JsonExporter implements Exporter {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(JsonEscapes.INSTANCE)
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final boolean lines;
    /** Null: no read and starred fields. */
    private final StoryMarks marks;

    JsonExporter(boolean lines, StoryMarks marks) {
        this.lines = lines;
        this.marks = marks;
    }

    @Override
    public String extension() {
        return lines ? "jsonl" : "json";
    }

    @Override
    public void write(Iterable<Story> stories, Writer out) throws IOException {
        if (lines) {
            for (Story story : stories) {
                writeCompact(story, out);
            }
            return;
        }
        try (JsonGenerator json = pretty(out)) {
            json.writeStartArray();
            for (Story story : stories) {
                story(json, story);
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    @Override
    public void writeOne(Story story, Writer out) throws IOException {
        if (lines) {
            writeCompact(story, out);
            return;
        }
        try (JsonGenerator json = pretty(out)) {
            story(json, story);
        }
        out.write('\n');
    }

    private void writeCompact(Story story, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            story(json, story);
        }
        out.write('\n');
    }

    private static JsonGenerator pretty(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("").withObjectEmptySeparator(""));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return FACTORY.createGenerator(out).setPrettyPrinter(printer);
    }

    private void story(JsonGenerator json, Story story) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", story.id());
        json.writeStringField("file", story.file());
        json.writeStringField("title", story.title());
        json.writeStringField("lede", story.lede());
        if (marks != null) {
            json.writeBooleanField("read", marks.isRead(story.id()));
            json.writeBooleanField("starred", marks.isStarred(story.id()));
        }
        if (!story.meta().isEmpty()) {
            json.writeFieldName("meta");
            value(json, story.meta());
        }
        json.writeArrayFieldStart("sections");
        for (Section section : story.sections()) {
            json.writeStartObject();
            json.writeStringField("heading", section.heading());
            json.writeArrayFieldStart("blocks");
            for (Block block : section.blocks()) {
                block(json, block);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void block(JsonGenerator json, Block block) throws IOException {
        json.writeStartObject();
        if (block instanceof Quote quote) {
            json.writeStringField("type", "quote");
            json.writeStringField("speaker", quote.speaker());
            json.writeStringField("role", quote.role());
        } else {
            json.writeStringField("type", "paragraph");
        }
        json.writeStringField("text", block.text());
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                value(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof java.math.BigInteger big) {
            json.writeNumber(big);
        } else if (value instanceof Double d && Double.isFinite(d)) {
            json.writeNumber(d);
        } else if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value.toString());
        }
    }
}
