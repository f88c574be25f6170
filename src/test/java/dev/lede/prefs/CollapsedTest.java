package dev.lede.prefs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollapsedTest {

    @Test
    void listedHeadingsMatchWhateverTheCaseSpacesOrColon() {
        Collapsed rule = Collapsed.listed(List.of(" context: ", "Background"));
        assertTrue(rule.collapses("Context"));
        assertTrue(rule.collapses("BACKGROUND:"));
        assertFalse(rule.collapses("International reaction"));
        assertFalse(rule.collapses(null), "a section without heading never folds");
    }

    @Test
    void noneAndAll() {
        assertFalse(Collapsed.NONE.collapses("Context"));
        assertTrue(Collapsed.ALL.collapses("Context"));
        assertFalse(Collapsed.ALL.collapses(null));
    }
}
