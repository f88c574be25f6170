package dev.lede.cli;

import static dev.lede.feeds.FakeFeedSource.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.feeds.FakeFeedSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feeds commands and {@code lede fetch}, in-process, with feeds served by a fake. */
class FeedsCommandTest {

    @TempDir
    Path dir;

    private final FakeFeedSource source = new FakeFeedSource();

    @BeforeEach
    void seeds() throws IOException {
        Files.createDirectories(dir.resolve("home/seeds"));
        Files.writeString(dir.resolve("home/seeds/000_seed.txt"), "The seed\nIts lede.\n");
    }

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandContext context = new CommandContext(dir.resolve("home"),
                Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString()), dir.resolve("user"),
                Setup.NONE.withFolders(dir.resolve("data"), dir.resolve("state")), new PrintWriter(out),
                new PrintWriter(err));
        context.feedSource(() -> source);
        int code = LedeCommandLine.of(context, args).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static void assertRun(int code, String out, String err, CliRun run) {
        assertEquals(List.of(code, out, err), List.of(run.code(), run.out(), run.err()));
    }

    @Test
    void addListAndRemoveAFeed() throws IOException {
        assertRun(0, "added example.com (https://www.example.com/rss); 'lede fetch example.com' fetches it\n", "",
                run("feeds", "add", "https://www.example.com/rss", "--tag", "news,world", "--tag", "news"));
        assertEquals("example.com:\n  url: https://www.example.com/rss\n  tags: [news, world]\n",
                Files.readString(dir.resolve("config/lede/feeds.yml")).replace(
                        dev.lede.feeds.SubscriptionStore.class.getName(), "").lines()
                        .filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n"));
        assertRun(0, "added mine (https://b.example/feed); 'lede fetch mine' fetches it\n", "",
                run("feeds", "add", "https://b.example/feed", "--name", "mine"));
        assertRun(0, String.join("\n", "NAME         LAST FETCH          NEW  URL",
                "example.com  never                 0  https://www.example.com/rss",
                "mine         never                 0  https://b.example/feed", ""),
                "", run("feeds", "list"));
        assertRun(0, "example.com\thttps://www.example.com/rss\t\t0\t\tnews,world\n"
                + "mine\thttps://b.example/feed\t\t0\t\t\n", "", run("feeds", "list", "-f", "tsv"));
        assertRun(0, "removed mine; its stories stay in " + dir.resolve("data/feeds/mine") + "\n", "",
                run("feeds", "remove", "mine"));
        assertEquals(1, run("feeds", "list", "-f", "tsv").out().lines().count());
    }

    @Test
    void mistakesAreOneLineWithTheRightExitCode() {
        run("feeds", "add", "https://a.example/rss", "--name", "a");
        assertRun(2, "", "lede: error: already subscribed to https://a.example/rss as a\n",
                run("feeds", "add", "https://a.example/rss"));
        assertRun(2, "", "lede: error: a feed named 'a' exists already; choose another name with --name\n",
                run("feeds", "add", "https://b.example/rss", "--name", "A"));
        assertRun(2, "", "lede: error: not an http or https URL: 'file:///etc/passwd'\n",
                run("feeds", "add", "file:///etc/passwd"));
        assertRun(2, "", "lede: error: feed name '../up' is not allowed: use at most 64 letters, digits, '.', "
                + "'_' and '-', starting with a letter or a digit\n",
                run("feeds", "add", "https://c.example/", "--name", "../up"));
        assertRun(2, "", "lede: error: no feed named 'b' (feeds: a)\n", run("feeds", "remove", "b"));
        assertRun(2, "", "lede: error: no feed named 'zz' (feeds: a)\n", run("fetch", "zz"));
        assertRun(2, "", "lede: error: cannot import " + dir.resolve("none.opml") + ": no such file\n",
                run("feeds", "import", dir.resolve("none.opml").toString()));
    }

    @Test
    void aFeedsFileThatCannotBeReadIsExitCode4AndLeftAlone() throws IOException {
        Files.createDirectories(dir.resolve("config/lede"));
        Files.writeString(dir.resolve("config/lede/feeds.yml"), "a: [\n");
        CliRun run = run("feeds", "add", "https://a.example/");
        assertEquals(4, run.code());
        assertTrue(run.err().startsWith("lede: error: " + dir.resolve("config/lede/feeds.yml") + ":"), run.err());
        assertEquals("a: [\n", Files.readString(dir.resolve("config/lede/feeds.yml")));
        assertEquals(4, run("fetch").code());
    }

    @Test
    void feedsOnOneHostAddedWithoutANameGetTheHostThenAFreeNameNoneOverwritten() throws IOException {
        assertRun(0, "added example.com (https://example.com/a.xml); 'lede fetch example.com' fetches it\n", "",
                run("feeds", "add", "https://example.com/a.xml"));
        assertRun(0, "added example.com-2 (https://www.example.com/b.xml); 'lede fetch example.com-2' fetches it\n",
                "", run("feeds", "add", "https://www.example.com/b.xml"));
        run("feeds", "add", "https://c.example/feed", "--name", "example.com-3");
        assertRun(0, "added example.com-4 (http://EXAMPLE.com/c.xml); 'lede fetch example.com-4' fetches it\n", "",
                run("feeds", "add", "http://EXAMPLE.com/c.xml"));
        assertRun(0, "example.com\thttps://example.com/a.xml\t\t0\t\t\n"
                + "example.com-2\thttps://www.example.com/b.xml\t\t0\t\t\n"
                + "example.com-3\thttps://c.example/feed\t\t0\t\t\n"
                + "example.com-4\thttp://EXAMPLE.com/c.xml\t\t0\t\t\n", "", run("feeds", "list", "-f", "tsv"));
    }

    @Test
    void fetchPrintsALinePerFeedThatChangedOrFailedAndATotal() throws IOException {
        run("feeds", "add", "https://a.example/rss", "--name", "a");
        run("feeds", "add", "https://b.example/rss", "--name", "b");
        run("feeds", "add", "https://quiet.example/rss", "--name", "quiet");
        source.serve("https://a.example/rss", entry("1", null, "One", null, "x"), entry("2", null, "Two", null, "y"));
        source.serve("https://quiet.example/rss");
        assertRun(5, "a: 2 new\nb: failed: HTTP 404 Not Found\n2 new stories from 2 feeds, 1 feed failed\n", "",
                run("fetch"));
        source.serve("https://b.example/rss", entry("3", null, "Three", null, "z"));
        assertRun(0, "b: 1 new\n1 new story from 3 feeds\n", "", run("fetch"));
        assertRun(0, "0 new stories from 1 feed\n", "", run("fetch", "a"));
        CliRun list = run("feeds", "list", "-f", "tsv");
        assertTrue(list.out().lines().allMatch(l -> l.split("\t", -1)[2].startsWith("20")), list.out());
    }

    @Test
    void fetchWithNoFeedsSaysHowToAddOne() {
        assertRun(0, "", "lede: no feeds yet; 'lede feeds add URL' subscribes to one\n", run("fetch"));
    }

    @Test
    void aMovedFeedIsSaidAndItsSubscriptionUpdated() throws IOException {
        run("feeds", "add", "http://old.example/rss", "--name", "a");
        source.serve("https://new.example/rss", entry("1", null, "One", null, "x"));
        source.moves.put(java.net.URI.create("http://old.example/rss"), java.net.URI.create("https://new.example/rss"));
        assertRun(0, "a: 1 new, moved permanently to https://new.example/rss (feeds.yml updated)\n"
                + "1 new story from 1 feed\n", "", run("fetch"));
        assertTrue(run("feeds", "list", "-f", "tsv").out().startsWith("a\thttps://new.example/rss\t"));
    }

    @Test
    void fetchedStoriesJoinTheDefaultLibraryAfterTheSeeds() {
        assertRun(0, "1\tseed\tThe seed\t0\n", "", run("list", "-f", "tsv"));
        run("feeds", "add", "https://a.example/rss", "--name", "a");
        run("feeds", "add", "https://b.example/rss", "--name", "b");
        source.serve("https://a.example/rss", entry("1", null, "Later", "2026-11-30T10:00:00Z", "x"));
        source.serve("https://b.example/rss", entry("2", null, "Earlier", "2026-11-29T10:00:00Z", "y"));
        run("fetch");
        List<String> titles = run("list", "-f", "tsv").out().lines().map(l -> l.split("\t")[2]).toList();
        assertEquals(List.of("The seed", "Earlier", "Later"), titles, "file order: oldest first, across feeds");
        assertRun(0, "1\tseed\tThe seed\t0\n", "", run("list", "-f", "tsv", dir.resolve("home/seeds").toString()));
    }

    @Test
    void storyFileNamesAreNamesOutputDirWouldKeep() throws IOException {
        run("feeds", "add", "https://a.example/rss", "--name", "a");
        source.serve("https://a.example/rss", entry("1", null, "../../etc/passwd", null, "x"),
                entry("2", null, "CON", null, "x"), entry("3", null, "-rf *", null, "x"),
                entry("4", null, "\u001b[31mred\u202e", null, "x"), entry("5", null, "x".repeat(300), null, "x"),
                entry("6", null, null, null, "x"), entry("7", null, "\u65e5\u672c", null, "x"),
                entry("8", null, "U.S. .. news.", null, "x"));
        run("fetch");
        List<String> names;
        try (Stream<Path> files = Files.list(dir.resolve("data/feeds/a"))) {
            names = files.map(f -> f.getFileName().toString()).toList();
        }
        assertEquals(8, names.size());
        for (String name : names) {
            String base = name.substring(0, name.length() - ".txt".length());
            assertEquals(name, ExportCommand.uniqueName(base, "txt", new HashSet<>()), name);
            assertTrue(name.matches("[0-9]{14}_[a-z0-9.-]*[0-9a-f]{12}\\.txt"), name);
        }
    }

    @Test
    void importAndExportOpmlKeepFoldersAsTags() throws IOException {
        Path opml = Files.writeString(dir.resolve("in.opml"), """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>x</title></head><body>
                <outline text="Ars Technica" xmlUrl="https://feeds.arstechnica.com/arstechnica/index"/>
                <outline text="Same again" xmlUrl="https://feeds.arstechnica.com/arstechnica/index"/>
                <outline text="Bad" xmlUrl="ftp://x/feed"/>
                </body></opml>
                """);
        CliRun imported = run("feeds", "import", opml.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals("imported 1 feed (1 already subscribed)\n", imported.out());
        assertEquals("lede: warning: skipped ftp://x/feed: not an http or https URL: 'ftp://x/feed'\n",
                imported.err());
        assertEquals("imported 0 feeds (2 already subscribed)\n", run("feeds", "import", opml.toString()).out());
        run("feeds", "add", "https://lwn.net/rss", "--tag", "linux");
        CliRun exported = run("feeds", "export");
        assertEquals(0, exported.code());
        assertTrue(exported.out().contains("https://feeds.arstechnica.com/arstechnica/index"), exported.out());
        assertTrue(exported.out().contains("lwn.net"), exported.out());
        Files.writeString(dir.resolve("not.opml"), "<html>hi</html>");
        CliRun bad = run("feeds", "import", dir.resolve("not.opml").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("lede: error: cannot import " + dir.resolve("not.opml") + ": "), bad.err());
    }
}
