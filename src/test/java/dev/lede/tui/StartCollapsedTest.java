package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartCollapsedTest {

    @Test
    void listedHeadingsMatchWhateverTheCaseSpacesOrColon() {
        StartCollapsed rule = StartCollapsed.headings(List.of(" context: ", "Background"));
        assertTrue(rule.folds("Context"));
        assertTrue(rule.folds("BACKGROUND:"));
        assertFalse(rule.folds("International reaction"));
        assertFalse(rule.folds(null), "a section without heading never folds");
    }

    @Test
    void noneAndAll() {
        assertFalse(StartCollapsed.NONE.folds("Context"));
        assertTrue(StartCollapsed.ALL.folds("Context"));
        assertFalse(StartCollapsed.ALL.folds(null));
    }
}
