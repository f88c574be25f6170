package dev.lede.feeds;

import dev.lede.feedfile.BriefSource;
import dev.lede.feedfile.FeedEntry;
import dev.lede.feedfile.FeedException;
import dev.lede.feedfile.ParsedFeed;
import dev.lede.fetch.FetchRequest;
import dev.lede.fetch.FetchResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Feeds served from memory: a feed answers 200 with an ETag (304 when the request sends that ETag back), an address
 * not served fails as a 404, a fixed answer overrides both, and a move answers from its new address saying it moved
 * permanently. Stories are written as a title, a lede and the source's fields.
 */
public final class FakeFeedSource implements FeedSource {

    public final Map<URI, ParsedFeed> feeds = new HashMap<>();
    public final Map<URI, FetchResult> answers = new HashMap<>();
    public final Map<URI, URI> moves = new HashMap<>();
    public final Set<String> unwritable = new HashSet<>();
    public final List<FetchRequest> requests = new ArrayList<>();

    public FakeFeedSource serve(String url, FeedEntry... entries) {
        feeds.put(URI.create(url), new ParsedFeed("Feed at " + url, null, List.of(entries)));
        return this;
    }

    public static FeedEntry entry(String guid, String link, String title, String published, String summary) {
        return new FeedEntry(guid, link, title, null, published, published == null ? null : Instant.parse(published),
                summary, null, null, List.of(), List.of());
    }

    @Override
    public List<FetchResult> fetchAll(List<FetchRequest> asked) {
        List<FetchResult> results = new ArrayList<>();
        for (FetchRequest request : asked) {
            requests.add(request);
            results.add(answer(request));
        }
        return results;
    }

    private FetchResult answer(FetchRequest request) {
        if (answers.containsKey(request.uri())) {
            return answers.get(request.uri());
        }
        URI at = moves.getOrDefault(request.uri(), request.uri());
        boolean moved = !at.equals(request.uri());
        ParsedFeed feed = feeds.get(at);
        if (feed == null) {
            return new FetchResult(FetchResult.Status.FAILED, at, false, null, null, null, null, null,
                    "HTTP 404 Not Found");
        }
        String etag = "\"" + Integer.toHexString(feed.hashCode()) + "\"";
        if (etag.equals(request.etag())) {
            return new FetchResult(FetchResult.Status.NOT_MODIFIED, at, moved, null, null, etag, null, null, null);
        }
        return new FetchResult(FetchResult.Status.OK, at, moved, at.toString().getBytes(StandardCharsets.UTF_8),
                "application/rss+xml", etag, null, null, null);
    }

    @Override
    public ParsedFeed parse(byte[] body, String contentType, URI location) throws FeedException {
        ParsedFeed feed = feeds.get(URI.create(new String(body, StandardCharsets.UTF_8)));
        if (feed == null || feed.title() == null) {
            throw new FeedException("not a feed (an HTML page)");
        }
        return feed;
    }

    @Override
    public String brief(FeedEntry entry, BriefSource source) {
        if (unwritable.contains(entry.title())) {
            throw new IllegalStateException("cannot write " + entry.title());
        }
        return "---\nfeed: " + source.feedName() + "\nfeed_url: " + source.feedUrl() + "\nguid: " + entry.guid()
                + "\nfetched: " + source.fetched() + "\n---\n" + entry.title() + "\n" + entry.summaryHtml() + "\n";
    }
}
