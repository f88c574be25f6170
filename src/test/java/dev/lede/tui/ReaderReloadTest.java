package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.feedfile.BriefSource;
import dev.lede.feedfile.BriefWriter;
import dev.lede.feedfile.FeedEntry;
import dev.lede.feedfile.FeedException;
import dev.lede.feedfile.FeedParser;
import dev.lede.feedfile.ParsedFeed;
import dev.lede.feeds.FeedSource;
import dev.lede.feeds.StateStore;
import dev.lede.feeds.Subscription;
import dev.lede.feeds.SubscriptionStore;
import dev.lede.fetch.FetchRequest;
import dev.lede.fetch.FetchResult;
import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import dev.lede.library.StoryRef;
import dev.lede.search.Search;
import dev.lede.state.ReadState;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code r} reading the library again and {@code R} fetching feeds in the background, on the virtual terminal. */
class ReaderReloadTest {

    private static final Path FEED = Path.of("src/test/resources/feeds/dustri-rss20.xml");

    @TempDir
    Path dir;

    private Path library;
    private Path feeds;
    private final CountDownLatch answer = new CountDownLatch(1);
    private volatile int fetches;
    /** How many of the first calls answer at once, without waiting for {@link #answer}. */
    private int atOnce;

    @BeforeEach
    void library() throws IOException {
        library = Files.createDirectories(dir.resolve("library"));
        feeds = dir.resolve("data/feeds");
        story("010_first.txt", "First story\nOne.\n");
        story("020_second.txt", "Second story\nTwo.\n");
        story("030_third.txt", "Third story\nThree.\n");
    }

    private void story(String name, String text) throws IOException {
        Files.writeString(library.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The library and every feed's folder, as the reader reads them. */
    private Library load(LibraryLoader.Progress progress) throws Exception {
        List<Path> folders = new ArrayList<>(List.of(library));
        if (Files.isDirectory(feeds)) {
            try (Stream<Path> each = Files.list(feeds)) {
                each.filter(Files::isDirectory).sorted().forEach(folders::add);
            }
        }
        return new LibraryLoader(null, "", dev.lede.storyfile.StoryLimits.ofMegabytes(16), progress).read(folders);
    }

    /** Answers every request with the fixture once {@link #answer} is counted down. */
    private final class WaitingSource implements FeedSource {
        @Override
        public List<FetchResult> fetchAll(List<FetchRequest> requests) {
            fetches++;
            try {
                if (fetches > atOnce && !answer.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never answered");
                }
                byte[] body = Files.readAllBytes(FEED);
                return requests.stream().map(r -> new FetchResult(FetchResult.Status.OK, r.uri(), false, body,
                        "application/rss+xml", null, null, null, null)).toList();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public ParsedFeed parse(byte[] body, String contentType, URI location) throws FeedException {
            return FeedParser.parse(body, contentType, location);
        }

        @Override
        public String brief(FeedEntry entry, BriefSource source) {
            return BriefWriter.write(entry, source);
        }
    }

    private VirtualReader reader(boolean subscribed) throws Exception {
        return reader(subscribed ? 1 : 0);
    }

    private VirtualReader reader(int feedCount) throws Exception {
        SubscriptionStore subscriptions = new SubscriptionStore(dir.resolve("config/feeds.yml"));
        for (int i = 0; i < feedCount; i++) {
            subscriptions.add(new Subscription(i == 0 ? "dustri" : "dustri-" + i,
                    URI.create("http://127.0.0.1:9/feed" + i + ".xml"), List.of()));
        }
        Refresh refresh = new Refresh(this::load, new Refresh.Feeds(subscriptions,
                new StateStore(dir.resolve("state")), feeds, WaitingSource::new));
        ReaderSession session = new ReaderSession(LoadingLibrary.of(load(LibraryLoader.Progress.NONE)),
                loaded -> new Search(loaded, null, "", LibraryLoader.Progress.NONE),
                ReaderPreferences.fixed(ReaderOptions.defaults()), LibraryReload.NONE, ReadState.inMemory(), refresh);
        return new VirtualReader(session, 80, 24);
    }

    private static String footer(VirtualReader reader) {
        return reader.rows().get(reader.rows().size() - 1);
    }

    private static VirtualReader until(VirtualReader reader, Predicate<VirtualReader> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!done.test(reader)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out; the screen:\n" + reader.text());
            }
            Thread.sleep(10);
            reader.step();
        }
        return reader;
    }

    private static String selected(VirtualReader reader) {
        ListScreen list = reader.app.list();
        StoryRef story = list.stories().get(list.selected());
        return story.title();
    }

    @Test
    void rShowsNewChangedAndDeletedFilesAndKeepsTheSelectedStory() throws Exception {
        VirtualReader reader = reader(false).press("j", "j");
        assertEquals("Third story", selected(reader));
        story("005_new.txt", "A new story\nNew.\n");
        story("030_third.txt", "Third story, edited\nThree.\n");
        Files.delete(library.resolve("010_first.txt"));
        reader.press("r");
        until(reader, r -> footer(r).startsWith(" library read again"));
        assertEquals(" library read again: 3 stories, 1 new, 1 gone", footer(reader));
        assertEquals("Third story, edited", selected(reader), "the selected story stays selected");
        assertTrue(reader.rows().get(1).contains("A new story"), reader.text());
        assertTrue(reader.text().contains("Second story") && !reader.text().contains("First story"), reader.text());
    }

    @Test
    void rSelectsTheNeighbourWhenTheSelectedStoryIsGone() throws Exception {
        VirtualReader reader = reader(false).press("G");
        Files.delete(library.resolve("030_third.txt"));
        reader.press("r");
        until(reader, r -> footer(r).startsWith(" library read again"));
        assertEquals("Second story", selected(reader));
    }

    @Test
    void rOnAFilteredListClearsTheFilterAndKeepsTheStorySelectedInIt() throws Exception {
        VirtualReader reader = reader(false).press("/");
        reader.press("t", "h", "i", "r", "d", "Enter");
        until(reader, r -> !r.app.list().searching());
        assertEquals("Third story", selected(reader));
        reader.press("r");
        until(reader, r -> footer(r).startsWith(" library read again"));
        assertEquals(3, reader.app.list().stories().size(), "the filter is cleared");
        assertEquals("Third story", selected(reader));
    }

    @Test
    void rWithoutAWayToReadAgainIsOneLine() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("r");
        assertEquals(" this library cannot be read again", footer(reader));
        reader.press("R");
        assertEquals(" no feeds to fetch", footer(reader));
    }

    @Test
    void rWaitsForTheListWhileAStoryIsOpen() throws Exception {
        VirtualReader reader = reader(false).press("Enter");
        story("040_fourth.txt", "Fourth story\nFour.\n");
        reader.press("r"); // not a key of the story screen: nothing happens
        assertInstanceOf(StoryScreen.class, reader.app.view());
        reader.press("q", "r");
        until(reader, r -> footer(r).startsWith(" library read again"));
        assertTrue(reader.text().contains("Fourth story"));
    }

    @Test
    void rFetchesInTheBackgroundWhileTheReaderGoesOnAndAddsTheStoriesAtTheEnd() throws Exception {
        VirtualReader reader = reader(true).press("R");
        until(reader, r -> footer(r).startsWith(" fetching"));
        assertTrue(footer(reader).matches(" fetching (0/1 )?feeds…"), footer(reader));
        reader.press("j");
        assertEquals("Second story", selected(reader), "keys work while fetching");
        reader.press("Enter");
        assertInstanceOf(StoryScreen.class, reader.app.view());
        reader.press("q", "R");
        assertTrue(footer(reader).startsWith(" already fetching: fetching"), footer(reader));
        reader.press("Enter");
        answer.countDown();
        until(reader, r -> footer(r).startsWith(" fetched"));
        assertInstanceOf(StoryScreen.class, reader.app.view(), "the story being read stays open");
        reader.press("q");
        until(reader, r -> r.rows().get(0).contains("28 stories"));
        assertEquals("Second story", selected(reader));
        assertEquals(" fetched 1 feed: 25 new stories", footer(reader));
        assertEquals(1, fetches);
    }

    @Test
    void theStoriesOfTheFirstFeedsJoinTheListWhileTheOthersAreOnTheirWay() throws Exception {
        atOnce = 1;
        VirtualReader reader = reader(10).press("j", "R");
        until(reader, r -> r.rows().get(0).contains("203 stories"));
        assertEquals(" fetching 8/10 feeds…", footer(reader));
        assertEquals("Second story", selected(reader));
        answer.countDown();
        until(reader, r -> r.rows().get(0).contains("253 stories"));
        assertEquals(" fetched 10 feeds: 250 new stories", footer(reader));
        assertEquals("Second story", selected(reader));
        assertEquals(2, fetches);
    }

    @Test
    void rWithNoSubscriptionsSaysHowToAddOne() throws Exception {
        VirtualReader reader = reader(false).press("R");
        until(reader, r -> footer(r).startsWith(" no feeds"));
        assertEquals(" no feeds yet; 'lede feeds add URL' subscribes to one", footer(reader));
        assertEquals(0, fetches);
    }
}
