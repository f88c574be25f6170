package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.export.Format;
import dev.lede.library.StoryOrder;
import dev.lede.prefs.ExportFormat;
import dev.lede.prefs.ListSort;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Preferences name their choices themselves; each name is one of the orders and formats the commands take. */
class PreferenceChoicesTest {

    @Test
    void everyListSortIsAStoryOrderAndBack() {
        assertEquals(Arrays.stream(StoryOrder.values()).map(StoryOrder::id).toList(),
                Arrays.stream(ListSort.values()).map(ListSort::id).toList());
        for (ListSort sort : ListSort.values()) {
            assertEquals(sort.id(), StoryOrder.valueOf(sort.name()).id());
        }
    }

    @Test
    void everyExportFormatIsAFormatAndBack() {
        assertEquals(Arrays.stream(Format.values()).map(Format::id).toList(),
                Arrays.stream(ExportFormat.values()).map(ExportFormat::id).toList());
        for (ExportFormat format : ExportFormat.values()) {
            assertEquals(format.id(), Format.valueOf(format.name()).id());
        }
    }
}
