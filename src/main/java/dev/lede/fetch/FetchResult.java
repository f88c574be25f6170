package dev.lede.fetch;

import java.net.URI;
import java.time.Instant;

/**
 * What fetching one feed gave.
 *
 * @param finalUri         where the body came from, after redirects
 * @param movedPermanently true when a 301 or 308 on the way says the subscription should use {@code finalUri}
 * @param body             the decoded body for {@link Status#OK}, else null
 * @param contentType      the Content-Type header, or null
 * @param etag             the ETag to send next time, or null
 * @param lastModified     the Last-Modified to send next time, or null
 * @param retryAfter       when the server asked not to come back before (429, 503), or null
 * @param error            one line saying what went wrong, for {@link Status#FAILED} and {@link Status#DEFERRED}
 */
public record FetchResult(Status status, URI finalUri, boolean movedPermanently, byte[] body, String contentType,
                          String etag, String lastModified, Instant retryAfter, String error) {

    public enum Status {
        OK,
        NOT_MODIFIED,
        FAILED,
        /** Not asked: a Retry-After the server gave has not passed yet. */
        DEFERRED
    }
}
