package dev.lede.fetch;

import static dev.lede.fetch.MisbehavingServer.ok;
import static dev.lede.fetch.MisbehavingServer.redirect;
import static dev.lede.fetch.MisbehavingServer.status;
import static dev.lede.fetch.MisbehavingServer.trickle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import dev.lede.fetch.FetchResult.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fetcher against a local server that misbehaves on purpose. Deadlines are a second or two; each fetch must
 * return (well within {@link #RETURNS}) with the result it should give.
 */
class FetcherTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration RETURNS = Duration.ofSeconds(15);
    private static final long MIB = 1024 * 1024;
    private static final FetchOptions OPTIONS =
            new FetchOptions("lede/test", Duration.ofSeconds(2), Duration.ofSeconds(2), MIB, 5, 2);
    private static final FetchOptions QUICK =
            new FetchOptions("lede/test", Duration.ofSeconds(1), Duration.ofSeconds(1), MIB, 5, 2);

    private static TestCertificate certificate;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final MisbehavingServer server = opened(MisbehavingServer.http());

    @BeforeAll
    static void makeCertificate(@TempDir Path folder) {
        certificate = TestCertificate.make(folder);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void aFeedComesWithItsValidatorsAndTheRequestSaysWhoAsksAndWhatForOnce() {
        server.on("/feed", ok("<rss/>", "Content-Type", "application/rss+xml", "ETag", "\"v1\"",
                "Last-Modified", "Tue, 01 Dec 2026 11:00:00 GMT"));

        FetchResult result = fetch(OPTIONS, request("/feed"));

        assertEquals(Status.OK, result.status(), result.error());
        assertEquals("<rss/>", new String(result.body(), StandardCharsets.UTF_8));
        assertEquals("application/rss+xml", result.contentType());
        assertEquals("\"v1\"", result.etag());
        assertEquals("Tue, 01 Dec 2026 11:00:00 GMT", result.lastModified());
        assertEquals(server.uri("/feed"), result.finalUri());
        assertFalse(result.movedPermanently());
        assertNull(result.error());
        assertEquals(1, server.requests.size());
        Headers sent = server.requests.get(0);
        assertEquals("lede/test", sent.getFirst("User-Agent"));
        assertTrue(sent.getFirst("Accept").startsWith("application/rss+xml, application/atom+xml, application/feed+json"),
                sent.getFirst("Accept"));
        assertEquals("gzip", sent.getFirst("Accept-Encoding"));
        assertNull(sent.getFirst("If-None-Match"));
        assertNull(sent.getFirst("If-Modified-Since"));
    }

    @Test
    void theDefaultsNameLedesVersion() {
        FetchOptions defaults = FetchOptions.defaults("1.2.3");
        assertEquals("lede/1.2.3", defaults.userAgent());
        assertEquals(new FetchOptions("lede/1.2.3", Duration.ofSeconds(10), Duration.ofSeconds(30), 16 * MIB, 5, 2),
                defaults);
    }

    @Test
    void optionsThatCannotWorkAreRefusedWhenMade() {
        for (String userAgent : List.of("", "lede/1\r\nX-Injected: yes", "l\u00e9de/1")) {
            assertThrows(IllegalArgumentException.class, () -> new FetchOptions(userAgent, Duration.ofSeconds(1),
                    Duration.ofSeconds(1), MIB, 5, 2));
        }
        assertThrows(IllegalArgumentException.class,
                () -> new FetchOptions("lede/1", Duration.ZERO, Duration.ofSeconds(1), MIB, 5, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new FetchOptions("lede/1", Duration.ofSeconds(1), Duration.ofSeconds(1), MIB, 5, 0));
    }

    @Test
    void aConditionalGetSendsTheValidatorsAndA304IsNotModifiedAndKeepsThem() {
        server.on("/feed", exchange -> {
            boolean same = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            status(same ? 304 : 200, same ? new byte[0] : "<rss/>".getBytes(StandardCharsets.UTF_8)).answer(exchange);
        });
        String lastModified = "Tue, 01 Dec 2026 11:00:00 GMT";

        FetchResult result = fetch(OPTIONS, new FetchRequest(server.uri("/feed"), "\"v1\"", lastModified));

        assertEquals(Status.NOT_MODIFIED, result.status(), result.error());
        assertNull(result.body());
        assertEquals("\"v1\"", result.etag());
        assertEquals(lastModified, result.lastModified());
        assertEquals(1, server.requests.size());
        assertEquals("\"v1\"", server.requests.get(0).getFirst("If-None-Match"));
        assertEquals(lastModified, server.requests.get(0).getFirst("If-Modified-Since"));
    }

    @Test
    void a304UnaskedOrAHugeValidatorLeavesNothingToSendBack() {
        server.on("/always", status(304, new byte[0]))
                .on("/huge", ok("<rss/>", "ETag", "\"" + "x".repeat(100_000) + "\"", "Last-Modified", "yesterday"));

        FetchResult unasked = fetch(OPTIONS, request("/always"));
        FetchResult huge = fetch(OPTIONS, request("/huge"));

        assertEquals(Status.NOT_MODIFIED, unasked.status(), unasked.error());
        assertNull(unasked.etag());
        assertNull(unasked.lastModified());
        assertEquals(Status.OK, huge.status(), huge.error());
        assertNull(huge.etag());
        assertEquals("yesterday", huge.lastModified());
    }

    @Test
    void aValidatorThatIsNoHeaderValueIsNotSentAndTheFeedStillComes() {
        server.on("/feed", ok("<rss/>"));

        FetchResult result = fetch(OPTIONS, new FetchRequest(server.uri("/feed"), "\"v1\"\r\nX-Injected: yes",
                "\u202Emonday\n"));

        assertEquals(Status.OK, result.status(), result.error());
        Headers sent = server.requests.get(0);
        assertNull(sent.getFirst("If-None-Match"));
        assertNull(sent.getFirst("If-Modified-Since"));
        assertNull(sent.getFirst("X-Injected"));
    }

    @Test
    void aGzipBodyIsDecoded() throws IOException {
        server.on("/feed", status(200, gzip("<rss>caf\u00e9</rss>".getBytes(StandardCharsets.UTF_8)),
                "Content-Encoding", "gzip"));

        FetchResult result = fetch(OPTIONS, request("/feed"));

        assertEquals(Status.OK, result.status(), result.error());
        assertEquals("<rss>caf\u00e9</rss>", new String(result.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aGzipBombFailsAtTheCapOnTheDecodedSize() throws IOException {
        byte[] bomb = gzip(new byte[32 * (int) MIB]);
        assertTrue(bomb.length < MIB / 8, "the bomb itself is small: " + bomb.length);
        server.on("/feed", status(200, bomb, "Content-Encoding", "gzip"));

        FetchResult result = fetch(OPTIONS, request("/feed"));

        assertFailed("larger than the 1 MiB limit once decompressed", result);
    }

    @Test
    void aBodyThatIsNoGzipOrInAnEncodingNotAskedForFails() {
        server.on("/damaged", status(200, "<rss/>".getBytes(StandardCharsets.UTF_8), "Content-Encoding", "gzip"));
        server.on("/brotli", status(200, "<rss/>".getBytes(StandardCharsets.UTF_8), "Content-Encoding", "br"));

        assertFailed("the gzip body is damaged", fetch(OPTIONS, request("/damaged")));
        assertFailed("the server sent an encoding lede did not ask for (br)", fetch(OPTIONS, request("/brotli")));
    }

    @Test
    void aHugeContentLengthFailsAtOnceAndHangsUp() throws Exception {
        server.on("/feed", trickle(200, 10L << 30, 16 * 1024, 1));

        FetchResult result = fetch(OPTIONS, request("/feed"));

        assertFailed("larger than the 1 MiB limit", result);
        server.hungUp.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anEndlessBodyFailsAtTheSizeCap() {
        server.on("/feed", trickle(200, 0, 16 * 1024, 0));

        assertFailed("larger than the 1 MiB limit", fetch(OPTIONS, request("/feed")));
    }

    @Test
    void aSlowBodyEndsAtTheDeadlineAndTheConnectionIsClosed() throws Exception {
        server.on("/feed", trickle(200, 0, 1, 50));

        FetchResult result = fetch(QUICK, request("/feed"));

        assertFailed("the body was not complete within 1 s", result);
        server.hungUp.get(10, TimeUnit.SECONDS);
    }

    @Test
    void headersThenNothingEndAtTheDeadline() {
        server.on("/feed", MisbehavingServer.stallAfterHeaders());

        assertFailed("the body was not complete within 1 s", fetch(QUICK, request("/feed")));
    }

    @Test
    void noAnswerAtAllEndsAtTheDeadline() {
        server.on("/feed", MisbehavingServer.silence());

        assertFailed("no answer within 1 s", fetch(QUICK, request("/feed")));
    }

    @Test
    void aBodyCutShortFails() {
        server.on("/feed", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("<rss>".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
        });

        assertFailed("the connection closed before the body was complete", fetch(OPTIONS, request("/feed")));
    }

    @Test
    void errorStatusesFailWithTheStatusEvenWhenTheErrorPageNeverEnds() {
        server.on("/missing", status(404, "<html>not here</html>".getBytes(StandardCharsets.UTF_8)));
        server.on("/gone", status(410, new byte[0]));
        server.on("/broken", trickle(500, 0, 16 * 1024, 0));

        assertFailed("HTTP 404 Not Found", fetch(OPTIONS, request("/missing")));
        assertFailed("HTTP 410 Gone", fetch(OPTIONS, request("/gone")));
        assertFailed("HTTP 500 Internal Server Error", fetch(OPTIONS, request("/broken")));
    }

    @Test
    void aRefusedConnectionFails() throws IOException {
        FetchResult result = fetch(OPTIONS, new FetchRequest(URI.create("http://127.0.0.1:" + closedPort() + "/"),
                null, null));

        assertFailed("connection refused", result);
    }

    @Test
    void addressesThatAreNotHttpFailWithoutARequest() {
        for (String address : List.of("file:///etc/passwd", "ftp://127.0.0.1/feed", "http:feed", "http:///feed",
                "javascript:alert(1)", "feed")) {
            assertFailed("not an http or https address with a host name",
                    fetch(OPTIONS, new FetchRequest(URI.create(address), null, null)));
        }
        assertFailed("not an http or https address with a host name", fetch(OPTIONS, new FetchRequest(null, null, null)));
    }

    @Test
    void permanentRedirectsAnywhereOnTheWaySayTheFeedMoved() {
        server.on("/a", redirect(302, "/b"))
                .on("/b", redirect(301, server.uri("/c").toString()))
                .on("/c", redirect(307, "d"))
                .on("/d", redirect(308, "/feed?x=1"))
                .on("/feed", ok("<rss/>"));

        FetchResult result = fetch(OPTIONS, request("/a"));

        assertEquals(Status.OK, result.status(), result.error());
        assertTrue(result.movedPermanently());
        assertEquals(server.uri("/feed?x=1"), result.finalUri());
        assertEquals(5, server.requests.size());
    }

    @Test
    void temporaryRedirectsLeaveTheSubscriptionAlone() {
        server.on("/a", redirect(302, "/b")).on("/b", redirect(307, "/feed")).on("/feed", ok("<rss/>"));

        FetchResult result = fetch(OPTIONS, request("/a"));

        assertEquals(Status.OK, result.status(), result.error());
        assertFalse(result.movedPermanently());
        assertEquals(server.uri("/feed"), result.finalUri());
    }

    @Test
    void fiveRedirectsAreFollowedAndASixthIsNot() {
        server.on("/hop/", exchange -> {
            int hop = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
            (hop == 5 && exchange.getRequestURI().getQuery() != null ? ok("<rss/>")
                    : redirect(302, "/hop/" + (hop + 1) + (exchange.getRequestURI().getQuery() == null ? "" : "?end")))
                    .answer(exchange);
        });

        assertEquals(Status.OK, fetch(OPTIONS, request("/hop/0?end")).status());
        assertEquals(6, server.requests.size());
        assertFailed("more than 5 redirects", fetch(OPTIONS, request("/hop/0")));
        assertEquals(12, server.requests.size());
    }

    @Test
    void aRedirectLoopIsNamedAsOne() {
        server.on("/a", redirect(301, "/b")).on("/b", redirect(302, "/a#again"));

        FetchResult result = fetch(OPTIONS, request("/a"));

        assertFailed("a redirect loop", result);
        assertEquals(2, server.requests.size());
    }

    @Test
    void aRedirectElsewhereThanHttpOrWithoutALocationFails() {
        server.on("/file", redirect(302, "file:///etc/passwd"))
                .on("/script", redirect(302, "javascript:alert(1)"))
                .on("/nowhere", status(301, new byte[0]))
                .on("/bad", redirect(302, "http://[::1"));

        assertFailed("a redirect to an address that is not http or https", fetch(OPTIONS, request("/file")));
        assertFailed("a redirect to an address that is not http or https", fetch(OPTIONS, request("/script")));
        assertFailed("HTTP 301 without a Location", fetch(OPTIONS, request("/nowhere")));
        assertFailed("a redirect to an address that is not valid", fetch(OPTIONS, request("/bad")));
    }

    @Test
    void aLocationWithRawSpacesAndUtf8IsFollowedAsBrowsersDo() {
        // Header values travel as ISO-8859-1: these two chars are the UTF-8 bytes of é.
        server.on("/old", redirect(301, "/caf\u00c3\u00a9 feed")).on("/caf", ok("<rss/>"));

        FetchResult result = fetch(OPTIONS, request("/old"));

        assertEquals(Status.OK, result.status(), result.error());
        assertEquals("/caf%C3%A9%20feed", result.finalUri().getRawPath());
    }

    @Test
    void aRedirectFromHttpToHttpsIsFollowed() throws IOException {
        String upgraded = "https://127.0.0.1:" + closedPort() + "/feed";
        server.on("/feed", redirect(301, upgraded));

        FetchResult result = fetch(OPTIONS, request("/feed"));

        assertFailed("connection refused", result);
        assertEquals(URI.create(upgraded), result.finalUri());
    }

    @Test
    void aRedirectFromHttpsToHttpIsRefused() throws Exception {
        MisbehavingServer secure = opened(MisbehavingServer.https(certificate.server()));
        server.on("/feed", ok("<rss/>"));
        secure.on("/feed", redirect(301, server.uri("/feed").toString())).on("/ok", ok("<rss>secure</rss>"));
        Fetcher fetcher = fetcher(OPTIONS, certificate.client());

        assertEquals("<rss>secure</rss>", new String(fetch(fetcher, secure.uri("/ok")).body(), StandardCharsets.UTF_8));
        assertFailed("a redirect from https to http, which lede does not follow", fetch(fetcher, secure.uri("/feed")));
        assertEquals(0, server.requests.size());
    }

    @Test
    void theTlsContextIsMadeOnlyWhenAnHttpsFeedNeedsItAndThenOnce() throws Exception {
        MisbehavingServer secure = opened(MisbehavingServer.https(certificate.server()));
        server.on("/feed", ok("<rss>plain</rss>"));
        secure.on("/feed", ok("<rss>secure</rss>"));
        AtomicInteger made = new AtomicInteger();
        SSLContext tls = certificate.client();
        Fetcher fetcher = opened(new Fetcher(OPTIONS, Clock.fixed(NOW, ZoneOffset.UTC), () -> {
            made.incrementAndGet();
            return tls;
        }));

        assertEquals("<rss>plain</rss>", new String(fetch(fetcher, server.uri("/feed")).body(), StandardCharsets.UTF_8));
        assertEquals(0, made.get(), "an http feed needs no TLS");
        assertEquals("<rss>secure</rss>", new String(fetch(fetcher, secure.uri("/feed")).body(), StandardCharsets.UTF_8));
        assertEquals("<rss>secure</rss>", new String(fetch(fetcher, secure.uri("/feed")).body(), StandardCharsets.UTF_8));
        assertEquals(1, made.get());
    }

    @Test
    void fetchEachGivesEveryAnswerOnceWithItsIndexAsItArrives() {
        server.on("/a", ok("<rss>a</rss>")).on("/b", ok("<rss>b</rss>"));
        List<FetchRequest> requests = List.of(new FetchRequest(server.uri("/a"), null, null),
                new FetchRequest(server.uri("/b"), null, null), new FetchRequest(server.uri("/none"), null, null));
        Map<Integer, FetchResult> answers = new ConcurrentHashMap<>();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        Fetcher fetcher = fetcher(OPTIONS, null);
        assertTimeoutPreemptively(RETURNS, () -> fetcher.fetchEach(requests, (i, result) -> {
            order.add(i);
            answers.put(i, result);
        }));
        assertEquals(3, order.size(), order.toString());
        assertEquals("<rss>b</rss>", new String(answers.get(1).body(), StandardCharsets.UTF_8));
        assertEquals(Status.FAILED, answers.get(2).status());
    }

    @Test
    void tlsFaultsFailInOneLine() throws Exception {
        MisbehavingServer secure = opened(MisbehavingServer.https(certificate.server()));
        secure.on("/feed", ok("<rss/>"));
        Fetcher trustsTheJdkOnly = fetcher(OPTIONS, null);
        URI plainServerAskedForTls = URI.create("https://127.0.0.1:"
                + answering("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n") + "/feed");

        FetchResult untrusted = fetch(trustsTheJdkOnly, secure.uri("/feed"));
        FetchResult notTls = fetch(trustsTheJdkOnly, plainServerAskedForTls);

        for (FetchResult result : List.of(untrusted, notTls)) {
            assertEquals(Status.FAILED, result.status());
            assertTrue(result.error().startsWith("TLS failed: "), result.error());
            assertTrue(result.error().lines().count() == 1 && result.error().length() < 200, result.error());
        }
        assertEquals(0, secure.requests.size());
    }

    @Test
    void anAnswerThatIsNoHttpOrNothingAtAllIsOneLine() throws IOException {
        URI garbled = URI.create("http://127.0.0.1:" + answering("HTTP/1.1 2x0 \u001b]0;pwned\u0007\u2028\n\r\n") + "/");
        URI nothing = URI.create("http://127.0.0.1:" + answering("") + "/");

        FetchResult result = fetch(OPTIONS, new FetchRequest(garbled, null, null));
        assertEquals(Status.FAILED, result.status());
        assertTrue(result.error().lines().count() == 1 && result.error().length() < 200, result.error());
        assertFailed("the server closed the connection without an answer",
                fetch(OPTIONS, new FetchRequest(nothing, null, null)));
    }

    @Test
    void tooManyRequestsAndUnavailableSayWhenToComeBackInBothForms() {
        server.on("/busy", status(429, new byte[0], "Retry-After", "120"))
                .on("/down", status(503, new byte[0], "Retry-After", "Tue, 01 Dec 2026 13:00:00 GMT"))
                .on("/plain", status(503, new byte[0]));

        FetchResult busy = fetch(OPTIONS, request("/busy"));
        FetchResult down = fetch(OPTIONS, request("/down"));
        FetchResult plain = fetch(OPTIONS, request("/plain"));

        assertFailed("HTTP 429 Too Many Requests; the server asks to wait until 2026-12-01T12:02:00Z", busy);
        assertEquals(NOW.plusSeconds(120), busy.retryAfter());
        assertFailed("HTTP 503 Service Unavailable; the server asks to wait until 2026-12-01T13:00:00Z", down);
        assertEquals(Instant.parse("2026-12-01T13:00:00Z"), down.retryAfter());
        assertFailed("HTTP 503 Service Unavailable", plain);
        assertNull(plain.retryAfter());
    }

    @Test
    void aRememberedRetryAfterThatHasNotPassedIsDeferredWithoutARequest() {
        server.on("/feed", ok("<rss/>"));
        URI feed = server.uri("/feed");

        FetchResult deferred = fetch(OPTIONS, new FetchRequest(feed, "\"v1\"", "then", NOW.plusSeconds(3600)));
        assertEquals(Status.DEFERRED, deferred.status());
        assertEquals("not asked: the server asked to wait until 2026-12-01T13:00:00Z", deferred.error());
        assertEquals(NOW.plusSeconds(3600), deferred.retryAfter());
        assertEquals("\"v1\"", deferred.etag());
        assertEquals("then", deferred.lastModified());
        assertEquals(0, server.requests.size());

        assertEquals(Status.OK, fetch(OPTIONS, new FetchRequest(feed, null, null, NOW)).status());
        assertEquals(1, server.requests.size());
    }

    @Test
    void credentialsInTheAddressAreSentToItsOriginOnlyAndNeverEchoed() throws IOException {
        MisbehavingServer elsewhere = opened(MisbehavingServer.http());
        elsewhere.on("/feed", ok("<rss/>"));
        server.on("/feed", ok("<rss/>")).on("/moved", redirect(302, "/feed"))
                .on("/away", redirect(302, elsewhere.uri("/feed").toString()));
        String expected = "Basic " + Base64.getEncoder().encodeToString("me:s3cret".getBytes(StandardCharsets.UTF_8));

        fetch(OPTIONS, withCredentials(server.uri("/feed")));
        FetchResult moved = fetch(OPTIONS, withCredentials(server.uri("/moved")));
        fetch(OPTIONS, withCredentials(server.uri("/away")));
        FetchResult refused = fetch(OPTIONS, new FetchRequest(
                URI.create("http://me:s3cret@127.0.0.1:" + closedPort() + "/feed"), null, null));

        assertEquals(expected, server.requests.get(0).getFirst("Authorization"));
        assertEquals(expected, server.requests.get(2).getFirst("Authorization"));
        assertEquals(withCredentials(server.uri("/feed")).uri(), moved.finalUri());
        assertEquals(expected, server.requests.get(3).getFirst("Authorization"));
        assertNull(elsewhere.requests.get(0).getFirst("Authorization"));
        assertFailed("connection refused", refused);
    }

    @Test
    void fetchAllKeepsTheOrderAndAsksOneHostAtMostTwiceAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.on("/feed/", exchange -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(150);
            running.decrementAndGet();
            ok(exchange.getRequestURI().getPath()).answer(exchange);
        });
        List<FetchRequest> requests = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            requests.add(request("/feed/" + i));
        }
        requests.add(new FetchRequest(URI.create("file:///etc/passwd"), null, null));
        Fetcher fetcher = fetcher(OPTIONS, null);

        List<FetchResult> results = assertTimeoutPreemptively(RETURNS, () -> fetcher.fetchAll(requests));

        for (int i = 0; i < 7; i++) {
            assertEquals("/feed/" + i, new String(results.get(i).body(), StandardCharsets.UTF_8));
        }
        assertEquals(Status.FAILED, results.get(7).status());
        assertEquals(2, most.get());
    }

    // Helpers

    private FetchRequest request(String path) {
        return new FetchRequest(server.uri(path), null, null);
    }

    private static FetchRequest withCredentials(URI uri) {
        return new FetchRequest(URI.create(uri.toString().replace("://", "://me:s3cret@")), null, null);
    }

    private FetchResult fetch(FetchOptions options, FetchRequest request) {
        Fetcher fetcher = fetcher(options, null);
        return assertTimeoutPreemptively(RETURNS, () -> fetcher.fetch(request));
    }

    private static FetchResult fetch(Fetcher fetcher, URI uri) {
        return assertTimeoutPreemptively(RETURNS, () -> fetcher.fetch(new FetchRequest(uri, null, null)));
    }

    private Fetcher fetcher(FetchOptions options, SSLContext tls) {
        return opened(new Fetcher(options, Clock.fixed(NOW, ZoneOffset.UTC), tls));
    }

    private <T extends AutoCloseable> T opened(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private static void assertFailed(String error, FetchResult result) {
        assertEquals(error, result.error());
        assertEquals(Status.FAILED, result.status());
        assertNull(result.body());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** A port where a server answers every connection at once with these bytes and hangs up. */
    private int answering(String answer) throws IOException {
        ServerSocket socket = opened(new ServerSocket(0, 8, InetAddress.getByName("127.0.0.1")));
        Thread thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    connection.getOutputStream().write(answer.getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    // closed: the test is over
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
        return socket.getLocalPort();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
