package dev.lede.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.feedfile.BriefSource;
import dev.lede.feedfile.BriefWriter;
import dev.lede.feedfile.FeedEntry;
import dev.lede.feedfile.FeedException;
import dev.lede.feedfile.FeedParser;
import dev.lede.feedfile.ParsedFeed;
import dev.lede.fetch.FetchRequest;
import dev.lede.fetch.FetchResult;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The briefs {@code lede fetch} writes for the first {@value #ITEMS} items of every real feed under
 * src/test/resources/feeds/, byte for byte as in {@code golden/<fixture>/}: a {@link FeedSync} with the real parser
 * and writer, served the fixture's bytes from {@code https://feeds.example/dir/<fixture>}, at a fixed time, into a
 * feed named after the fixture. Beside the stories, {@value #REPORT} holds what the fetch said of the feed. A fixture
 * without its golden folder fails, and so does a golden folder without its fixture. {@code -Dgolden.update=true}
 * rewrites the golden folders instead (then read them in the reader, {@code ./lede golden/<fixture>}, and the diff).
 */
class FeedGoldenTest {

    static final Path FEEDS = Path.of("src/test/resources/feeds");
    static final Path GOLDEN = FEEDS.resolve("golden");
    static final int ITEMS = 8;
    static final String REPORT = "fetch.report";
    private static final Set<String> NOT_FEEDS = Set.of("EXPECTED", "SOURCES", "golden");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path dir;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FEEDS)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> !NOT_FEEDS.contains(name) && !name.endsWith(".opml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void firstItemsWriteTheGoldenBriefs(String fixture) throws Exception {
        Path written = fetch(fixture);
        Path golden = GOLDEN.resolve(fixture);
        if (Boolean.getBoolean("golden.update")) {
            replace(golden, written);
            return;
        }
        assertTrue(Files.isDirectory(golden), "no golden folder for " + fixture + ": run with -Dgolden.update=true,"
                + " then read " + golden + " in the reader");
        List<String> names = names(written);
        assertEquals(names(golden), names, "the files of " + golden);
        for (String name : names) {
            byte[] want = Files.readAllBytes(golden.resolve(name));
            byte[] got = Files.readAllBytes(written.resolve(name));
            assertEquals(new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8),
                    golden.resolve(name).toString());
            assertArrayEquals(want, got, golden.resolve(name) + ", byte for byte");
        }
    }

    @Test
    void everyGoldenFolderHasItsFixture() throws IOException {
        List<String> fixtures = fixtures().toList();
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            for (String folder : folders.map(f -> f.getFileName().toString()).toList()) {
                assertTrue(fixtures.contains(folder), "golden/" + folder + " has no fixture");
            }
        }
    }

    /** Runs the sync on one fixture; the feed's folder of stories, with the report written into it. */
    private Path fetch(String fixture) throws Exception {
        String name = fixture.substring(0, fixture.lastIndexOf('.'));
        URI url = URI.create("https://feeds.example/dir/" + fixture);
        SubscriptionStore subscriptions = new SubscriptionStore(dir.resolve("config/feeds.yml"));
        subscriptions.add(new Subscription(name, url, List.of()));
        Path data = dir.resolve("data");
        FeedSync sync = new FeedSync(subscriptions, new StateStore(dir.resolve("state")), data,
                new FixtureSource(Files.readAllBytes(FEEDS.resolve(fixture))), Clock.fixed(NOW, ZoneOffset.UTC));
        List<FeedReport> reports = sync.fetch(subscriptions.load(), FeedSync.Progress.NONE);
        Path folder = Files.createDirectories(data.resolve(name));
        Files.writeString(folder.resolve(REPORT), said(reports.get(0)));
        return folder;
    }

    private static String said(FeedReport report) {
        return report.outcome() + ", " + report.newStories() + " new, " + report.changedStories() + " changed"
                + (report.error() == null ? "" : ": " + report.error()) + "\n";
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void replace(Path golden, Path written) throws IOException {
        Files.createDirectories(golden);
        for (String old : names(golden)) {
            Files.delete(golden.resolve(old));
        }
        for (String name : names(written)) {
            Files.copy(written.resolve(name), golden.resolve(name));
        }
    }

    /** The fixture's bytes as a 200 from wherever it is asked for; the real parser, cut to the first items. */
    private static final class FixtureSource implements FeedSource {
        private final byte[] body;

        FixtureSource(byte[] body) {
            this.body = body;
        }

        @Override
        public List<FetchResult> fetchAll(List<FetchRequest> requests) {
            List<FetchResult> results = new ArrayList<>();
            for (FetchRequest request : requests) {
                results.add(new FetchResult(FetchResult.Status.OK, request.uri(), false, body, null, null, null, null,
                        null));
            }
            return results;
        }

        @Override
        public ParsedFeed parse(byte[] bytes, String contentType, URI location) throws FeedException {
            ParsedFeed feed = FeedParser.parse(bytes, contentType, location);
            List<FeedEntry> first = feed.entries().subList(0, Math.min(ITEMS, feed.entries().size()));
            return new ParsedFeed(feed.title(), feed.link(), first);
        }

        @Override
        public String brief(FeedEntry entry, BriefSource source) {
            return BriefWriter.write(entry, source);
        }
    }
}
