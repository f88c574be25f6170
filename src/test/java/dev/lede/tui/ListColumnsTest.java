package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.library.StoryRef;
import dev.lede.prefs.ListColumnChoice;
import dev.lede.tui.ListColumns.Column;
import dev.lede.tui.ListColumns.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each column of the list means one thing: the id, the feed or folder, the story's own date, its sections. */
class ListColumnsTest {

    private static final List<StoryRef> SHOWN = List.of(
            new StoryRef("tokyo", Path.of("news/020_tokyo.txt"), "020_tokyo.txt", "Tokyo", null, 3),
            new StoryRef("budget-talks", Path.of("news/030_budget.txt"), "030_budget.txt", "Budget",
                    "Sat, 01 Feb 2025 09:00:00 GMT", 1, "bbc", null, null, List.of(), 1_738_400_400_000L));

    @Test
    void eachColumnSaysOneThing() {
        assertEquals("3 sections", ListColumns.text(Kind.SECTIONS, SHOWN.get(0)));
        assertEquals("1 section", ListColumns.text(Kind.SECTIONS, SHOWN.get(1)));
        assertEquals("", ListColumns.text(Kind.DATE, SHOWN.get(0)), "no date of its own: nothing, never sections");
        assertEquals("2025-02-01", ListColumns.text(Kind.DATE, SHOWN.get(1)), "the day of its time, however written");
        assertEquals("news", ListColumns.text(Kind.SOURCE, SHOWN.get(0)), "the folder without a feed");
        assertEquals("bbc", ListColumns.text(Kind.SOURCE, SHOWN.get(1)));
        assertEquals("budget-talks", ListColumns.text(Kind.ID, SHOWN.get(1)));
    }

    @Test
    void aWideRowShowsEveryChosenColumnAsWideAsTheWidestOnScreen() {
        ListColumns columns = ListColumns.fit(SHOWN, 90, true, ListColumnChoice.ALL, true);
        assertEquals(List.of(new Column(Kind.ID, 12), new Column(Kind.SOURCE, 4), new Column(Kind.DATE, 10),
                new Column(Kind.SECTIONS, 10)), columns.columns());
        assertEquals(42, columns.width());
    }

    @Test
    void theDefaultsShowTheDateAndTheSourceOnlyWhenTheLibraryHasSeveral() {
        ListColumns several = ListColumns.fit(SHOWN, 78, false, ListColumnChoice.DEFAULTS, true);
        assertEquals(List.of(new Column(Kind.SOURCE, 4), new Column(Kind.DATE, 10)), several.columns());
        ListColumns one = ListColumns.fit(SHOWN, 78, false, ListColumnChoice.DEFAULTS, false);
        assertEquals(List.of(new Column(Kind.DATE, 10)), one.columns());
        ListColumns undated = ListColumns.fit(SHOWN.subList(0, 1), 78, false, ListColumnChoice.DEFAULTS, false);
        assertEquals(List.of(), undated.columns(), "nothing to say: the title gets the row");
    }

    @Test
    void theTitleKeepsHalfTheRowTheIdGoesFirstThenSectionsSourceAndDate() {
        assertEquals(4, ListColumns.fit(SHOWN, 90, true, ListColumnChoice.ALL, true).columns().size());
        assertEquals(List.of(Kind.SOURCE, Kind.DATE, Kind.SECTIONS), kinds(ListColumns.fit(SHOWN, 70, true, ListColumnChoice.ALL, true)));
        assertEquals(List.of(Kind.SOURCE, Kind.DATE), kinds(ListColumns.fit(SHOWN, 40, true, ListColumnChoice.ALL, true)));
        assertEquals(List.of(Kind.DATE), kinds(ListColumns.fit(SHOWN, 30, true, ListColumnChoice.ALL, true)));
        assertEquals(List.of(), kinds(ListColumns.fit(SHOWN, 20, true, ListColumnChoice.ALL, true)));
    }

    private static List<Kind> kinds(ListColumns columns) {
        return columns.columns().stream().map(Column::kind).toList();
    }
}
