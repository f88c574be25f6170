package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedirectTest {

    private static final URI SECURE = URI.create("https://example.org/feed/");

    @Test
    void neverFromHttpsToHttpAnyOtherWayIsFine() throws FetchFault {
        FetchFault down = assertThrows(FetchFault.class, () -> Redirect.target(SECURE, "http://example.org/feed"));
        assertEquals("a redirect from https to http, which lede does not follow", down.getMessage());
        assertThrows(FetchFault.class, () -> Redirect.target(SECURE, "HTTP://example.org/feed"));
        assertEquals(URI.create("https://example.org/feed"),
                Redirect.target(URI.create("http://example.org/"), "https://example.org/feed"));
        assertEquals(URI.create("https://cdn.example.net/x.xml"), Redirect.target(SECURE, "//cdn.example.net/x.xml"));
        assertEquals(URI.create("https://example.org/feed/atom"), Redirect.target(SECURE, "atom"));
    }

    @Test
    void aHostWithoutAPathResolvesAsTheRoot() throws FetchFault {
        URI start = Redirect.start(URI.create("http://example.org"));
        assertEquals(URI.create("http://example.org/"), start);
        assertEquals(URI.create("http://example.org/rss"), Redirect.target(start, "rss"));
        assertEquals(URI.create("http://example.org/?feed=rss2"), Redirect.start(URI.create("http://example.org?feed=rss2")));
    }

    @Test
    void theAddressSentHasNoCredentialsAndNoFragment() {
        assertEquals(URI.create("https://example.org/feed?a=1"),
                Redirect.bare(URI.create("HTTPS://me:p%40ss@example.org/feed?a=1#top")));
        assertEquals(URI.create("http://[::1]:8080/"), Redirect.bare(URI.create("http://[::1]:8080/")));
    }

    @Test
    void credentialsGoAlongOnlyToTheSameOrigin() {
        URI from = URI.create("https://me:pw@example.org/feed");
        assertTrue(Redirect.sameOrigin(from, URI.create("https://example.org:443/other")));
        assertFalse(Redirect.sameOrigin(from, URI.create("https://example.org:8443/feed")));
        assertFalse(Redirect.sameOrigin(from, URI.create("https://cdn.example.org/feed")));
        assertEquals(URI.create("https://me:pw@example.org/other"),
                Redirect.withUserInfo(URI.create("https://example.org/other"), from));
    }
}
