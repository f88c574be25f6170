package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.library.StoryRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListColumnsTest {

    private static final List<StoryRef> SHOWN = List.of(
            new StoryRef("tokyo", Path.of("020_tokyo.txt"), "020_tokyo.txt", "Tokyo", null, 3),
            new StoryRef("budget-talks", Path.of("030_budget.txt"), "030_budget.txt", "Budget", "2025-02-01", 1));

    @Test
    void theDetailIsTheDateOrTheCountOfSections() {
        assertEquals("3 sections", ListColumns.detail(SHOWN.get(0)));
        assertEquals("2025-02-01", ListColumns.detail(SHOWN.get(1)));
        assertEquals("1 section", ListColumns.detail(new StoryRef("a", Path.of("a"), "a", "A", null, 1)));
    }

    @Test
    void aWideRowShowsTheIdAndTheDetailAsWideAsTheWidestOnScreen() {
        ListColumns columns = ListColumns.fit(SHOWN, 78, true);
        assertEquals(new ListColumns(12, 10), columns);
        assertEquals(24, columns.width());
    }

    @Test
    void withoutIdsOnlyTheDetail() {
        ListColumns columns = ListColumns.fit(SHOWN, 78, false);
        assertEquals(new ListColumns(0, 10), columns);
        assertEquals(10, columns.width());
    }

    @Test
    void theTitleKeepsHalfTheRowFirstTheIdGoesThenTheDetail() {
        assertEquals(new ListColumns(12, 10), ListColumns.fit(SHOWN, 52, true), "26 left for the title");
        assertEquals(new ListColumns(0, 10), ListColumns.fit(SHOWN, 50, true));
        assertEquals(new ListColumns(0, 10), ListColumns.fit(SHOWN, 24, true), "12 left, the least a title gets");
        assertEquals(new ListColumns(0, 0), ListColumns.fit(SHOWN, 23, true));
    }
}
