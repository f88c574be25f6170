package dev.lede.feeds;

import java.net.URI;

/**
 * What fetching one feed did.
 *
 * @param newStories     stories written for items not seen before
 * @param changedStories stories written again because their item changed
 * @param movedTo        the feed's new address when it moved permanently (the subscription now says so), or null
 * @param error          why it failed or was not asked, one line, or null
 */
public record FeedReport(String name, Outcome outcome, int newStories, int changedStories, URI movedTo,
                         String error) {

    /** How the fetch of a feed ended. */
    public enum Outcome {
        /** Fetched (200), whether or not anything in it was new. */
        FETCHED,
        /** The server said nothing changed (304). */
        NOT_MODIFIED,
        /** Not asked: the server's Retry-After has not passed yet. */
        DEFERRED,
        /** Could not be fetched, parsed or written; what did arrive of it is kept. */
        FAILED
    }

    /** True when there is something to say about it: stories written, a move, a failure, a deferral. */
    public boolean worthALine() {
        return newStories > 0 || changedStories > 0 || movedTo != null || outcome == Outcome.FAILED
                || outcome == Outcome.DEFERRED;
    }
}
