package dev.lede.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.StoryOrder;
import dev.lede.library.StoryRef;
import dev.lede.state.ReadState;
import dev.lede.storyfile.StoryDates;
import dev.lede.storyfile.Summary;
import dev.lede.text.DisplayWidth;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lede list}: one row per story. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the stories of a library: position, id, title and number of sections.",
            "--fields, --format template and --each shape the rows (see the README's \"Scripting\")."})
final class ListCommand implements Callable<Integer> {

    private final CommandContext context;

    @Mixin
    final LibraryArgs libraryArgs = new LibraryArgs.Folders();

    @Mixin
    StoryOutput format = new StoryOutput();

    @Mixin
    CheckpointOption checkpoint = new CheckpointOption();

    @Mixin
    Selection selection = new Selection(checkpoint);

    ListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LibraryException, IOException {
        OutputShape shape = format.shape(format.stories());
        StoryOrder order = StoryOrder.valueOf(context.preferences().sort().name());
        Library library = context.openLibrary(libraryArgs);
        boolean fields = format.isJson() && context.keepsReadState();
        ReadState state = selection.needsReadState() || fields ? context.readState(library, libraryArgs) : null;
        List<StoryRef> stories = selection.select(library, context, state, order);
        if (stories.isEmpty() && !format.isJson()) {
            return ExitCode.OK;
        }
        PrintWriter out = context.out();
        if (shape != null) {
            ReadState marks = !shape.needsMarks() ? null
                    : state != null ? state : context.readState(library, libraryArgs);
            new ShapedRows(shape, library, marks, out, context.err()).write(stories, null);
        } else {
            switch (format.kind()) {
                case table -> table(stories, out);
                case tsv -> tsv(stories, out);
                case json, jsonl -> json(stories, out, format.kind() == StoryOutput.Kind.jsonl, fields ? state : null);
                case template -> throw new IllegalStateException("a template always has a shape");
            }
        }
        Stdout.finish(out); // the checkpoint moves only over what was written
        checkpoint.commit(stories, library, context);
        return ExitCode.OK;
    }

    /** Rows go out in chunks: one formatted write per row is most of the time of a 100,000-story list. */
    private static final int CHUNK = 1 << 16;

    private static void table(List<StoryRef> stories, PrintWriter out) {
        int idWidth = 2;
        for (StoryRef story : stories) {
            idWidth = Math.max(idWidth, DisplayWidth.of(story.id()));
        }
        int posWidth = Math.max(1, String.valueOf(stories.size()).length());
        StringBuilder rows = new StringBuilder(CHUNK + 1024);
        row(rows, "#", posWidth, "ID", idWidth, "SECTIONS", "TITLE");
        int position = 1;
        for (StoryRef story : stories) {
            row(rows, String.valueOf(position++), posWidth, story.id(), idWidth, String.valueOf(story.sections()),
                    story.title());
            flushFull(rows, out);
        }
        out.append(rows);
    }

    /** {@code %posWidth s  %-idWidth s  %8s  %s%n}, without a format string per row. */
    private static void row(StringBuilder rows, String position, int posWidth, String id, int idWidth,
                            String sections, String title) {
        pad(rows, posWidth - position.length()).append(position).append("  ").append(id);
        pad(rows, idWidth - DisplayWidth.of(id)).append("  ");
        pad(rows, 8 - sections.length()).append(sections).append("  ").append(title).append(System.lineSeparator());
    }

    private static StringBuilder pad(StringBuilder rows, int count) {
        for (int i = 0; i < count; i++) {
            rows.append(' ');
        }
        return rows;
    }

    private static void tsv(List<StoryRef> stories, PrintWriter out) {
        StringBuilder rows = new StringBuilder(CHUNK + 1024);
        int position = 1;
        for (StoryRef story : stories) {
            rows.append(position++).append('\t').append(story.id()).append('\t').append(story.title()).append('\t')
                    .append(story.sections()).append('\n');
            flushFull(rows, out);
        }
        out.append(rows);
    }

    private static void flushFull(StringBuilder rows, PrintWriter out) {
        if (rows.length() >= CHUNK) {
            out.append(rows);
            rows.setLength(0);
        }
    }

    /** @param state null: no read and starred fields */
    private static void json(List<StoryRef> stories, PrintWriter out, boolean lines, ReadState state)
            throws IOException {
        try (JsonRows rows = new JsonRows(out, lines)) {
            int position = 1;
            for (StoryRef story : stories) {
                int at = position++;
                rows.write(json -> {
                    json.writeNumberField("position", at);
                    json.writeStringField("id", story.id());
                    json.writeStringField("file", story.file());
                    json.writeStringField("title", story.title());
                    json.writeNumberField("sections", story.sections());
                    frontMatter(json, story);
                    if (state != null) {
                        json.writeBooleanField("read", state.isRead(story.id()));
                        json.writeBooleanField("starred", state.isStarred(story.id()));
                    }
                });
            }
        }
    }

    /**
     * What the front matter gives that {@code --sort} and the selection use, when the story has it: {@code date} (as
     * ISO 8601 in UTC when it reads, else as written), {@code feed}, {@code url}, {@code author}, {@code tags}.
     */
    private static void frontMatter(JsonGenerator json, StoryRef story) throws IOException {
        if (story.date() != null) {
            json.writeStringField("date", StoryDates.parse(story.date()) != Summary.NO_TIME
                    ? StoryDates.iso(story.time()) : story.date());
        }
        for (String[] field : new String[][] {{"feed", story.feed()}, {"url", story.url()}, {"author", story.author()}}) {
            if (field[1] != null) {
                json.writeStringField(field[0], field[1]);
            }
        }
        if (!story.tags().isEmpty()) {
            json.writeArrayFieldStart("tags");
            for (String tag : story.tags()) {
                json.writeString(tag);
            }
            json.writeEndArray();
        }
    }

    /** Accepts order names in any case; {@code --sort} of every command that takes a {@link Selection}. */
    static final class OrderConverter implements CommandLine.ITypeConverter<StoryOrder> {
        @Override
        public StoryOrder convert(String value) {
            for (StoryOrder order : StoryOrder.values()) {
                if (order.id().equalsIgnoreCase(value)) {
                    return order;
                }
            }
            List<String> names = Arrays.stream(StoryOrder.values()).map(StoryOrder::id).toList();
            throw new CommandLine.TypeConversionException("unknown order '" + value + "' (use "
                    + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1)
                    + ")");
        }
    }
}
