package dev.lede.feedfile;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Feed bytes into a {@link ParsedFeed}: RSS 0.90–2.0 and Atom 0.3/1.0 (through Rome, on a JDOM document read by
 * {@link SafeXml}) and JSON Feed 1.0/1.1. The format is told from the bytes, not from the content type, which feeds
 * get wrong; the content type only names a charset. Every fault is one {@link FeedException} with a one-line message.
 */
public final class FeedParser {

    /** The largest document read, in bytes. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    static final String HTML_PAGE = "not a feed: an HTML page";
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json");

    private FeedParser() {
    }

    /**
     * The feed the document holds.
     *
     * @param contentType the HTTP {@code Content-Type}, or null: only its charset is read
     * @param location    where the document came from, to resolve relative links against, or null
     */
    public static ParsedFeed parse(byte[] body, String contentType, URI location) throws FeedException {
        if (body == null || body.length == 0) {
            throw new FeedException("not a feed: the document is empty");
        }
        if (body.length > MAX_BYTES) {
            throw new FeedException("not a feed: larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        String text = FeedCharset.decode(body, contentType);
        int start = Prolog.end(text);
        if (start >= text.length()) {
            throw new FeedException("not a feed: the document is empty");
        }
        try {
            if (text.charAt(start) == '{') {
                return JsonFeedReader.read(text, location);
            }
            if (Prolog.isHtml(text)) {
                throw new FeedException(htmlPage(text, location));
            }
            if (text.charAt(start) != '<') {
                throw new FeedException("not a feed: neither XML nor JSON");
            }
            return XmlFeedReader.read(SafeXml.read(text), location);
        } catch (RuntimeException | StackOverflowError e) {
            throw new FeedException("not a feed: " + oneLine(e.toString()));
        }
    }

    /**
     * The feed an HTML page names in a {@code <link rel="alternate">} of an RSS, Atom or JSON Feed type, resolved
     * against the page's location (and its {@code <base>}); only http and https links.
     */
    public static Optional<URI> alternate(byte[] body, URI location) {
        if (body == null || body.length == 0 || body.length > MAX_BYTES) {
            return Optional.empty();
        }
        return alternate(FeedCharset.decode(body, null), location);
    }

    private static Optional<URI> alternate(String html, URI location) {
        String base = location == null ? "" : location.toString();
        for (Element link : Jsoup.parse(html, base).select("link[rel][type][href]")) {
            Set<String> rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).strip().split("\\s+"));
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            if (!rels.contains("alternate") || !FEED_TYPES.contains(type)) {
                continue;
            }
            String href = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
            URI uri = Links.uri(Windows1252.mapped(href));
            if (uri != null && uri.isAbsolute() && uri.getHost() != null
                    && Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                return Optional.of(uri);
            }
        }
        return Optional.empty();
    }

    private static String htmlPage(String html, URI location) {
        return alternate(html, location).map(uri -> HTML_PAGE + " (it names its feed: " + uri.toASCIIString() + ")")
                .orElse(HTML_PAGE);
    }

    /** A message on one line, without control characters, at most 200 characters. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown fault";
        }
        String line = message.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }
}
