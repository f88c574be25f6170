package dev.lede.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Subscriptions out to OPML and back: the same URLs, each feed's tags as its folders both ways. */
class OpmlSubscriptionsTest {

    @Test
    void exportThenImportGivesTheSameFeedsAndTags() throws FeedsException {
        List<Subscription> feeds = List.of(
                new Subscription("ars", URI.create("https://feeds.arstechnica.com/arstechnica/index"),
                        List.of("tech", "news")),
                new Subscription("lwn.net", URI.create("https://lwn.net/headlines/rss"), List.of("linux")),
                new Subscription("plain", URI.create("https://plain.example/feed?a=1&b=%3C2%3E&c=%22d%22"), List.of()));
        String opml = OpmlSubscriptions.write(feeds);
        assertTrue(opml.contains("version=\"2.0\""), opml);
        OpmlSubscriptions.Import back = OpmlSubscriptions.read(opml.getBytes(StandardCharsets.UTF_8), List.of());
        assertEquals(List.of(), back.skipped());
        assertEquals(feeds.stream().map(Subscription::url).toList(),
                back.added().stream().map(Subscription::url).toList());
        assertEquals(feeds.stream().map(Subscription::tags).toList(),
                back.added().stream().map(Subscription::tags).toList());
        assertEquals(List.of("ars", "lwn.net", "plain"), back.added().stream().map(Subscription::name).toList());
        OpmlSubscriptions.Import again = OpmlSubscriptions.read(opml.getBytes(StandardCharsets.UTF_8), feeds);
        assertEquals(List.of(), again.added());
        assertEquals(3, again.already());
    }
}
