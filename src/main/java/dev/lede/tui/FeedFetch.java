package dev.lede.tui;

import dev.lede.feeds.FeedReport;
import dev.lede.feeds.FeedSource;
import dev.lede.feeds.FeedSync;
import dev.lede.feeds.FeedsException;
import dev.lede.feeds.Subscription;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Feeds being fetched on a background thread while the reader goes on ({@code R}). The thread only publishes: the
 * count of feeds done, then one line saying what came of it; the reader's loop polls them.
 */
final class FeedFetch {

    /** Done and total packed in one long, so the pair is always read as it was written; -1 before the count. */
    private final AtomicLong counts = new AtomicLong(-1);
    private final AtomicReference<String> outcome = new AtomicReference<>();
    private volatile int newStories;

    private FeedFetch() {
    }

    /** Starts fetching every feed of {@code feeds} on a new daemon thread. */
    static FeedFetch start(Refresh.Feeds feeds, Clock clock) {
        FeedFetch fetch = new FeedFetch();
        Thread thread = new Thread(() -> fetch.run(feeds, clock), "lede-fetch");
        thread.setDaemon(true);
        thread.start();
        return fetch;
    }

    private void run(Refresh.Feeds feeds, Clock clock) {
        try {
            List<Subscription> subscriptions = feeds.subscriptions().load();
            if (subscriptions.isEmpty()) {
                outcome.set("no feeds yet; 'lede feeds add URL' subscribes to one");
                return;
            }
            List<FeedReport> reports;
            try (FeedSource source = feeds.source().get()) {
                reports = new FeedSync(feeds.subscriptions(), feeds.states(), feeds.dir(), source, clock)
                        .fetch(subscriptions, (done, total) -> counts.set(((long) done << 32) | total));
            }
            outcome.set(summary(reports));
        } catch (FeedsException e) {
            outcome.set("feeds not fetched: " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            outcome.set("feeds not fetched: " + e);
        }
    }

    /** {@code fetched 40 feeds: 12 new stories, 2 failed (ars: HTTP 404)}. */
    private String summary(List<FeedReport> reports) {
        int stories = 0;
        int failed = 0;
        FeedReport firstFailure = null;
        for (FeedReport report : reports) {
            stories += report.newStories();
            if (report.outcome() == FeedReport.Outcome.FAILED) {
                failed++;
                firstFailure = firstFailure == null ? report : firstFailure;
            }
        }
        newStories = stories;
        return "fetched " + Counts.of(reports.size(), "feed", "feeds") + ": "
                + Counts.of(stories, "new story", "new stories")
                + (failed == 0 ? "" : ", " + Counts.of(failed) + " failed (" + firstFailure.name() + ": "
                + firstFailure.error() + ")");
    }

    /** The footer's line while fetching: {@code fetching 12/40 feeds…}. */
    String progress() {
        long packed = counts.get();
        if (packed < 0) {
            return "fetching feeds…";
        }
        return "fetching " + Counts.of((int) (packed >>> 32)) + "/" + Counts.of((int) packed) + " feeds…";
    }

    /** What came of it once done, else null. */
    String outcome() {
        return outcome.get();
    }

    /** The stories the fetch added, once done. */
    int newStories() {
        return newStories;
    }
}
