package dev.lede.feedfile;

import java.time.Instant;

/** Where an entry came from, for its story file's front matter. */
public record BriefSource(String feedName, String feedUrl, Instant fetched) {
}
