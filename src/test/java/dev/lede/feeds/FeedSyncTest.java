package dev.lede.feeds;

import static dev.lede.feeds.FakeFeedSource.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.feedfile.BriefSource;
import dev.lede.feedfile.FeedEntry;
import dev.lede.feedfile.FeedException;
import dev.lede.feedfile.ParsedFeed;
import dev.lede.fetch.FetchRequest;
import dev.lede.fetch.FetchResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSyncTest {

    private static final String A = "https://a.example/feed.xml";

    @TempDir
    Path dir;

    private final FakeFeedSource source = new FakeFeedSource();
    private Instant now = Instant.parse("2026-12-01T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private SubscriptionStore store() {
        return new SubscriptionStore(dir.resolve("config/feeds.yml"));
    }

    private List<FeedReport> fetch() throws FeedsException {
        now = now.plus(Duration.ofMinutes(10));
        return new FeedSync(store(), new StateStore(dir.resolve("state")), dir.resolve("data"), source, clock)
                .fetch(store().load(), FeedSync.Progress.NONE);
    }

    private void subscribe(String name, String url) throws FeedsException {
        store().add(new Subscription(name, URI.create(url), List.of()));
    }

    private List<String> files(String feed) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("data").resolve(feed))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private String text(String feed, String file) throws IOException {
        return Files.readString(dir.resolve("data").resolve(feed).resolve(file));
    }

    @Test
    void storiesAreNamedByDateThenTitleThenAHashAndNewestComesLast() throws Exception {
        subscribe("a", A);
        source.serve(A, entry("g2", null, "Second: the sequel!", "2026-11-30T08:00:00Z", "Two."),
                entry("g1", null, "First", "2026-11-29T07:30:15Z", "One."));
        List<FeedReport> reports = fetch();
        assertEquals(List.of(new FeedReport("a", FeedReport.Outcome.FETCHED, 2, 0, null, null)), reports);
        List<String> files = files("a");
        assertEquals(2, files.size());
        assertTrue(files.get(0).matches("20261129073015_first-[0-9a-f]{12}\\.txt"), files.toString());
        assertTrue(files.get(1).matches("20261130080000_second-the-sequel-[0-9a-f]{12}\\.txt"), files.toString());
        assertTrue(text("a", files.get(0)).contains("\nFirst\nOne.\n"));
    }

    @Test
    void itemsWithoutADateSortByWhenFirstSeenTheFeedsFirstItemNewest() throws Exception {
        subscribe("a", A);
        source.serve(A, entry("u2", null, "Newer", null, "x"), entry("u1", null, "Older", null, "x"));
        fetch();
        List<String> first = files("a");
        assertTrue(first.get(0).contains("_older-") && first.get(1).contains("_newer-"), first.toString());
        source.serve(A, entry("u3", null, "Newest", null, "x"), entry("u2", null, "Newer", null, "x"),
                entry("u1", null, "Older", null, "x"));
        fetch();
        List<String> second = files("a");
        assertEquals(3, second.size());
        assertTrue(second.get(2).contains("_newest-"), second.toString());
        assertEquals(first, second.subList(0, 2));
    }

    @Test
    void theSameItemFetchedAgainIsTheSameFileAndNotWrittenAgain() throws Exception {
        subscribe("a", A);
        source.serve(A, entry("g1", null, "One", "2026-11-29T07:00:00Z", "One."));
        fetch();
        List<String> files = files("a");
        Path file = dir.resolve("data/a").resolve(files.get(0));
        String before = Files.readString(file);
        source.serve(A, entry("g1", null, "One", "2026-11-29T07:00:00Z", "One."),
                entry("g0", null, "Zero", "2026-11-28T07:00:00Z", "Zero.")); // a new document, the old item in it
        List<FeedReport> reports = fetch();
        assertEquals(1, reports.get(0).newStories());
        assertEquals(0, reports.get(0).changedStories());
        assertEquals(before, Files.readString(file), "an unchanged item is not written again");
        assertEquals(2, files("a").size());
    }

    @Test
    void noDuplicateWhenTheFeedFlipsHttpAndHttpsOrReDatesItems() throws Exception {
        subscribe("a", A);
        subscribe("b", "https://b.example/feed");
        source.serve(A, entry("http://a.example/1", "http://a.example/1", "One", "2026-11-29T07:00:00Z", "v1"));
        source.serve("https://b.example/feed", entry(null, "http://B.example:80/2#top", "Two", null, "v1"));
        fetch();
        List<String> a = files("a");
        List<String> b = files("b");
        source.serve(A, entry("https://a.example/1", "https://a.example/1", "One", "2026-11-30T09:00:00Z", "v1"));
        source.serve("https://b.example/feed", entry(null, "https://b.example/2", "Two", "2026-11-30T09:00:00Z",
                "v2"));
        List<FeedReport> reports = fetch();
        assertEquals(a, files("a"));
        assertEquals(b, files("b"));
        assertEquals(List.of(0, 0), reports.stream().map(FeedReport::newStories).toList());
        assertEquals(List.of(1, 1), reports.stream().map(FeedReport::changedStories).toList());
        assertTrue(text("b", b.get(0)).contains("v2"), "the changed item is written again under its old name");
    }

    @Test
    void anItemWithNeitherGuidNorLinkIsKnownByItsTitleAndDate() throws Exception {
        subscribe("a", A);
        FeedEntry bare = entry(null, null, "Bare", "2026-11-29T07:00:00Z", "x");
        source.serve(A, bare);
        fetch();
        source.serve(A, bare, entry(null, null, "Bare", "2026-11-30T07:00:00Z", "x"));
        fetch();
        assertEquals(2, files("a").size(), "another date is another item when there is nothing else to go by");
    }

    @Test
    void aChangedItemIsRewrittenAndAnItemThatLeftTheFeedStays() throws Exception {
        subscribe("a", A);
        source.serve(A, entry("g1", null, "One", "2026-11-29T07:00:00Z", "old text"),
                entry("g2", null, "Two", "2026-11-29T08:00:00Z", "stays"));
        fetch();
        List<String> before = files("a");
        source.serve(A, entry("g1", null, "One, corrected", "2026-11-29T07:00:00Z", "new text"));
        List<FeedReport> reports = fetch();
        assertEquals(new FeedReport("a", FeedReport.Outcome.FETCHED, 0, 1, null, null), reports.get(0));
        assertEquals(before, files("a"), "same names: the title at first sight named the file");
        assertTrue(text("a", before.get(0)).contains("One, corrected\nnew text"));
        assertTrue(text("a", before.get(1)).contains("stays"));
    }

    @Test
    void aFeedThatMovedKeepsItsStoriesAndItsSubscriptionFollows() throws Exception {
        subscribe("a", "http://old.example/rss");
        source.serve("http://old.example/rss", entry("g1", null, "One", "2026-11-29T07:00:00Z", "x"));
        fetch();
        List<String> before = files("a");
        source.feeds.remove(URI.create("http://old.example/rss"));
        source.serve("https://new.example/rss", entry("g1", null, "One", "2026-11-29T07:00:00Z", "x"),
                entry("g2", null, "Two", "2026-11-30T07:00:00Z", "y"));
        source.moves.put(URI.create("http://old.example/rss"), URI.create("https://new.example/rss"));
        List<FeedReport> reports = fetch();
        assertEquals(URI.create("https://new.example/rss"), reports.get(0).movedTo());
        assertEquals(1, reports.get(0).newStories());
        assertEquals(URI.create("https://new.example/rss"), store().load().get(0).url());
        assertEquals(2, files("a").size());
        assertTrue(files("a").containsAll(before));
        assertTrue(text("a", files("a").get(1)).contains("feed_url: https://new.example/rss"));
        fetch();
        assertEquals(URI.create("https://new.example/rss"), source.requests.get(source.requests.size() - 1).uri());
    }

    @Test
    void theNextFetchIsConditionalAndANotModifiedFeedWritesNothing() throws Exception {
        subscribe("a", A);
        source.serve(A, entry("g1", null, "One", null, "x"));
        fetch();
        assertNull(source.requests.get(0).etag());
        List<FeedReport> reports = fetch();
        assertEquals(FeedReport.Outcome.NOT_MODIFIED, reports.get(0).outcome());
        assertTrue(source.requests.get(1).etag() != null);
        FeedState state = new StateStore(dir.resolve("state")).read("a");
        assertEquals(now, state.lastFetch());
        assertEquals(0, state.newItems());
    }

    @Test
    void aFailingFeedSaysWhyAndEveryOtherFeedStillArrives() throws Exception {
        subscribe("gone", "https://gone.example/rss");
        subscribe("html", "https://html.example/");
        subscribe("a", A);
        source.feeds.put(URI.create("https://html.example/"), new dev.lede.feedfile.ParsedFeed(null, null,
                List.of()));
        source.serve(A, entry("g1", null, "One", null, "x"));
        List<FeedReport> reports = fetch();
        assertEquals(new FeedReport("gone", FeedReport.Outcome.FAILED, 0, 0, null, "HTTP 404 Not Found"),
                reports.get(0));
        assertEquals(new FeedReport("html", FeedReport.Outcome.FAILED, 0, 0, null, "not a feed (an HTML page)"),
                reports.get(1));
        assertEquals(1, reports.get(2).newStories());
        assertEquals("HTTP 404 Not Found", new StateStore(dir.resolve("state")).read("gone").lastError());
    }

    @Test
    void anItemThatCannotBeWrittenFailsTheFeedKeepsTheRestAndIsTriedAgain() throws Exception {
        subscribe("a", A);
        source.serve(A, entry("g1", null, "One", null, "x"), entry("g2", null, "Bad", null, "x"));
        source.unwritable.add("Bad");
        FeedReport report = fetch().get(0);
        assertEquals(FeedReport.Outcome.FAILED, report.outcome());
        assertTrue(report.error().contains("cannot write"), report.error());
        assertEquals(1, files("a").size());
        source.unwritable.clear();
        report = fetch().get(0);
        assertEquals(FeedReport.Outcome.FETCHED, report.outcome(), "the old ETag was kept, so it is fetched whole");
        assertEquals(2, files("a").size());
    }

    @Test
    void aRetryAfterIsRememberedAndTheFeedNotAskedBeforeIt() throws Exception {
        subscribe("a", A);
        source.answers.put(URI.create(A), new FetchResult(FetchResult.Status.FAILED, URI.create(A), false, null,
                null, null, null, now.plus(Duration.ofHours(1)), "HTTP 429 Too Many Requests"));
        assertEquals(FeedReport.Outcome.FAILED, fetch().get(0).outcome());
        source.answers.clear();
        source.serve(A, entry("g1", null, "One", null, "x"));
        FeedReport report = fetch().get(0);
        assertEquals(FeedReport.Outcome.DEFERRED, report.outcome());
        assertEquals(1, source.requests.size());
        now = now.plus(Duration.ofHours(1));
        assertEquals(1, fetch().get(0).newStories());
    }

    @Test
    void twoFeedsWithTheSameItemGiveTwoStoriesWithTheirOwnIds() throws Exception {
        subscribe("a", A);
        subscribe("b", "https://b.example/feed");
        source.serve(A, entry("same", null, "Same", null, "x"));
        source.serve("https://b.example/feed", entry("same", null, "Same", null, "x"));
        fetch();
        assertTrue(!files("a").get(0).equals(files("b").get(0)), "ids are unique across the library");
    }

    @Test
    void whatAKilledWriteLeftIsRemovedByTheNextFetch() throws Exception {
        subscribe("a", A);
        source.serve(A, entry("g1", null, "One", null, "x"));
        fetch();
        String name = files("a").get(0);
        Path leftover = Files.writeString(dir.resolve("data/a/." + name + ".123456.tmp"), "half");
        Path unnamed = Files.writeString(dir.resolve("data/a/.20261201115959_never-0123456789ab.txt.77.tmp"), "h");
        Path notOurs = Files.writeString(dir.resolve("data/a/.notes.txt.1.tmp"), "someone else's");
        source.serve(A, entry("g1", null, "One", null, "changed"));
        fetch();
        assertTrue(Files.notExists(leftover));
        assertTrue(Files.notExists(unnamed), "a new item's killed write, whose name the next fetch does not use");
        assertTrue(Files.exists(notOurs));
        Files.delete(notOurs);
        assertEquals(List.of(name), files("a"));
    }

    @Test
    void eachFeedIsWrittenAsSoonAsItAnswersWhileTheOthersAreStillFetched() throws Exception {
        subscribe("a", A);
        subscribe("b", "https://b.example/rss");
        source.serve(A, entry("g1", null, "One", null, "x"));
        source.serve("https://b.example/rss", entry("g2", null, "Two", null, "y"));
        List<Boolean> aWasOnDiskBeforeBAnswered = new ArrayList<>();
        FeedSource slowB = new Answering(source) {
            @Override
            public void fetchEach(List<FetchRequest> requests, BiConsumer<Integer, FetchResult> answered) {
                answered.accept(0, source.fetchAll(requests.subList(0, 1)).get(0));
                aWasOnDiskBeforeBAnswered.add(waitUntil(() -> Files.isDirectory(dir.resolve("data/a"))
                        && !filesQuietly("a").isEmpty()));
                answered.accept(1, source.fetchAll(requests.subList(1, 2)).get(0));
            }
        };
        List<FeedReport> reports = sync(slowB).fetch(store().load(), FeedSync.Progress.NONE);
        assertEquals(List.of(true), aWasOnDiskBeforeBAnswered);
        assertEquals(List.of(1, 1), reports.stream().map(FeedReport::newStories).toList());
    }

    @Test
    void onlyABoundedNumberOfAnswersWaitForAWriterTheFetchWaitsMeanwhile() throws Exception {
        int feeds = 2 * FeedSync.WRITERS + 20;
        for (int i = 0; i < feeds; i++) {
            subscribe("f" + i, "https://f" + i + ".example/rss");
            source.serve("https://f" + i + ".example/rss", entry("g" + i, null, "Story " + i, null, "x"));
        }
        AtomicInteger held = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        FeedSource slowParser = new Answering(source) {
            @Override
            public void fetchEach(List<FetchRequest> requests, BiConsumer<Integer, FetchResult> answered) {
                for (int i = 0; i < requests.size(); i++) {
                    most.accumulateAndGet(held.incrementAndGet(), Math::max);
                    answered.accept(i, source.fetchAll(requests.subList(i, i + 1)).get(0));
                }
            }

            @Override
            public ParsedFeed parse(byte[] body, String contentType, URI location) throws FeedException {
                sleep(5);
                ParsedFeed parsed = super.parse(body, contentType, location);
                held.decrementAndGet();
                return parsed;
            }
        };
        List<FeedReport> reports = sync(slowParser).fetch(store().load(), FeedSync.Progress.NONE);
        assertEquals(feeds, reports.stream().filter(r -> r.newStories() == 1).count());
        assertTrue(most.get() <= 2 * FeedSync.WRITERS + 1, "at most " + most.get() + " bodies held at once");
    }

    @Test
    void progressCountsFeedsAnsweredAndStoriesWrittenOneCallAtATime() throws Exception {
        subscribe("a", A);
        subscribe("b", "https://b.example/rss");
        subscribe("gone", "https://gone.example/rss");
        source.serve(A, entry("g1", null, "One", null, "x"), entry("g2", null, "Two", null, "y"));
        source.serve("https://b.example/rss", entry("g3", null, "Three", null, "z"));
        List<int[]> calls = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inside = new AtomicInteger();
        FeedSync.Progress progress = new FeedSync.Progress() {
            @Override
            public void update(int done, int total) {
                throw new AssertionError("the sync tells the stories too");
            }

            @Override
            public void update(int done, int total, int stories) {
                assertEquals(1, inside.incrementAndGet(), "two calls at once");
                calls.add(new int[] {done, total, stories});
                sleep(1);
                inside.decrementAndGet();
            }
        };
        sync(source).fetch(store().load(), progress);
        int[] last = calls.get(calls.size() - 1);
        assertEquals(List.of(3, 3, 3), List.of(last[0], last[1], last[2]));
        for (int i = 1; i < calls.size(); i++) {
            assertTrue(calls.get(i)[0] >= calls.get(i - 1)[0] && calls.get(i)[2] >= calls.get(i - 1)[2]);
        }
        assertTrue(calls.stream().anyMatch(c -> c[2] > 0 && c[2] < 3), "stories are counted as written");
    }

    private FeedSync sync(FeedSource from) {
        now = now.plus(Duration.ofMinutes(10));
        return new FeedSync(store(), new StateStore(dir.resolve("state")), dir.resolve("data"), from, clock);
    }

    private List<String> filesQuietly(String feed) {
        try {
            return files(feed).stream().filter(f -> f.endsWith(".txt")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier condition) {
        for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end; ) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(5);
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The fake's answers, parsing and stories, with fetchAll made of fetchEach, as an old caller would see it. */
    private abstract static class Answering implements FeedSource {
        private final FakeFeedSource fake;

        Answering(FakeFeedSource fake) {
            this.fake = fake;
        }

        @Override
        public List<FetchResult> fetchAll(List<FetchRequest> requests) {
            FetchResult[] results = new FetchResult[requests.size()];
            fetchEach(requests, (i, result) -> results[i] = result);
            return List.of(results);
        }

        @Override
        public ParsedFeed parse(byte[] body, String contentType, URI location) throws FeedException {
            return fake.parse(body, contentType, location);
        }

        @Override
        public String brief(FeedEntry entry, BriefSource source) {
            return fake.brief(entry, source);
        }
    }
}
