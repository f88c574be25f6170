package dev.lede.cli;

import dev.lede.export.Field;
import dev.lede.export.FieldSet;
import dev.lede.library.Library;
import dev.lede.library.StoryRef;
import dev.lede.state.ReadState;
import dev.lede.story.Story;
import dev.lede.storyfile.Problem;
import dev.lede.text.DisplayWidth;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The rows of {@code list} and {@code search} in the {@link OutputShape} a script asked for. Stories are read only
 * when a field or --each needs their text, a batch at a time on several threads, and written in order.
 */
final class ShapedRows {

    /** Stories read at a time, in parallel, when their text is needed. */
    private static final int BATCH = 256;
    /** Text goes out in chunks of about this many characters. */
    private static final int CHUNK = 1 << 16;

    private final OutputShape shape;
    private final Library library;
    private final ReadState state;
    private final PrintWriter out;
    private final Consumer<Problem> warn;
    private final StringBuilder text = new StringBuilder(CHUNK + 1024);
    /** The table's rows, held until every width is known. */
    private final List<String[]> table = new ArrayList<>();
    private JsonRows json;

    /**
     * @param state the reading state, when {@link OutputShape#needsMarks}
     * @param err   where a story that could no longer be read is told of (it is shown as a stand-in)
     */
    ShapedRows(OutputShape shape, Library library, ReadState state, PrintWriter out, PrintWriter err) {
        this.shape = shape;
        this.library = library;
        this.state = state;
        this.out = out;
        this.warn = problem -> {
            synchronized (err) {
                err.println("lede: warning: " + problem + " (shown with a note in its place)");
                err.flush();
            }
        };
    }

    /**
     * Writes one record per story of {@code refs} (or per quote or section of it), numbered from 1 in this order.
     *
     * @param scores each story's search score, or null
     */
    void write(List<StoryRef> refs, double[] scores) throws IOException {
        if (shape.kind() == StoryOutput.Kind.json || shape.kind() == StoryOutput.Kind.jsonl) {
            json = new JsonRows(out, shape.kind() == StoryOutput.Kind.jsonl);
        }
        for (int from = 0; from < refs.size(); from += BATCH) {
            List<StoryRef> batch = refs.subList(from, Math.min(refs.size(), from + BATCH));
            Story[] stories = shape.needsStory() ? read(batch) : null;
            for (int i = 0; i < batch.size(); i++) {
                Story story = stories == null ? null : stories[i];
                FieldSet fields = new StoryFields(batch.get(i), from + i + 1, state, story,
                        scores == null ? Double.NaN : scores[from + i]);
                if (shape.each() == null) {
                    record(fields);
                } else {
                    for (FieldSet record : shape.each().records(story, fields)) {
                        record(record);
                    }
                }
            }
            if (Stdout.failed(out)) {
                throw ((Stdout) out).failure();
            }
        }
        finish();
    }

    private Story[] read(List<StoryRef> batch) {
        Story[] stories = new Story[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(i -> stories[i] = library.open(batch.get(i), warn));
        return stories;
    }

    private void record(FieldSet record) throws IOException {
        switch (shape.kind()) {
            case template -> shape.template().render(record, text);
            case tsv -> tsv(record);
            case table -> table.add(cells(record));
            case json, jsonl -> json.write(generator -> {
                for (Field field : shape.fields()) {
                    JsonValues.write(generator, field.id(), record.get(field));
                }
            });
        }
        if (text.length() >= CHUNK) {
            out.append(text);
            text.setLength(0);
        }
    }

    private void tsv(FieldSet record) {
        List<Field> fields = shape.fields();
        for (int i = 0; i < fields.size(); i++) {
            text.append(i == 0 ? "" : "\t").append(fields.get(i).text(record.get(fields.get(i))));
        }
        text.append('\n');
    }

    private String[] cells(FieldSet record) {
        List<Field> fields = shape.fields();
        String[] cells = new String[fields.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = fields.get(i).text(record.get(fields.get(i)));
        }
        return cells;
    }

    private void finish() throws IOException {
        if (json != null) {
            json.close();
        }
        if (shape.kind() == StoryOutput.Kind.table && !table.isEmpty()) {
            table();
        }
        out.append(text);
    }

    /** A header of upper-case names, then the rows; columns padded by display width, numbers to the right. */
    private void table() {
        List<Field> fields = shape.fields();
        String[] header = fields.stream().map(f -> f.id().toUpperCase(Locale.ROOT)).toArray(String[]::new);
        int[] widths = new int[fields.size()];
        for (String[] row : table) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
            }
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], header[i].length());
        }
        row(header, widths);
        for (String[] row : table) {
            row(row, widths);
            if (text.length() >= CHUNK) {
                out.append(text);
                text.setLength(0);
            }
        }
    }

    /** One row, without spaces at its end: the last column is not padded. */
    private void row(String[] cells, int[] widths) {
        int start = text.length();
        for (int i = 0; i < cells.length; i++) {
            int pad = widths[i] - DisplayWidth.of(cells[i]);
            text.append(i == 0 ? "" : "  ");
            if (shape.fields().get(i).isNumber()) {
                text.append(" ".repeat(pad)).append(cells[i]);
            } else {
                text.append(cells[i]).append(" ".repeat(pad));
            }
        }
        int end = text.length();
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
        text.append(System.lineSeparator());
    }
}
