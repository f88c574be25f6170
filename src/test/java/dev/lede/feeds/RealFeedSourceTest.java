package dev.lede.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.lede.feedfile.FeedException;
import dev.lede.feedfile.ParsedFeed;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real wiring, against a server on 127.0.0.1: an HTML page that names its feed is followed once. */
class RealFeedSourceTest {

    private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site</title>"
            + "<item><title>One</title><guid>1</guid><description>Text.</description></item></channel></rss>";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private Map<String, String> pages;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String body = pages.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", body != null && body.startsWith("<?xml")
                    ? "application/rss+xml" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static String page(String feedHref) {
        return "<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"" + feedHref
                + "\"></head><body>Hello</body></html>";
    }

    private ParsedFeed parsePage(String path) throws FeedException {
        try (RealFeedSource source = new RealFeedSource("test")) {
            byte[] body = pages.get(path).getBytes(StandardCharsets.UTF_8);
            return source.parse(body, "text/html", at(path));
        }
    }

    @Test
    void anHtmlPageThatNamesItsFeedGivesThatFeed() throws Exception {
        pages = Map.of("/blog", page("/feed.xml"), "/feed.xml", RSS);
        ParsedFeed feed = parsePage("/blog");
        assertEquals("Site", feed.title());
        assertEquals("One", feed.entries().get(0).title());
        assertEquals(1, requests.get(), "one request, for the feed the page names");
    }

    @Test
    void aPageNamingAnotherPageIsFollowedOnceOnly() {
        pages = Map.of("/a", page("/b"), "/b", page("/c"), "/c", RSS);
        FeedException e = assertThrows(FeedException.class, () -> parsePage("/a"));
        assertTrue(e.getMessage().startsWith("not a feed"), e.getMessage());
        assertEquals(1, requests.get());
    }

    @Test
    void aNamedFeedThatFailsSaysBoth() {
        pages = Map.of("/blog", page("/gone.xml"));
        FeedException e = assertThrows(FeedException.class, () -> parsePage("/blog"));
        assertTrue(e.getMessage().contains("not a feed") && e.getMessage().contains("404"), e.getMessage());
    }
}
