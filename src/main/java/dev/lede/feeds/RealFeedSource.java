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
    public ParsedFeed parse(byte[] body, String contentType, URI location) throws FeedException {
        return FeedParser.parse(body, contentType, location);
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
