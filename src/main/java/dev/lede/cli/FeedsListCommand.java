package dev.lede.cli;

import dev.lede.feeds.FeedState;
import dev.lede.feeds.FeedsException;
import dev.lede.feeds.StateStore;
import dev.lede.feeds.Subscription;
import dev.lede.text.DisplayWidth;
import dev.lede.text.TextCleaner;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lede feeds list}: one row per feed, with what its last fetch said. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the feeds: name, last fetch (UTC), new stories it brought, URL and its error if it failed.")
final class FeedsListCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final CommandContext context;

    @Mixin
    RowsFormat format = new RowsFormat();

    FeedsListCommand(CommandContext context) {
        this.context = context;
    }

    /** A feed and its state, as a row. */
    private record Row(Subscription feed, FeedState state) {
        String when() {
            return state.lastFetch() == null ? "never" : WHEN.format(state.lastFetch());
        }

        String url() {
            return TextCleaner.escaped(feed.url().toString());
        }

        String error() {
            return state.lastError() == null ? "" : TextCleaner.escaped(state.lastError());
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Subscription> feeds;
        try {
            feeds = context.subscriptions().load();
        } catch (FeedsException e) {
            throw FeedsCommand.failure(e);
        }
        StateStore states = context.states();
        List<Row> rows = feeds.stream().map(f -> new Row(f, states.header(f.name()))).toList();
        PrintWriter out = context.out();
        switch (format.kind) {
            case table -> table(rows, out);
            case tsv -> rows.forEach(r -> out.print(r.feed().name() + "\t" + r.url() + "\t"
                    + (r.state().lastFetch() == null ? "" : r.state().lastFetch()) + "\t" + r.state().newItems()
                    + "\t" + r.error().replace('\t', ' ') + "\t" + String.join(",", r.feed().tags()) + "\n"));
            case json, jsonl -> json(rows, out, format.kind == RowsFormat.Kind.jsonl);
        }
        return ExitCode.OK;
    }

    private static void table(List<Row> rows, PrintWriter out) {
        int width = 4;
        for (Row row : rows) {
            width = Math.max(width, DisplayWidth.of(row.feed().name()));
        }
        String format = "%-" + width + "s  %-16s  %5s  %s%s%n";
        out.printf(format, "NAME", "LAST FETCH", "NEW", "URL", "");
        for (Row row : rows) {
            out.printf(format, row.feed().name(), row.when(), row.state().newItems(), row.url(),
                    row.error().isEmpty() ? "" : "  (" + row.error() + ")");
        }
    }

    private static void json(List<Row> rows, PrintWriter out, boolean lines) throws IOException {
        try (JsonRows json = new JsonRows(out, lines)) {
            for (Row row : rows) {
                json.write(g -> {
                    g.writeStringField("name", row.feed().name());
                    g.writeStringField("url", row.feed().url().toString());
                    g.writeArrayFieldStart("tags");
                    for (String tag : row.feed().tags()) {
                        g.writeString(tag);
                    }
                    g.writeEndArray();
                    Instant last = row.state().lastFetch();
                    g.writeStringField("last_fetch", last == null ? null : last.toString());
                    g.writeNumberField("new_items", row.state().newItems());
                    g.writeStringField("last_error", row.state().lastError());
                });
            }
        }
    }
}
