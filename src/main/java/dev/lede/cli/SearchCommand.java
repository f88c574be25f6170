package dev.lede.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.search.Hit;
import dev.lede.search.Search;
import dev.lede.search.SearchQuery;
import dev.lede.search.Snippet;
import dev.lede.search.TextMatches;
import dev.lede.state.ReadState;
import dev.lede.text.DisplayWidth;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lede search QUERY}: the stories that hold every word and phrase of a query, best first. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the stories of a library, best match first.",
            "Every word and \"quoted phrase\" of QUERY must occur: a word also as the start of a longer one, a phrase "
                + "whole; case, punctuation and accents do not matter, and CJK is found by characters. Each hit "
                + "shows the first sentence that matches, the match [marked] (bold on a terminal); tsv adds the "
                + "matches' offsets in the sentence.",
            "No match is not an error: the exit code is 0 and nothing is listed (json: [], jsonl: nothing).",
            "--fields, --format template and --each shape the rows (see the README's \"Scripting\")."})
final class SearchCommand implements Callable<Integer> {

    /** Hits are turned into snippets this many at a time, in parallel, then printed in order. */
    private static final int BATCH = 256;
    private static final String BOLD = "\u001b[1m";
    private static final String PLAIN = "\u001b[22m";
    /** How much of the query a message repeats. */
    private static final int SHOWN = 60;

    private final CommandContext context;

    @Mixin
    final LibraryArgs libraryArgs = new LibraryArgs();

    @Mixin
    StoryOutput format = new StoryOutput();

    @Mixin
    CheckpointOption checkpoint = new CheckpointOption();

    @Mixin
    Selection selection = new Selection(checkpoint);

    @Parameters(index = "0", paramLabel = "QUERY", description = "Words and \"quoted phrases\".")
    String text;

    @Parameters(index = "1..*", paramLabel = "DIR", arity = "0..*", description = LibraryArgs.DIRS_HELP)
    void dirs(List<Path> dirs) {
        libraryArgs.dirs(dirs);
    }

    SearchCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LibraryException, IOException {
        SearchQuery query = Selection.parsed(text, "the query");
        OutputShape shape = format.shape(format.hits());
        Library library = null;
        List<Hit> hits = null;
        if (selection.given() == null && !checkpoint.active()) {
            // nothing to choose among the library's stories: the index alone answers, when it proves it is current
            Search.Answer answer = context.searchFromIndex(libraryArgs, query);
            if (answer != null && !anyChanged(answer.library(), answer.hits())) {
                library = answer.library();
                hits = answer.hits();
            }
        }
        if (library == null) {
            library = context.openLibraryTrusting(libraryArgs);
            ReadState state = selection.needsReadState() ? context.readState(library, libraryArgs) : null;
            hits = selection.hits(library, context, state, Selection.search(library, context, query));
        }
        if (!library.checked() && !library.partial() && anyChanged(library, hits)) {
            // a hit's file changed since the list cache was written: check every file, bring the index in line
            library = context.openLibraryAgain(libraryArgs, library);
            ReadState state = selection.needsReadState() ? context.readState(library, libraryArgs) : null;
            hits = selection.hits(library, context, state, Selection.search(library, context, query));
        }
        PrintWriter out = context.out();
        if (hits.isEmpty() && format.kind() == StoryOutput.Kind.table) {
            context.err().println("lede: no story matches " + shortened(text));
        }
        if (shape != null) {
            double[] scores = hits.stream().mapToDouble(Hit::score).toArray();
            ReadState marks = shape.needsMarks() ? context.readState(library, libraryArgs) : null;
            new ShapedRows(shape, library, marks, out, context.err())
                    .write(hits.stream().map(Hit::ref).toList(), scores);
        } else if (format.isJson()) {
            json(library, query, hits, out, format.kind() == StoryOutput.Kind.jsonl);
        } else {
            rows(library, query, hits, out);
        }
        Stdout.finish(out); // the checkpoint moves only over what was written
        checkpoint.commit(hits.stream().map(Hit::ref).toList(), library, context);
        return ExitCode.OK;
    }

    /**
     * True when the file of one of the hits is not the one the list cache described (one stat each, in parallel):
     * the search then reads the library again, every file checked, so it never prints a story as it no longer is.
     */
    private static boolean anyChanged(Library library, List<Hit> hits) {
        return hits.parallelStream().anyMatch(hit -> library.changed(hit.ref()));
    }

    /** The query as a message shows it: its first {@value #SHOWN} characters, then … when there are more. */
    private static String shortened(String text) {
        return text.codePointCount(0, text.length()) <= SHOWN ? text : text.substring(0, text.offsetByCodePoints(0, SHOWN)) + "…";
    }

    private void rows(Library library, SearchQuery query, List<Hit> hits, PrintWriter out) {
        boolean bold = format.kind() == StoryOutput.Kind.table && context.setup().stdoutIsTerminal();
        int posWidth = String.valueOf(hits.size()).length();
        int idWidth = hits.stream().mapToInt(h -> DisplayWidth.of(h.ref().id())).max().orElse(2);
        for (int from = 0; from < hits.size(); from += BATCH) {
            List<Hit> batch = hits.subList(from, Math.min(hits.size(), from + BATCH));
            Snippet[] snippets = snippets(library, query, batch);
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < batch.size(); i++) {
                Hit hit = batch.get(i);
                String rank = String.valueOf(from + i + 1);
                Snippet snippet = snippets[i];
                if (format.kind() == StoryOutput.Kind.tsv) {
                    rows.append(rank).append('\t').append(hit.ref().id()).append('\t').append(hit.ref().title())
                            .append('\t').append(snippet == null ? "" : snippet.marked("[", "]"))
                            .append('\t').append(offsets(snippet)).append('\n');
                } else {
                    rows.append(" ".repeat(posWidth - rank.length())).append(rank).append("  ").append(hit.ref().id())
                            .append(" ".repeat(idWidth - DisplayWidth.of(hit.ref().id()))).append("  ")
                            .append(hit.ref().title()).append(System.lineSeparator());
                    if (snippet != null) {
                        rows.append(" ".repeat(posWidth + idWidth + 4))
                                .append(bold ? snippet.marked(BOLD, PLAIN) : snippet.marked("[", "]"))
                                .append(System.lineSeparator());
                    }
                }
            }
            out.append(rows);
        }
    }

    private static String offsets(Snippet snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (TextMatches.Range range : snippet.ranges()) {
            text.append(text.length() == 0 ? "" : ",").append(range.start()).append('-').append(range.end());
        }
        return text.toString();
    }

    private static void json(Library library, SearchQuery query, List<Hit> hits, PrintWriter out, boolean lines)
            throws IOException {
        try (JsonRows rows = new JsonRows(out, lines)) {
            for (int from = 0; from < hits.size(); from += BATCH) {
                List<Hit> batch = hits.subList(from, Math.min(hits.size(), from + BATCH));
                Snippet[] snippets = snippets(library, query, batch);
                for (int i = 0; i < batch.size(); i++) {
                    int rank = from + i + 1;
                    Hit hit = batch.get(i);
                    Snippet snippet = snippets[i];
                    rows.write(json -> hit(json, rank, hit, snippet));
                }
            }
        }
    }

    private static void hit(JsonGenerator json, int rank, Hit hit, Snippet snippet) throws IOException {
        json.writeNumberField("rank", rank);
        json.writeStringField("id", hit.ref().id());
        json.writeStringField("file", hit.ref().file());
        json.writeStringField("title", hit.ref().title());
        json.writeNumberField("score", Math.round(hit.score() * 1000) / 1000.0);
        if (snippet != null) {
            json.writeStringField("part", snippet.part().name().toLowerCase(Locale.ROOT));
            json.writeStringField("sentence", snippet.text());
            json.writeStringField("marked", snippet.marked("[", "]"));
            json.writeArrayFieldStart("matches");
            for (TextMatches.Range range : snippet.ranges()) {
                json.writeStartObject();
                json.writeNumberField("start", range.start());
                json.writeNumberField("end", range.end());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    /** The snippet of each hit, worked out in parallel; null where the story no longer holds the query. */
    private static Snippet[] snippets(Library library, SearchQuery query, List<Hit> hits) {
        Snippet[] snippets = new Snippet[hits.size()];
        IntStream.range(0, hits.size()).parallel()
                .forEach(i -> snippets[i] = Snippet.of(library.open(hits.get(i).ref()), query));
        return snippets;
    }
}
