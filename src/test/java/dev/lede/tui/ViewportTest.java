package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewportTest {

    private static Viewport list(int size, int rows) {
        Viewport viewport = Viewport.ofList();
        viewport.fit(size, rows);
        return viewport;
    }

    @Test
    void selectionStaysInsideTheList() {
        Viewport viewport = list(3, 10);
        viewport.moveSelection(-1);
        assertEquals(0, viewport.selected());
        viewport.moveSelection(5);
        assertEquals(2, viewport.selected());
        viewport.select(-7);
        assertEquals(0, viewport.selected());
    }

    @Test
    void anEmptyListSelectsTheFirstRowAndShowsFromTheTop() {
        Viewport viewport = list(0, 5);
        viewport.moveSelection(3);
        assertEquals(0, viewport.selected());
        assertEquals(0, viewport.top());
    }

    @Test
    void movingPastTheScreenScrollsOneRowAtATime() {
        Viewport viewport = list(10, 3);
        viewport.select(2);
        assertEquals(0, viewport.top());
        viewport.moveSelection(1);
        assertEquals(1, viewport.top(), "the selection is the last row on screen");
        viewport.select(0);
        assertEquals(0, viewport.top(), "and the first when moving up");
    }

    @Test
    void aPageMovesTheSelectionAndTheTopTogetherAndStopsAtTheEnd() {
        Viewport viewport = list(10, 3);
        viewport.page(3);
        assertEquals(3, viewport.selected());
        assertEquals(3, viewport.top());
        viewport.page(3);
        viewport.page(3);
        assertEquals(9, viewport.selected());
        assertEquals(7, viewport.top(), "the last full screen");
        viewport.page(-3);
        assertEquals(6, viewport.selected());
        assertEquals(4, viewport.top());
    }

    @Test
    void aTallerWindowShowsFromTheTopAgainAndAShorterOneKeepsTheSelectionInView() {
        Viewport viewport = list(10, 3);
        viewport.select(9);
        assertEquals(7, viewport.top());
        viewport.fit(10, 20);
        assertEquals(0, viewport.top());
        viewport.fit(10, 2);
        assertEquals(8, viewport.top());
        assertTrue(viewport.shows(9));
        assertFalse(viewport.shows(7));
    }

    @Test
    void noRowsKeepTheSelection() {
        Viewport viewport = list(10, 0);
        viewport.select(4);
        assertEquals(4, viewport.selected());
        assertFalse(viewport.shows(4));
    }

    @Test
    void textScrollsBetweenTheFirstRowAndTheLastFullScreen() {
        Viewport viewport = Viewport.ofText();
        viewport.fit(100, 20);
        viewport.scrollBy(-1);
        assertEquals(0, viewport.top());
        viewport.scrollBy(30);
        assertEquals(30, viewport.top());
        viewport.scrollTo(Integer.MAX_VALUE);
        assertEquals(80, viewport.top());
        viewport.fit(50, 20);
        assertEquals(30, viewport.top(), "shorter text keeps its last screen full");
        viewport.fit(10, 20);
        assertEquals(0, viewport.top(), "text shorter than the window starts at the top");
    }

    @Test
    void textHasNoSelectionToFollow() {
        Viewport viewport = Viewport.ofText();
        viewport.fit(100, 20);
        viewport.scrollTo(50);
        assertEquals(50, viewport.top(), "not pulled back to a selection at 0");
        assertEquals(0, viewport.selected());
    }

    @Test
    void resetGoesBackToTheTop() {
        Viewport viewport = list(10, 3);
        viewport.select(8);
        viewport.reset();
        assertEquals(0, viewport.top());
        assertEquals(0, viewport.selected());
    }

    @Test
    void aMotionPagesAListByItsRowsAndTextByOneLessAndACountStopsAtTheEnds() {
        Viewport list = list(100, 10);
        assertTrue(list.move(dev.lede.keys.Action.PAGE_DOWN, 0));
        assertEquals(10, list.selected());
        assertTrue(list.move(dev.lede.keys.Action.HALF_PAGE_DOWN, 0));
        assertEquals(15, list.selected());
        list.move(dev.lede.keys.Action.DOWN, Integer.MAX_VALUE);
        assertEquals(99, list.selected());
        list.move(dev.lede.keys.Action.PAGE_UP, Integer.MAX_VALUE);
        assertEquals(0, list.selected());
        list.move(dev.lede.keys.Action.BOTTOM, 42);
        assertEquals(41, list.selected(), "42G");
        assertFalse(list.move(dev.lede.keys.Action.OPEN, 3));
        Viewport text = Viewport.ofText();
        text.fit(100, 10);
        text.move(dev.lede.keys.Action.PAGE_DOWN, 2);
        assertEquals(18, text.top(), "two pages of nine");
        text.move(dev.lede.keys.Action.HALF_PAGE_UP, 4);
        assertEquals(14, text.top());
        text.move(dev.lede.keys.Action.HALF_PAGE_UP, 0);
        assertEquals(10, text.top(), "the count stays the half page's lines");
        text.fit(100, 20);
        text.move(dev.lede.keys.Action.HALF_PAGE_DOWN, 0);
        assertEquals(20, text.top(), "until the window changes size");
        text.move(dev.lede.keys.Action.BOTTOM, 0);
        assertEquals(80, text.top());
    }
}
