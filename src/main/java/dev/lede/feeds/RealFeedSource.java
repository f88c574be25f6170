package dev.lede.feeds;

import dev.lede.feedfile.BriefSource;
import dev.lede.feedfile.BriefWriter;
import dev.lede.feedfile.FeedEntry;
import dev.lede.feedfile.FeedException;
import dev.lede.feedfile.FeedParser;
import dev.lede.feedfile.ParsedFeed;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.FetchRequest;
import dev.lede.fetch.FetchResult;
import dev.lede.fetch.Fetcher;
import java.net.URI;
import java.util.List;
import java.util.function.BiConsumer;

/** The real steps: {@link Fetcher}, {@link FeedParser} and {@link BriefWriter}. */
public final class RealFeedSource implements FeedSource {

    private final Fetcher fetcher;

    /** @param version lede's version, for the User-Agent */
    public RealFeedSource(String version) {
        this.fetcher = new Fetcher(FetchOptions.defaults(version));
    }

    @Override
    public List<FetchResult> fetchAll(List<FetchRequest> requests) {
        return fetcher.fetchAll(requests);
    }

    @Override
    public void fetchEach(List<FetchRequest> requests, BiConsumer<Integer, FetchResult> answered) {
        fetcher.fetchEach(requests, answered);
    }

    /**
     * The feed in the body; for an HTML page that names its feed ({@code <link rel="alternate">}), that feed,
     * fetched once (a page naming another page is not followed further).
     */
    @Override
    public ParsedFeed parse(byte[] body, String contentType, URI location) throws FeedException {
        try {
            return FeedParser.parse(body, contentType, location);
        } catch (FeedException notAFeed) {
            URI alternate = FeedParser.alternate(body, location).orElse(null);
            if (alternate == null || alternate.equals(location)) {
                throw notAFeed;
            }
            FetchResult feed = fetcher.fetch(new FetchRequest(alternate, null, null));
            if (feed.status() != FetchResult.Status.OK) {
                throw new FeedException(notAFeed.getMessage() + "; fetching it: " + feed.error());
            }
            return FeedParser.parse(feed.body(), feed.contentType(), feed.finalUri());
        }
    }

    @Override
    public String brief(FeedEntry entry, BriefSource source) {
        return BriefWriter.write(entry, source);
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
