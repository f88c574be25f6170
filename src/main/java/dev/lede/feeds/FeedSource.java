package dev.lede.feeds;

import dev.lede.feedfile.BriefSource;
import dev.lede.feedfile.FeedEntry;
import dev.lede.feedfile.FeedException;
import dev.lede.feedfile.ParsedFeed;
import dev.lede.fetch.FetchRequest;
import dev.lede.fetch.FetchResult;
import java.net.URI;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The three steps a sync takes for each feed, behind one small interface so that tests run them with fakes:
 * fetching ({@code fetch.Fetcher}), parsing ({@code feedfile.FeedParser}) and writing an entry as a story
 * ({@code feedfile.BriefWriter}). {@link RealFeedSource} is the real one.
 */
public interface FeedSource extends AutoCloseable {

    /** The answers, in the order of the requests; never throws for a network fault. */
    List<FetchResult> fetchAll(List<FetchRequest> requests);

    /**
     * Each answer given to {@code answered} with the index of its request, as soon as it arrives (from any thread,
     * while the others are still fetched); returns once every request has had its answer. By default, every answer
     * once {@link #fetchAll} has them all.
     */
    default void fetchEach(List<FetchRequest> requests, BiConsumer<Integer, FetchResult> answered) {
        List<FetchResult> results = fetchAll(requests);
        for (int i = 0; i < results.size(); i++) {
            answered.accept(i, results.get(i));
        }
    }

    ParsedFeed parse(byte[] body, String contentType, URI location) throws FeedException;

    /** The text of the story file of an entry. */
    String brief(FeedEntry entry, BriefSource source);

    @Override
    default void close() {
    }
}
