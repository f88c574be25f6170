package dev.lede.feedfile;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed, as the feed gives it. Every string may be null; the lists are never null.
 *
 * @param link        the item's link, resolved against the feed's location
 * @param date        the date as the feed writes it
 * @param published   that date parsed, or null
 * @param summaryHtml the summary or description, HTML
 * @param contentHtml the full content, HTML ({@code content:encoded}, Atom content, JSON Feed {@code content_html})
 * @param contentText the full content as plain text (JSON Feed {@code content_text})
 */
public record FeedEntry(String guid, String link, String title, String author, String date, Instant published,
                        String summaryHtml, String contentHtml, String contentText, List<String> tags,
                        List<Enclosure> enclosures) {

    public FeedEntry {
        tags = List.copyOf(tags);
        enclosures = List.copyOf(enclosures);
    }
}
