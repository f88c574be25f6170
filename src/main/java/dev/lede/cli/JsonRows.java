package dev.lede.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.lede.export.JsonEscapes;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The rows of {@code list} and {@code search} as JSON: one indented array, or JSON Lines (one object per line, for
 * {@code jq -c} and line-by-line tools). Closing ends the array and the last line.
 */
final class JsonRows implements Closeable {

    /** Made on first use, so that table and tsv output never load Jackson; leaves stdout open when closed. */
    private static final class Factory {
        static final JsonFactory JSON = new JsonFactoryBuilder().characterEscapes(JsonEscapes.INSTANCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    }

    private final PrintWriter out;
    private final JsonGenerator json;
    private final boolean lines;
    private int rows;

    /** @param lines JSON Lines rather than one array */
    JsonRows(PrintWriter out, boolean lines) throws IOException {
        this.out = out;
        this.lines = lines;
        json = Factory.JSON.createGenerator(out);
        if (lines) {
            json.setRootValueSeparator(new SerializedString("\n"));
        } else {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
        }
    }

    /** Writes one row's fields into an object of their own. */
    @FunctionalInterface
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    void write(Fields fields) throws IOException {
        json.writeStartObject();
        fields.write(json);
        json.writeEndObject();
        rows++;
    }

    @Override
    public void close() throws IOException {
        if (!lines) {
            json.writeEndArray();
        }
        json.close();
        if (!lines || rows > 0) {
            out.println();
        }
    }
}
