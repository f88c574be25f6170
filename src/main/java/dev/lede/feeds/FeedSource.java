package dev.lede.feeds;

import dev.lede.feedfile.BriefSource;
import dev.lede.feedfile.FeedEntry;
import dev.lede.feedfile.FeedException;
import dev.lede.feedfile.ParsedFeed;
import dev.lede.fetch.FetchRequest;
import dev.lede.fetch.FetchResult;
import java.net.URI;
import java.util.List;

/**
 * The three steps a sync takes for each feed, behind one small interface so that tests run them with fakes:
 * fetching ({@code fetch.Fetcher}), parsing ({@code feedfile.FeedParser}) and writing an entry as a story
 * ({@code feedfile.BriefWriter}). {@link RealFeedSource} is the real one.
 */
public interface FeedSource extends AutoCloseable {

    /** The answers, in the order of the requests; never throws for a network fault. */
    List<FetchResult> fetchAll(List<FetchRequest> requests);

    ParsedFeed parse(byte[] body, String contentType, URI location) throws FeedException;

    /** The text of the story file of an entry. */
    String brief(FeedEntry entry, BriefSource source);

    @Override
    default void close() {
    }
}
