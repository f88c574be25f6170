package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.storyfile.StoryDates;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryOrderTest {

    /** A story of {@code date}, or without one of a time long before every dated one (its file's time). */
    private static StoryRef story(String id, String title, String date) {
        return story(id, title, date, null);
    }

    private static StoryRef story(String id, String title, String date, String feed) {
        long time = date == null ? 0 : StoryDates.parse(date);
        return new StoryRef(id, Path.of(id + ".txt"), id + ".txt", title, date, 1, feed, null, null, List.of(), time);
    }

    private static final List<StoryRef> FILE_ORDER = List.of(
            story("a", "zebra crossing", "2025-01-02"),
            story("b", "Éclair recipes", null),
            story("c", "apple harvest", "2025-03-01"),
            story("d", "Banana prices", "2025-01-02"),
            story("e", "eagles return", null));

    private static List<String> ids(List<StoryRef> stories) {
        return stories.stream().map(StoryRef::id).toList();
    }

    @Test
    void fileOrderIsTheLibraryOrder() {
        assertEquals(List.of("a", "b", "c", "d", "e"), ids(StoryOrder.FILE.sort(FILE_ORDER)));
    }

    @Test
    void titleOrderIgnoresCaseAndAccents() {
        assertEquals(List.of("c", "d", "e", "b", "a"), ids(StoryOrder.TITLE.sort(FILE_ORDER)));
    }

    @Test
    void dateOrderIsNewestFirstByTimeAndTiesInFileOrder() {
        assertEquals(List.of("c", "a", "d", "b", "e"), ids(StoryOrder.DATE.sort(FILE_ORDER)));
    }

    @Test
    void dateOrderReadsTheDatesFeedsWriteNotTheirText() {
        List<StoryRef> stories = List.of(story("rfc", "t", "Tue, 10 Jun 2003 04:00:00 GMT"),
                story("iso", "t", "2003-06-10T05:00:00+02:00"), story("day", "t", "2003-06-11"));
        assertEquals(List.of("day", "rfc", "iso"), ids(StoryOrder.DATE.sort(stories)));
    }

    @Test
    void feedOrderIsByFeedNameIgnoringCaseThenNewestFirstWithStoriesOfNoFeedLast() {
        List<StoryRef> stories = List.of(story("none", "t", "2025-05-01"), story("b-old", "t", "2025-01-01", "beta"),
                story("a", "t", "2024-01-01", "Alpha"), story("b-new", "t", "2025-02-01", "Beta"));
        assertEquals(List.of("a", "b-new", "b-old", "none"), ids(StoryOrder.FEED.sort(stories)));
    }
}
