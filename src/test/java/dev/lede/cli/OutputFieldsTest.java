package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --fields}, {@code --format template} and {@code --each} on list, search and export, in-process: every field
 * in every format, on a story whose title and front matter hold what breaks TSV and JSON (tabs, line breaks, quotes,
 * backslashes, escape sequences, emoji).
 */
class OutputFieldsTest {

    /** Title: a tab (cleaned to a space), quotes, backslashes, an emoji and an escape sequence (removed). */
    private static final String HOSTILE = """
            ---
            date: 2024-03-08T20:30:00Z
            feed: "bbc"
            url: "https://example.org/a?x=1&y=\\"2\\""
            author: "Ana\\tB\\nline two\\u2028three"
            tags: [world, "uk news"]
            ---
            Tab\there "quoted" \\ back\\slash \uD83D\uDCF0 \u001b[31mred
            The lede.
            Context: Some context.
            Romina Kuko, Socialist MP: “First quote.”
            Why it matters: More.
            Gazmend Bardhi: “Second quote.”
            """;
    private static final String TITLE = "Tab here \"quoted\" \\ back\\slash \uD83D\uDCF0 red";

    @TempDir
    Path home;

    private Path seeds;

    @BeforeEach
    void library() throws IOException {
        seeds = Files.createDirectories(home.resolve("seeds"));
        Files.writeString(seeds.resolve("001_a.txt"), HOSTILE);
        Path plain = Files.writeString(seeds.resolve("002_bb.txt"), "Second\nLede two.\n");
        Files.setLastModifiedTime(plain, FileTime.from(Instant.parse("2025-01-02T03:04:05.678Z")));
    }

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Setup setup = new Setup(home.resolve("cache"), "test", false, false).withFolders(home.resolve("data"),
                home.resolve("state"));
        int code = LedeCommandLine.of(new CommandContext(home, Map.of(), home.resolve("no-home"), setup,
                new PrintWriter(out), new PrintWriter(err))).execute(args);
        return new CliRun(code, out.toString().replace(home + "/", ""), err.toString().replaceAll(
                "lede: warning: \\S*001_a.txt:8: removed 1 terminal control character or escape sequence\n", ""));
    }

    private String ok(String... args) {
        CliRun run = run(args);
        assertEquals(0, run.code(), () -> String.join(" ", args) + ": " + run.err());
        assertEquals("", run.err(), String.join(" ", args));
        return run.out();
    }

    private String usage(String... args) {
        CliRun run = run(args);
        assertEquals(2, run.code(), () -> String.join(" ", args) + ": " + run.out() + run.err());
        assertEquals("", run.out());
        return run.err();
    }

    private static final String ALL = "position,id,file,folder,title,date,day,feed,url,author,tags,sections,read,"
            + "starred,lede";

    @Test
    void tsvHasEveryFieldInOrderOnOneLineWithoutTabsInside() {
        ok("mark", "star", "bb");
        assertEquals("1\ta\tseeds/001_a.txt\tseeds\t" + TITLE + "\t2024-03-08T20:30:00Z\t2024-03-08\tbbc\t"
                        + "https://example.org/a?x=1&y=\"2\"\tAna B line two three\tworld,uk news\t2\tfalse\tfalse\t"
                        + "The lede.\n"
                        + "2\tbb\tseeds/002_bb.txt\tseeds\tSecond\t2025-01-02T03:04:05Z\t2025-01-02\t\t\t\t\t0\tfalse\t"
                        + "true\tLede two.\n",
                ok("list", "--fields", ALL, "-f", "tsv"));
    }

    @Test
    void jsonHasExactTextArraysBooleansNumbersAndNulls() {
        ok("mark", "read", "a");
        assertEquals("""
                {"position":1,"id":"a","file":"seeds/001_a.txt","folder":"seeds","title":"%s",\
                "date":"2024-03-08T20:30:00Z","day":"2024-03-08","feed":"bbc","url":"https://example.org/a?x=1&y=\\"2\\"",\
                "author":"Ana B line two three","tags":["world","uk news"],"sections":2,"read":true,\
                "starred":false,"lede":"The lede."}
                {"position":2,"id":"bb","file":"seeds/002_bb.txt","folder":"seeds","title":"Second",\
                "date":"2025-01-02T03:04:05Z","day":"2025-01-02","feed":null,"url":null,"author":null,"tags":[],\
                "sections":0,"read":false,"starred":false,"lede":"Lede two."}
                """.formatted(TITLE.replace("\\", "\\\\").replace("\"", "\\\"")),
                ok("list", "--fields", ALL, "-f", "jsonl"));
        assertEquals("""
                [ {
                  "title" : "%s",
                  "tags" : [ "world", "uk news" ]
                }, {
                  "title" : "Second",
                  "tags" : [ ]
                } ]
                """.formatted(TITLE.replace("\\", "\\\\").replace("\"", "\\\"")),
                ok("list", "--fields", "title,tags", "-f", "json"));
    }

    @Test
    void aLineSeparatorInATitleOrATabInFrontMatterStaysInsideItsField() throws IOException {
        Files.writeString(seeds.resolve("003_c.txt"), "---\nfeed: \"a\\tb\"\ntags: [\"x\\ty\", \"u\\u2029v\"]\n---\n"
                + "One\u2028two\nLede.\n");
        assertEquals("3\tOne two\ta b\tx y,u v\n", ok("list", "--fields", "position,title,feed,tags", "-f", "tsv")
                .lines().filter(line -> line.startsWith("3\t")).findFirst().orElseThrow() + "\n");
        assertTrue(ok("list", "--fields", "title", "-f", "jsonl").contains("{\"title\":\"One\\u2028two\"}\n"));
        assertTrue(ok("list", "--template", "[{title}]\\n").contains("[One two]\n"));
    }

    @Test
    void theTablePadsByDisplayWidthNumbersToTheRightAndLeavesTheLastColumn() {
        String n = System.lineSeparator();
        int width = TITLE.length(); // the emoji takes two cells and two chars
        assertEquals("TITLE" + " ".repeat(width - 5) + "  SECTIONS  FEED" + n
                        + TITLE + "         2  bbc" + n
                        + "Second" + " ".repeat(width - 6) + "         0" + n,
                ok("list", "--fields", "title,sections,feed"));
        assertEquals("POSITION  ID  DAY" + n + "       1  a   2024-03-08" + n + "       2  bb  2025-01-02" + n,
                ok("list", "--fields", "position,id,day", "-f", "table"));
    }

    @Test
    void aTemplateWritesEachRecordAsGivenWithCleanValues() {
        assertEquals("2024-03-08 bbc: " + TITLE + "\n2025-01-02 : Second\n",
                ok("list", "--format", "template", "--template", "{day} {feed}: {title}\\n"));
        assertEquals("[Ana B line two three]{a}\t[]{bb}\t", ok("list", "--template", "[{author}]{{{id}}}\\t"));
        assertEquals("", ok("list", "--template", ""));
    }

    @Test
    void eachQuoteAndEachSectionAreRecordsWithTheStorysFields() {
        assertEquals("a\t1\tRomina Kuko\tSocialist MP\tFirst quote.\na\t2\tGazmend Bardhi\t\tSecond quote.\n",
                ok("list", "--each", "quote", "-f", "tsv"));
        assertEquals("bbc|Context|Romina Kuko|1\nbbc|Why it matters|Gazmend Bardhi|1\n",
                ok("list", "--each", "quote", "--template", "{feed}|{heading}|{speaker}|{position}\\n"));
        assertEquals("""
                {"id":"a","section":1,"heading":"Context","text":"Some context. First quote."}
                {"id":"a","section":2,"heading":"Why it matters","text":"More. Second quote."}
                """, ok("list", "--each", "section", "-f", "jsonl"));
    }

    @Test
    void searchHasRankAndScore() {
        String out = ok("search", "quote", "--fields", "rank,id,score,speaker", "--each", "quote", "-f", "tsv");
        assertTrue(out.matches("1\ta\t\\d+\\.\\d+\tRomina Kuko\n1\ta\t\\d+\\.\\d+\tGazmend Bardhi\n"), out);
        assertEquals("1 a\n", ok("search", "context", "--template", "{rank} {id}\\n"));
        assertTrue(usage("search", "lede", "--fields", "position").contains("search numbers its hits with 'rank'"));
    }

    @Test
    void exportWritesATemplateToStdoutAFileOrOneTxtFilePerStory() throws IOException {
        String template = "{position} {id} {title}\\n";
        assertEquals("1 a " + TITLE + "\n2 bb Second\n", ok("export", "--format", "template", "--template", template));
        assertEquals("Romina Kuko\nGazmend Bardhi\n", ok("export", "--each", "quote", "--template", "{speaker}\\n"));
        Path file = home.resolve("all.txt");
        ok("export", "--template", template, "--output", file.toString());
        assertEquals("1 a " + TITLE + "\n2 bb Second\n", Files.readString(file));
        Path dir = home.resolve("out");
        ok("export", "--template", "{title}", "--output-dir", dir.toString());
        assertEquals(TITLE, Files.readString(dir.resolve("a.txt")));
        assertEquals("Second", Files.readString(dir.resolve("bb.txt")));
        assertTrue(usage("export", "--template", "{id}", "--output-dir", dir.toString())
                .contains("already exists (and 1 more); use --force to overwrite"));
        assertEquals(TITLE, Files.readString(dir.resolve("a.txt")));
        ok("export", "--template", "{id}", "--output-dir", dir.toString(), "--force");
        assertEquals("a", Files.readString(dir.resolve("a.txt")));
    }

    @Test
    void aClosedPipeDuringEachIsExit141WithoutAMessage() throws IOException {
        String quote = "Ana, MP: “" + "Words that fill the quote up to about half a kilobyte. ".repeat(9) + "”\n";
        for (int i = 0; i < 2000; i++) {
            Files.writeString(seeds.resolve(String.format("1%04d_q%d.txt", i, i)), "Story " + i + "\nLede.\n" + quote);
        }
        OutputFaultsTest.FailingStream pipe = new OutputFaultsTest.FailingStream(1000, "Broken pipe");
        StringWriter err = new StringWriter();
        int code = LedeCommandLine.of(new CommandContext(home, Map.of(), home.resolve("no-home"), Setup.NONE,
                Stdout.of(pipe), new PrintWriter(err))).execute("list", "--each", "quote", "-f", "tsv");
        assertEquals(ExitCode.CLOSED_PIPE, code, err::toString);
        assertEquals("", err.toString().replaceAll("lede: warning: \\S*001_a.txt:8: removed .*\n", ""));
    }

    @Test
    void mistakesAreOneLineAndExitTwo() {
        assertEquals("lede: error: --fields: unknown field 'titel' (did you mean 'title'?)\n",
                usage("list", "--fields", "id,titel"));
        assertEquals("lede: error: --template: column 7: unknown field 'feeed' (did you mean 'feed'?)\n",
                usage("list", "--template", "{day} {feeed}"));
        assertEquals("lede: error: --template: column 5: '{' is not closed (write {{ for a brace)\n",
                usage("export", "--template", "{id}{title"));
        assertEquals("lede: error: --template: column 1: 'speaker' needs --each quote\n",
                usage("list", "--template", "{speaker}"));
        assertEquals("lede: error: --format template needs --template TEXT\n", usage("list", "-f", "template"));
        assertEquals("lede: error: --template needs --format template, not tsv\n",
                usage("list", "-f", "tsv", "--template", "{id}"));
        assertEquals("lede: error: --fields is for table, tsv, json and jsonl; a template names its own fields\n",
                usage("list", "--fields", "id", "--template", "{id}"));
        assertEquals("lede: error: --each needs --format template, not json\n",
                usage("export", "-f", "json", "--each", "quote"));
        assertEquals("lede: error: --template needs --format template, not markdown\n",
                usage("export", "-f", "markdown", "--template", "{id}"));
        assertTrue(usage("list", "--each", "paragraph").contains("use quote or section, not 'paragraph'"));
    }
}
