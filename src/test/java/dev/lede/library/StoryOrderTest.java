package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryOrderTest {

    private static StoryRef story(String id, String title, String date) {
        return new StoryRef(id, Path.of(id + ".txt"), id + ".txt", title, date, 1);
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
    void dateOrderIsNewestFirstWithUndatedStoriesLastAndTiesInFileOrder() {
        assertEquals(List.of("c", "a", "d", "b", "e"), ids(StoryOrder.DATE.sort(FILE_ORDER)));
    }
}
