package dev.lede.tui;

import dev.lede.feeds.FeedSource;
import dev.lede.feeds.StateStore;
import dev.lede.feeds.SubscriptionStore;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What {@code r} and {@code R} need: how the library is read again, and the feeds to fetch.
 *
 * @param rescan reads the library the reader shows, as at start (through the list cache: one {@code stat} per file
 *               unchanged); null when the reader cannot read it again
 * @param feeds  the feeds {@code R} fetches; null when there are none to fetch (no data folder)
 */
public record Refresh(LoadingLibrary.Load rescan, Feeds feeds) {

    /** Neither: {@code r} and {@code R} say so. */
    public static final Refresh NONE = new Refresh(null, null);

    /**
     * What a fetch from the reader works with, as {@code lede fetch} does.
     *
     * @param subscriptions {@code feeds.yml}
     * @param states        each feed's state from its last fetch
     * @param dir           the folder of the feeds' folders of stories
     * @param source        how feeds are fetched, parsed and written (a fake in tests); closed after each fetch
     */
    public record Feeds(SubscriptionStore subscriptions, StateStore states, Path dir, Supplier<FeedSource> source) {
    }
}
