package dev.lede.fetch;

import dev.lede.fetch.FetchResult.Status;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetching one feed: one GET per hop, redirects followed by hand, everything within one deadline, until a result.
 * Used once.
 */
final class SingleFetch {

    /** Feed types first, then XML and JSON, then anything (a server that ignores Accept still gets a chance). */
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    /** The most of an unwanted body (a redirect's, an error page) read so the connection can be kept. */
    private static final long UNWANTED_BODY = 64 * 1024;
    /** A longer ETag or Last-Modified is not kept: sent back, it would be refused or cost every request. */
    private static final int LONGEST_VALIDATOR = 1024;

    private final HttpClient client;
    private final FetchOptions options;
    private final FetchRequest request;
    private final Clock clock;
    private final long deadline;
    private final Set<URI> seen = new HashSet<>();
    private URI uri;
    private boolean movedPermanently;

    SingleFetch(HttpClient client, FetchOptions options, FetchRequest request, Clock clock) {
        this.client = client;
        this.options = options;
        this.request = request;
        this.clock = clock;
        this.deadline = System.nanoTime() + options.deadline().toNanos();
        this.uri = request.uri();
    }

    FetchResult run() {
        try {
            uri = Redirect.start(request.uri());
            seen.add(Redirect.bare(uri));
            for (int redirects = 0; ; redirects++) {
                HttpResponse<byte[]> response = send();
                if (!isRedirect(response.statusCode())) {
                    return answer(response);
                }
                if (redirects == options.maxRedirects()) {
                    throw new FetchFault("more than " + options.maxRedirects() + " redirects");
                }
                follow(response);
            }
        } catch (FetchFault fault) {
            return failed(fault.getMessage(), null);
        }
    }

    private HttpResponse<byte[]> send() throws FetchFault {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchFault("no answer within " + FetchOptions.text(options.deadline()));
        }
        AtomicReference<CappedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request(Duration.ofNanos(remaining)),
                info -> {
                    body.set(bodyFor(info));
                    return body.get();
                });
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            String within = " within " + FetchOptions.text(options.deadline());
            throw new FetchFault(started(body) ? "the body was not complete" + within : "no answer" + within);
        } catch (ExecutionException e) {
            throw new FetchFault(FaultLine.of(e.getCause(), started(body), options));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFault("interrupted");
        } finally {
            if (!future.isDone() || future.isCompletedExceptionally()) {
                future.cancel(true);
                if (body.get() != null) {
                    body.get().cancel();
                }
            }
        }
    }

    private HttpRequest request(Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(Redirect.bare(uri)).GET().timeout(timeout)
                .header("User-Agent", options.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip");
        if (uri.getScheme().equalsIgnoreCase("http")) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        headerIfValid(builder, "If-None-Match", request.etag());
        headerIfValid(builder, "If-Modified-Since", request.lastModified());
        if (uri.getRawUserInfo() != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(uri.getUserInfo().getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }

    private CappedBody bodyFor(ResponseInfo info) {
        long declared = contentLength(info.headers());
        return isOk(info.statusCode())
                ? new CappedBody(options.maxBytes(), declared, "larger than the " + options.maxBytesText() + " limit")
                : new CappedBody(UNWANTED_BODY, declared, null);
    }

    private void follow(HttpResponse<byte[]> response) throws FetchFault {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new FetchFault(StatusLine.of(status) + " without a Location"));
        URI next = Redirect.target(uri, location);
        if (!seen.add(Redirect.bare(next))) {
            throw new FetchFault("a redirect loop");
        }
        movedPermanently |= status == 301 || status == 308;
        uri = Redirect.sameOrigin(uri, next) ? Redirect.withUserInfo(next, uri) : next;
    }

    private FetchResult answer(HttpResponse<byte[]> response) throws FetchFault {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        if (isOk(status)) {
            byte[] body = ContentEncoding.decode(response.body(), headers.allValues("Content-Encoding"),
                    options.maxBytes(), options.maxBytesText());
            return new FetchResult(Status.OK, uri, movedPermanently, body, header(headers, "Content-Type"),
                    validator(headers, "ETag", null), validator(headers, "Last-Modified", null), null, null);
        }
        if (status == 304) {
            return new FetchResult(Status.NOT_MODIFIED, uri, movedPermanently, null, null,
                    validator(headers, "ETag", request.etag()),
                    validator(headers, "Last-Modified", request.lastModified()), null, null);
        }
        if (status == 429 || status == 503) {
            Instant retryAfter = RetryAfter.parse(header(headers, "Retry-After"), clock.instant());
            return failed(StatusLine.of(status) + (retryAfter == null ? ""
                    : "; the server asks to wait until " + retryAfter.truncatedTo(ChronoUnit.SECONDS)), retryAfter);
        }
        return failed(StatusLine.of(status), null);
    }

    private FetchResult failed(String error, Instant retryAfter) {
        return new FetchResult(Status.FAILED, uri, movedPermanently, null, null, null, null, retryAfter,
                withoutCredentials(error));
    }

    /** The line with the user information of the address left out, should a message ever quote the address. */
    private String withoutCredentials(String error) {
        String line = error;
        for (URI address : new URI[] {request.uri(), uri}) {
            if (address != null && address.getRawUserInfo() != null) {
                line = line.replace(address.getRawUserInfo() + "@", "").replace(address.getUserInfo() + "@", "");
            }
        }
        return line;
    }

    private static boolean started(AtomicReference<CappedBody> body) {
        return body.get() != null && body.get().started();
    }

    private static boolean isOk(int status) {
        return status == 200 || status == 203;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String header(HttpHeaders headers, String name) {
        return headers.firstValue(name).orElse(null);
    }

    private static String validator(HttpHeaders headers, String name, String otherwise) {
        String value = header(headers, name);
        return value == null || value.length() > LONGEST_VALIDATOR ? otherwise : value;
    }

    private static long contentLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A remembered validator is sent only when it is a valid header value (it came from a server, after all). */
    private static void headerIfValid(HttpRequest.Builder builder, String name, String value) {
        if (value != null && !value.isBlank() && value.chars().allMatch(SingleFetch::isHeaderChar)) {
            builder.header(name, value);
        }
    }

    private static boolean isHeaderChar(int c) {
        return c == '\t' || c >= 0x20 && c != 0x7F && c <= 0xFF;
    }
}
