package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The selection of {@code list}, {@code search}, {@code export} and {@code mark --all}, in-process on a library of
 * seeds and two feeds' folders with front matter, a subscription with no story yet, and a clock fixed at
 * 2026-11-10 12:00 UTC. Each test asserts the ids chosen, in order.
 */
class SelectionTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-10T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private Path seeds;
    private Path bbc;
    private Path nyt;
    private boolean terminal;

    /*
     * id      feed  time                  tags              title
     * plain   -     2026-11-01 (mtime)    -                 Plain note
     * essay   -     2026-10-01            culture           Old essay
     * b1      bbc   2026-11-09T10:00Z     Politics, world   Vote in Tirana
     * b2      bbc   2026-11-02            sport             Cup final
     * b3      bbc   2026-11-10T08:00Z     world             Floods in the valley
     * n1      nyt   2026-11-09T12:00Z     politics          Budget vote delayed
     * n2      nyt   2026-10-20 (fetched)  -                 Harvest festival
     */
    @BeforeEach
    void library() throws IOException {
        seeds = Files.createDirectories(home.resolve("seeds"));
        bbc = Files.createDirectories(home.resolve("data/feeds/bbc"));
        nyt = Files.createDirectories(home.resolve("data/feeds/nyt"));
        Path plain = Files.writeString(seeds.resolve("001_plain.txt"), "Plain note\nNo front matter at all.\n");
        Files.setLastModifiedTime(plain, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
        story(seeds, "002_essay.txt", null, "2026-10-01", "[culture]", "Old essay", "On letters.");
        story(bbc, "003_b1.txt", "bbc", "2026-11-09T10:00:00Z", "[Politics, world]", "Vote in Tirana",
                "Parliament votes on the budget.");
        story(bbc, "004_b2.txt", "bbc", "2026-11-02", "sport", "Cup final", "A late goal.");
        story(bbc, "005_b3.txt", "bbc", "Tue, 10 Nov 2026 08:00:00 GMT", "[world]", "Floods in the valley",
                "Rivers rise.");
        story(nyt, "006_n1.txt", "nyt", "2026-11-09T12:00:00Z", "[politics]", "Budget vote delayed",
                "The council waits.");
        Files.writeString(nyt.resolve("007_n2.txt"), "---\nfeed: \"nyt\"\nfetched: \"2026-10-20T00:00:00Z\"\n---\n"
                + "Harvest festival\nApples everywhere.\n");
        Files.createDirectories(home.resolve("config/lede"));
        Files.writeString(home.resolve("config/lede/feeds.yml"), """
                bbc:
                  url: https://bbc.example/rss
                nyt:
                  url: https://nyt.example/rss
                guardian:
                  url: https://guardian.example/rss
                """);
    }

    private static void story(Path dir, String name, String feed, String date, String tags, String title,
                              String lede) throws IOException {
        Files.writeString(dir.resolve(name), "---\n" + (feed == null ? "" : "feed: \"" + feed + "\"\n")
                + "date: \"" + date + "\"\ntags: " + tags + "\n---\n" + title + "\n" + lede + "\n");
    }

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Setup setup = new Setup(home.resolve("cache"), "test", false, terminal).withFolders(home.resolve("data"),
                home.resolve("state"));
        CommandContext context = new CommandContext(home, Map.of("XDG_CONFIG_HOME", home.resolve("config").toString()),
                home.resolve("no-home"), setup, new PrintWriter(out), new PrintWriter(err));
        context.clock(NOW);
        int code = LedeCommandLine.of(context).execute(args);
        return new CliRun(code, out.toString(), err.toString().replace(System.lineSeparator(), "\n"));
    }

    /** The ids {@code list} gives for these options, in order (it fails on any exit code but 0 or any stderr). */
    private List<String> ids(String... options) {
        List<String> args = new ArrayList<>(List.of("list", "-f", "tsv"));
        args.addAll(Arrays.asList(options));
        CliRun run = run(args.toArray(String[]::new));
        assertEquals(new CliRun(0, run.out(), ""), run, String.join(" ", options));
        return run.out().lines().map(line -> line.split("\t")[1]).toList();
    }

    private void usage(String message, String... args) {
        assertEquals(new CliRun(2, "", "lede: error: " + message + "\n"), run(args), String.join(" ", args));
    }

    private static List<String> list(String... ids) {
        return List.of(ids);
    }

    @Test
    void withoutOptionsEveryStoryInFileNameOrder() {
        assertEquals(list("plain", "essay", "b1", "b2", "b3", "n1", "n2"), ids());
    }

    @Test
    void feedTakesItsStoriesIgnoringCaseAndRepeatedTakesAnyOfThem() {
        assertEquals(list("b1", "b2", "b3"), ids("--feed", "bbc"));
        assertEquals(list("n1", "n2"), ids("--feed", "NYT"));
        assertEquals(list("b1", "b2", "b3", "n1", "n2"), ids("--feed", "nyt", "--feed", "Bbc"));
    }

    @Test
    void aSubscribedFeedWithNoStoryYetSelectsNothingAndThatIsNoError() {
        assertEquals(list(), ids("--feed", "guardian"));
        assertEquals(list("b1", "b2", "b3"), ids("--feed", "guardian", "--feed", "bbc"));
    }

    @Test
    void folderIsALibraryFolderByPathOrByLastName() {
        assertEquals(list("b1", "b2", "b3"), ids("--folder", "bbc"));
        assertEquals(list("b1", "b2", "b3"), ids("--folder", "bbc/"));
        assertEquals(list("plain", "essay", "n1", "n2"), ids("--folder", "seeds", "--folder", nyt.toString()));
        assertEquals(list("n1", "n2"), ids("--folder", bbc.resolve("../nyt/.").toString()));
        assertEquals(list("b1", "b2", "b3"), ids("--folder", "bbc", bbc.toString()), "DIR given: its last name too");
    }

    @Test
    void tagTakesTheStoriesWithThatTagIgnoringCaseAndRepeatedAnyOfThem() {
        assertEquals(list("b1", "n1"), ids("--tag", "politics"));
        assertEquals(list("b1", "b3"), ids("--tag", "WORLD"));
        assertEquals(list("essay", "b2"), ids("--tag", "sport", "--tag", "Culture"), "one tag written as a string");
    }

    @Test
    void sinceIsFromThatMomentOnAndUntilIsBeforeIt() {
        assertEquals(list("b1", "b3", "n1"), ids("--since", "2026-11-09"));
        assertEquals(list("b3", "n1"), ids("--since", "2026-11-09T12:00Z"), "since takes its own moment");
        assertEquals(list("essay", "n2"), ids("--until", "2026-11-01"), "until leaves its own moment out");
        assertEquals(list("plain", "b2"), ids("--since", "2026-11-01", "--until", "2026-11-09"));
        assertEquals(list("b1", "b3", "n1"), ids("--since", "2d"));
        assertEquals(list("b3"), ids("--since", "today"));
        assertEquals(list("b1", "n1"), ids("--since", "yesterday", "--until", "today"));
        assertEquals(list("b3"), ids("--since", "4h"));
        assertEquals(list(), ids("--since", "now"));
        assertEquals(list(), ids("--since", "2026-11-05", "--until", "2026-11-05"), "an empty span is no error");
    }

    @Test
    void unreadAndStarredTakeTheStoriesByTheirReadingState() {
        assertEquals(0, run("mark", "read", "b1", "n2").code());
        assertEquals(0, run("mark", "star", "b1", "b3").code());
        assertEquals(list("plain", "essay", "b2", "b3", "n1"), ids("--unread"));
        assertEquals(list("b1", "b3"), ids("--starred"));
        assertEquals(list("b3"), ids("--unread", "--starred"));
    }

    @Test
    void queryTakesTheStoriesTheSearchEngineFinds() {
        assertEquals(list("b1", "n1"), ids("--query", "budget"));
        assertEquals(list("n1"), ids("--query", "\"budget vote\""));
        assertEquals(list("b1"), ids("--query", "budget", "--feed", "bbc"));
        assertEquals(list(), ids("--query", "snow"));
    }

    @Test
    void sortOrdersByFileTitleDateOrFeedAndReverseTurnsItRound() {
        assertEquals(list("n1", "b2", "b3", "n2", "essay", "plain", "b1"), ids("--sort", "title"));
        assertEquals(list("b3", "n1", "b1", "b2", "plain", "n2", "essay"), ids("--sort", "date"));
        assertEquals(list("b3", "b1", "b2", "n1", "n2", "plain", "essay"), ids("-s", "FEED"));
        assertEquals(list("n2", "n1", "b3", "b2", "b1", "essay", "plain"), ids("--reverse"));
        assertEquals(list("essay", "n2", "plain", "b2", "b1", "n1", "b3"), ids("--sort", "date", "--reverse"));
    }

    @Test
    void sortFallsBackToThePreferencesOnListOnly() throws IOException {
        Files.writeString(home.resolve("config/lede/config.yml"), "list:\n  sort: title\n");
        assertEquals(list("n1", "b2", "b3", "n2", "essay", "plain", "b1"), ids());
        assertEquals(list("plain", "essay", "b1", "b2", "b3", "n1", "n2"), ids("--sort", "file"));
        assertEquals("b1\nb2\n", run("export", "-f", "jsonl", "--feed", "bbc", "--limit", "2").out()
                .lines().map(line -> line.substring(7, 9) + "\n").reduce("", String::concat));
    }

    @Test
    void limitTakesTheFirstNAfterSorting() {
        assertEquals(list("plain", "essay"), ids("--limit", "2"));
        assertEquals(list("b3", "n1"), ids("--sort", "date", "-n", "2"));
        assertEquals(list("essay"), ids("--sort", "date", "--reverse", "--limit", "1"));
        assertEquals(list("n1", "n2"), ids("--feed", "nyt", "--limit", "100"));
    }

    /** The combinations that matter to a script: each of feed, since and unread on and off, against the same state. */
    @Test
    void feedSinceAndUnreadCombineWithAnd() {
        assertEquals(0, run("mark", "read", "b1", "n1").code());
        String[] feed = {"--feed", "bbc"};
        String[] since = {"--since", "2026-11-05"};
        String[] unread = {"--unread"};
        assertEquals(list("plain", "essay", "b1", "b2", "b3", "n1", "n2"), ids());
        assertEquals(list("b1", "b2", "b3"), ids(feed));
        assertEquals(list("b1", "b3", "n1"), ids(since));
        assertEquals(list("plain", "essay", "b2", "b3", "n2"), ids(unread));
        assertEquals(list("b1", "b3"), ids(join(feed, since)));
        assertEquals(list("b2", "b3"), ids(join(feed, unread)));
        assertEquals(list("b3"), ids(join(since, unread)));
        assertEquals(list("b3"), ids(join(feed, since, unread)));
        assertEquals(list("n2"), ids("--feed", "bbc", "--feed", "nyt", "--unread", "--since", "2026-10-15",
                "--until", "2026-11-02"), "the values of one option are any of them, the options all of them");
    }

    private static String[] join(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }

    @Test
    void searchKeepsItsRankingWithinTheSelectionAndSortsOnlyWhenAsked() {
        CliRun all = run("search", "-f", "tsv", "budget");
        assertEquals(list("n1", "b1"), ids(all), "the title match ranks first");
        assertEquals(list("b1"), ids(run("search", "-f", "tsv", "budget", "--feed", "bbc")));
        assertEquals(list("b1", "n1"), ids(run("search", "-f", "tsv", "budget", "--sort", "file")));
        assertEquals(list("b1", "n1"), ids(run("search", "-f", "tsv", "budget", "--reverse")));
        assertEquals(list("n1"), ids(run("search", "-f", "tsv", "budget", "-n", "1")));
        assertEquals(list("n1"), ids(run("search", "-f", "tsv", "budget", "--query", "council")), "AND its QUERY");
        assertEquals(list("b1"), ids(run("search", "-f", "tsv", "budget", "--since", "2026-11-09",
                "--until", "2026-11-09T11:00")));
    }

    private static List<String> ids(CliRun run) {
        assertEquals(0, run.code(), run.err());
        return run.out().lines().map(line -> line.split("\t")[1]).toList();
    }

    @Test
    void exportTakesTheSelectionToStdoutAFileOrAFolder() throws IOException {
        CliRun jsonl = run("export", "-f", "jsonl", "--feed", "bbc", "--since", "2026-11-05", "--sort", "date");
        assertEquals(0, jsonl.code(), jsonl.err());
        assertEquals(list("b3", "b1"), jsonl.out().lines().map(l -> l.substring(7, 9)).toList());
        Path out = home.resolve("out");
        assertEquals(0, run("export", "-f", "markdown", "--tag", "politics", "--output-dir", out.toString()).code());
        try (var files = Files.list(out)) {
            assertEquals(list("b1.md", "n1.md"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(0, run("export", "-f", "text", "--query", "festival", "-o", home.resolve("one.txt").toString())
                .code());
        assertEquals("Harvest festival", Files.readString(home.resolve("one.txt")).lines().findFirst().orElseThrow());
    }

    @Test
    void markAllMarksTheSelection() {
        assertEquals(new CliRun(0, "3 stories marked read\n", ""), run("mark", "read", "--all", "--feed", "bbc"));
        assertEquals(new CliRun(0, "1 story starred\n", ""),
                run("mark", "star", "--all", "--unread", "--since", "2026-11-09"));
        assertEquals(list("n1"), ids("--starred"));
        assertEquals(new CliRun(0, "2 stories marked unread\n", ""),
                run("mark", "unread", "--all", "--sort", "date", "--limit", "2"));
        assertEquals(list("plain", "essay", "b3", "n1", "n2"), ids("--unread"));
        usage("--feed chooses the stories of --all", "mark", "read", "b1", "--feed", "bbc");
        usage("--limit chooses the stories of --all", "mark", "read", "b1", "-n", "1");
    }

    @Test
    void anEmptySelectionPrintsNothingOrAnEmptyArrayAndSaysSoOnlyOnATerminal() throws IOException {
        String[] none = {"--feed", "guardian"};
        assertEquals(new CliRun(0, "", ""), run(join(new String[] {"list"}, none)));
        assertEquals(new CliRun(0, "", ""), run(join(new String[] {"list", "-f", "jsonl"}, none)));
        assertEquals(new CliRun(0, "[ ]\n", ""), run(join(new String[] {"list", "-f", "json"}, none)));
        assertEquals(new CliRun(0, "[]\n", ""), run(join(new String[] {"export", "-f", "json"}, none)));
        for (String format : List.of("jsonl", "markdown", "html", "text")) {
            assertEquals(new CliRun(0, "", ""), run(join(new String[] {"export", "-f", format}, none)), format);
        }
        Path digest = Files.writeString(home.resolve("digest.html"), "yesterday's digest");
        assertEquals(0, run(join(new String[] {"export", "-f", "html", "--force", "-o", digest.toString()}, none))
                .code());
        assertEquals("", Files.readString(digest), "an empty digest, never yesterday's");
        assertEquals(new CliRun(0, "0 stories marked read\n", ""), run(join(new String[] {"mark", "read", "--all"},
                none)));
        terminal = true;
        assertEquals(new CliRun(0, "", "lede: no story matches the selection\n"),
                run(join(new String[] {"list"}, none)));
        assertEquals(new CliRun(0, "[]\n", "lede: no story matches the selection\n"),
                run(join(new String[] {"export"}, none)));
    }

    @Test
    void anUnknownFeedTagOrFolderIsAUsageErrorNamingTheNearestKnownOnes() {
        usage("--feed: no feed named 'bcc' (feeds: bbc, nyt, guardian)", "list", "--feed", "bbc", "--feed", "bcc");
        usage("--tag: no story is tagged 'polotics' (tags: Politics, culture, sport, world)", "list", "--tag",
                "polotics");
        usage("--folder: 'bbd' is not a folder of the library (folders: " + bbc + ", " + nyt + ", " + seeds + ")",
                "list", "--folder", "bbd");
        usage("--folder: 'seeds/x' is not a folder of the library (folders: " + bbc + ", " + nyt + ", " + seeds
                + ")", "export", "--folder", "seeds/x");
        usage("--folder: '' is not a folder of the library (folders: " + bbc + ", " + nyt + ", " + seeds + ")",
                "mark", "read", "--all", "--folder", "");
    }

    @Test
    void feedsYmlIsReadOnlyForAFeedTheLibraryDoesNotHave() throws IOException {
        Files.writeString(home.resolve("config/lede/feeds.yml"), "a: [\n");
        assertEquals(list("b1", "b2", "b3"), ids("--feed", "bbc"));
        CliRun unknown = run("list", "--feed", "guardian");
        assertEquals(4, unknown.code(), unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void feedsAndTagsOfferAtMostFiveNamesAndSayWhenThereAreNone() throws IOException {
        for (int i = 0; i < 8; i++) {
            story(bbc, "01" + i + "_t" + i + ".txt", "bbc", "2026-11-01", "[tag" + i + "]", "Tagged " + i, "Lede.");
        }
        usage("--tag: no story is tagged 'tag' (tags: tag0, tag1, tag2, tag3, tag4, …)", "list", "--tag", "tag");
        Path bare = Files.createDirectories(home.resolve("bare"));
        Files.writeString(bare.resolve("001_x.txt"), "Untagged\nLede.\n");
        usage("--tag: no story is tagged 'x' (no story of the library has a tag)", "list", "--tag", "x",
                bare.toString());
        usage("--feed: no feed named 'x' (feeds: bbc, nyt, guardian)", "list", "--feed", "x", bare.toString());
    }

    @Test
    void aBadDateALimitBelowOneOrSinceAfterUntilIsAUsageError() {
        usage("--since: cannot read the date 'last week' (use 2026-11-01, yesterday, 7d or 12h)",
                "list", "--since", "last week");
        usage("--until: cannot read the date '2026-02-30' (use 2026-11-01, yesterday, 7d or 12h)",
                "search", "vote", "--until", "2026-02-30");
        usage("--since 2026-11-09 is later than --until 2026-11-01", "export", "--since", "2026-11-09",
                "--until", "2026-11-01");
        usage("--limit must be at least 1, not 0", "list", "--limit", "0");
        usage("--limit must be at least 1, not -3", "search", "vote", "-n", "-3");
        usage("--query holds no word to search for", "export", "--query", "!?");
        CliRun sort = run("list", "--sort", "newest");
        assertEquals(2, sort.code());
        assertEquals("lede: error: invalid value for option '--sort': unknown order 'newest' (use file, title, date or"
                + " feed); see 'lede list --help'\n", sort.err());
    }

    @Test
    void hostileValuesComeBackEscapedOnOneLine() {
        for (String option : List.of("--feed", "--tag", "--folder", "--since", "--until")) {
            CliRun run = run("list", option, "\u001b]2;owned\u0007\nlede: error: forged");
            assertEquals(2, run.code(), option);
            assertEquals(1, run.err().lines().count(), run.err());
            assertFalse(run.err().contains("\u001b"), run.err());
        }
        CliRun huge = run("list", "--feed", "x".repeat(1 << 20));
        assertEquals(2, huge.code());
        assertEquals(1, huge.err().lines().count());
    }
}
