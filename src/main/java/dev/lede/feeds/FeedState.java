package dev.lede.feeds;

import java.time.Instant;
import java.util.Map;

/**
 * What lede remembers of one feed between fetches.
 *
 * @param etag         the ETag of the last 200 answer, sent back as If-None-Match, or null
 * @param lastModified the Last-Modified of the last 200 answer, sent back as If-Modified-Since, or null
 * @param retryAfter   not to be asked again before this (429, 503 with Retry-After), or null
 * @param lastFetch    when it was last asked for (whatever the answer), or null when never
 * @param newItems     how many new stories that fetch wrote
 * @param lastError    why that fetch failed, one line, or null when it did not
 * @param items        for each story of the feed's last document, by its id's hash, a hash of the item as it was
 *                     written: an item whose hash changed is written again
 */
public record FeedState(String etag, String lastModified, Instant retryAfter, Instant lastFetch, int newItems,
                        String lastError, Map<String, String> items) {

    /** A feed never fetched. */
    public static final FeedState NEW = new FeedState(null, null, null, null, 0, null, Map.of());

    public FeedState {
        items = Map.copyOf(items);
    }

    /** This state with these items. */
    FeedState with(Map<String, String> items) {
        return new FeedState(etag, lastModified, retryAfter, lastFetch, newItems, lastError, items);
    }
}
