package dev.lede.tui;

import dev.lede.feeds.FeedReport;
import dev.lede.feeds.FeedSource;
import dev.lede.feeds.FeedSync;
import dev.lede.feeds.FeedsException;
import dev.lede.feeds.Subscription;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Feeds being fetched on a background thread while the reader goes on ({@code R}). The thread only publishes: the
 * count of feeds done, how many batches brought stories so far, then one line saying what came of it; the reader's
 * loop polls them.
 *
 * <p>The feeds go to {@link FeedSync} {@link #BATCH} at a time, as many as it fetches at once anyway, so that the
 * count moves and the stories of the first feeds join the list while the others are still on their way (a sync
 * counts its feeds only once all of them have answered).
 */
final class FeedFetch {

    /** Feeds per sync: the fetcher's own limit of feeds at once. */
    static final int BATCH = 8;

    /** Done and total packed in one long, so the pair is always read as it was written; -1 before the count. */
    private final AtomicLong counts = new AtomicLong(-1);
    private final AtomicReference<String> outcome = new AtomicReference<>();
    private volatile int newStories;
    private final AtomicInteger arrivals = new AtomicInteger();

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
            List<FeedReport> reports = new ArrayList<>();
            int total = subscriptions.size();
            counts.set(total);
            try (FeedSource source = feeds.source().get()) {
                FeedSync sync = new FeedSync(feeds.subscriptions(), feeds.states(), feeds.dir(), source, clock);
                for (int from = 0; from < total; from += BATCH) {
                    int before = from;
                    List<FeedReport> batch = sync.fetch(subscriptions.subList(from, Math.min(total, from + BATCH)),
                            (done, all) -> counts.set(((long) (before + done) << 32) | total));
                    reports.addAll(batch);
                    if (batch.stream().anyMatch(report -> report.newStories() > 0)) {
                        arrivals.incrementAndGet();
                    }
                }
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

    /** How many batches brought new stories so far. */
    int arrivals() {
        return arrivals.get();
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
