package dev.lede.feedfile;

import java.time.Instant;
import java.util.List;

/** Entries and a source for the brief writer's tests. */
final class BriefSamples {

    static final BriefSource SOURCE = new BriefSource("Example News", "https://example.com/feed.xml",
            Instant.parse("2026-01-02T03:04:05Z"));

    private BriefSamples() {
    }

    static FeedEntry html(String title, String summary, String content) {
        return new FeedEntry("guid-1", "https://example.com/a/story.html", title, "Jane Doe",
                "Tue, 01 Dec 2026 10:00:00 GMT", null, summary, content, null, List.of(), List.of());
    }
}
