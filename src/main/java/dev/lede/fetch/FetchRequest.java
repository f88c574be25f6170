package dev.lede.fetch;

import java.net.URI;
import java.time.Instant;

/**
 * One feed to fetch, with what the last 200 answer said, for a conditional GET.
 *
 * @param etag         the last ETag, or null
 * @param lastModified the last Last-Modified, or null
 * @param notBefore    the Retry-After the server gave last time ({@link FetchResult#retryAfter()}), or null: before
 *                     it the feed is {@link FetchResult.Status#DEFERRED}, with no request
 */
public record FetchRequest(URI uri, String etag, String lastModified, Instant notBefore) {

    /** A request with nothing to wait for. */
    public FetchRequest(URI uri, String etag, String lastModified) {
        this(uri, etag, lastModified, null);
    }
}
