package dev.lede.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriptionStoreTest {

    @TempDir
    Path dir;

    private static Subscription feed(String name, String url, String... tags) {
        return new Subscription(name, URI.create(url), List.of(tags));
    }

    @Test
    void aTagIsOneLineOfCleanText() {
        assertEquals(List.of("t x", "news"), Subscription.tags(List.of("t\nx", " news\t", "\u001B[31m", "t x")));
    }

    @Test
    void addMoveAndRemoveKeepEveryCommentAndEveryOtherByte() throws Exception {
        Path file = dir.resolve("feeds.yml");
        String mine = """
                # my feeds, by hand
                ars:   # the best
                  url: 'https://feeds.arstechnica.com/arstechnica/index'
                  tags: [tech]   # one tag

                # news below
                bbc:
                  url: http://feeds.bbci.co.uk/news/rss.xml
                  note: kept as it is
                """;
        Files.writeString(file, mine);
        SubscriptionStore store = new SubscriptionStore(file);
        assertEquals(List.of(feed("ars", "https://feeds.arstechnica.com/arstechnica/index", "tech"),
                feed("bbc", "http://feeds.bbci.co.uk/news/rss.xml")), store.load());
        store.add(feed("lwn.net", "https://lwn.net/headlines/rss", "linux", "news"));
        assertEquals(mine + "lwn.net:\n  url: https://lwn.net/headlines/rss\n  tags: [linux, news]\n",
                Files.readString(file));
        store.move("bbc", URI.create("https://feeds.bbci.co.uk/news/rss.xml"));
        assertEquals(mine.replace("http://feeds.bbci", "https://feeds.bbci")
                + "lwn.net:\n  url: https://lwn.net/headlines/rss\n  tags: [linux, news]\n", Files.readString(file));
        store.remove("ars");
        assertEquals("""
                # my feeds, by hand

                # news below
                bbc:
                  url: https://feeds.bbci.co.uk/news/rss.xml
                  note: kept as it is
                lwn.net:
                  url: https://lwn.net/headlines/rss
                  tags: [linux, news]
                """, Files.readString(file));
        store.remove("lwn.net");
        store.remove("bbc");
        assertEquals("# my feeds, by hand\n\n# news below\n", Files.readString(file));
        assertEquals(List.of(), store.load());
        store.add(feed("again", "https://again.example/"));
        assertEquals(List.of(feed("again", "https://again.example/")), store.load());
    }

    @Test
    void aNewFileStartsWithItsDocumentationAndReadsBack() throws Exception {
        SubscriptionStore store = new SubscriptionStore(dir.resolve("new/feeds.yml"));
        assertEquals(List.of(), store.load());
        List<Subscription> feeds = List.of(feed("a", "https://a.example/rss", "x, y", "it's"),
                feed("b", "https://b.example/rss?x=1&y=#frag"), feed("true", "https://c.example/"),
                feed("123", "https://d.example/"));
        store.addAll(feeds);
        String text = Files.readString(dir.resolve("new/feeds.yml"));
        assertTrue(text.startsWith(SubscriptionStore.HEADER), text);
        assertEquals(feeds, store.load());
    }

    @Test
    void namesAreUniqueIgnoringCaseAndSafeAsFolderNames() throws Exception {
        SubscriptionStore store = new SubscriptionStore(dir.resolve("feeds.yml"));
        store.add(feed("News", "https://a.example/"));
        FeedsException taken = assertThrows(FeedsException.class, () -> store.add(feed("news", "https://b/")));
        assertEquals("a feed named 'News' exists already; choose another name with --name", taken.getMessage());
        assertEquals(FeedsException.Kind.ARGUMENT, taken.kind());
        for (String bad : List.of("..", ".hidden", "-rf", "a/b", "a b", "con", "LPT1.txt", "é", "a\u001b[31m",
                "x".repeat(65), "")) {
            FeedsException e = assertThrows(FeedsException.class, () -> store.add(feed(bad, "https://c/")), bad);
            assertTrue(e.getMessage().startsWith("feed name '"), e.getMessage());
            assertTrue(!e.getMessage().contains("\u001b"), e.getMessage());
        }
        assertEquals(1, store.load().size());
    }

    @Test
    void onlyHttpAndHttpsAddressesWithAHost() {
        for (String bad : List.of("ftp://x/feed", "file:///etc/passwd", "javascript:alert(1)", "https:///nohost",
                "not a url", "//x/y", "https://exa mple/")) {
            assertThrows(FeedsException.class, () -> SubscriptionStore.url(bad), bad);
        }
        assertEquals(URI.create("https://Example.com/rss"), assertDoesNotThrow("HTTPS://Example.com/rss"));
    }

    private static URI assertDoesNotThrow(String url) {
        try {
            return SubscriptionStore.url(url);
        } catch (FeedsException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFileThatDoesNotParseIsNeverOverwrittenAndSaysWhere() throws Exception {
        Path file = dir.resolve("feeds.yml");
        String broken = "a:\n  url: https://a.example/\nb: [unclosed\n";
        Files.writeString(file, broken);
        SubscriptionStore store = new SubscriptionStore(file);
        FeedsException e = assertThrows(FeedsException.class, () -> store.add(feed("c", "https://c.example/")));
        assertEquals(FeedsException.Kind.FILE, e.kind());
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertEquals(broken, Files.readString(file));
        Files.writeString(file, "a:\n  url: ftp://a.example/\n");
        assertTrue(assertThrows(FeedsException.class, store::load).getMessage()
                .endsWith("feeds.yml:2: a.url: not an http or https URL: 'ftp://a.example/'"));
        Files.writeString(file, "a:\n  tags: [x]\n");
        assertTrue(assertThrows(FeedsException.class, store::load).getMessage().endsWith(":2: a: has no url"));
        Files.writeString(file, "../../etc:\n  url: https://a.example/\n");
        assertTrue(assertThrows(FeedsException.class, store::load).getMessage()
                .endsWith("feeds.yml:1: the feed name '../../etc' is not allowed: use at most 64 letters, digits, "
                        + "'.', '_' and '-', starting with a letter or a digit"));
        Files.writeString(file, "a:\n  url: https://a.example/\nA:\n  url: https://b.example/\n");
        assertTrue(assertThrows(FeedsException.class, store::load).getMessage()
                .endsWith("feeds.yml:3: the feed names 'a' and 'A' differ only in case"));
        Files.writeString(file, "a:\n  url: https://a.example/\n  tags: [\"\\e[31mred\", '  ', x]\n");
        assertEquals(List.of("red", "x"), store.load().get(0).tags(), "escape sequences go, whole");
        Files.writeString(file, "- just\n- a list\n");
        assertThrows(FeedsException.class, store::load);
    }

    @Test
    void removingAnUnknownFeedNamesTheFeedsThereAre() throws Exception {
        SubscriptionStore store = new SubscriptionStore(dir.resolve("feeds.yml"));
        store.add(feed("a", "https://a.example/"));
        store.add(feed("b", "https://b.example/"));
        FeedsException e = assertThrows(FeedsException.class, () -> store.remove("c"));
        assertEquals("no feed named 'c' (feeds: a, b)", e.getMessage());
    }

    @Test
    void namesAreMadeFromTheTitleElseTheHost() {
        List<Subscription> none = List.of();
        assertEquals("ars-technica-all-content", SubscriptionStore.newName("Ars Technica: All content!",
                URI.create("https://x/"), none));
        assertEquals("le-monde.fr", SubscriptionStore.newName("  Le Monde.fr  ", URI.create("https://x/"), none));
        assertEquals("nytimes.com", SubscriptionStore.newName(null, URI.create("https://www.nytimes.com/rss"), none));
        assertEquals("nytimes.com-2", SubscriptionStore.newName("\u65b0\u95fb",
                URI.create("https://www.NYTimes.com/x"), List.of(feed("NYTimes.com", "https://a/"))));
        assertEquals("feed", SubscriptionStore.newName("\u202e", URI.create("https://-/"), none));
        assertEquals("con-feed", SubscriptionStore.newName("CON feed", URI.create("https://x/"), none));
        assertEquals("feed", SubscriptionStore.newName("con", URI.create("https://x/"), none));
    }
}
