package dev.lede.feedfile;

import java.util.List;

/** A feed document read: its title and site link (either may be null) and its entries in the feed's order. */
public record ParsedFeed(String title, String link, List<FeedEntry> entries) {

    public ParsedFeed {
        entries = List.copyOf(entries);
    }
}
