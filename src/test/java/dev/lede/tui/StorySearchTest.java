package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorySearchTest {

    /** The text of each match. */
    private static List<String> found(String pattern, String text) {
        return new StorySearch(pattern, false).find(text).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void lowerCaseFindsAnyCaseAndACapitalOnlyItsOwn() {
        assertEquals(List.of("Paris", "paris", "PARIS"), found("paris", "Paris, paris, PARIS"));
        assertEquals(List.of("Paris"), found("Paris", "Paris, paris, PARIS"));
        assertEquals(List.of("PARIS"), found("PARIS", "Paris, paris, PARIS"));
    }

    @Test
    void accentsAreIgnoredOnBothSidesComposedOrNot() {
        String text = "Café, cafe\u0301, cafe, CAFÉ";
        assertEquals(List.of("Café", "cafe\u0301", "cafe", "CAFÉ"), found("cafe", text),
                "a decomposed accent is part of the match");
        assertEquals(List.of("Café", "cafe\u0301", "cafe", "CAFÉ"), found("café", text));
        assertEquals(List.of("CAFÉ"), found("CAFE", text));
        assertEquals(List.of("Ærø", "ærø"), found("ærø", "Ærø ærø"), "æ and ø are letters, not accented ones");
        assertEquals(List.of("Łódź"), found("łodz", "Łódź"));
    }

    @Test
    void aWordIsFoundInsideLongerWordsAndMatchesDoNotOverlap() {
        assertEquals(List.of("pedestrian"), found("pedestrian", "pedestrianise"));
        assertEquals(List.of("aa", "aa"), found("aa", "aaaaa"));
        assertEquals(List.of("図書館"), found("図書館", "東京で新しい図書館が開館"));
        assertEquals(List.of("한국"), found("한국", "대한민국 한국어"), "a Hangul syllable is not cut into letters");
        assertEquals(List.of("😀 x"), found("😀 x", "a 😀 x b"));
    }

    @Test
    void aPatternOfMarksAloneFindsNothing() {
        StorySearch marks = new StorySearch("\u0301\u0301", false);
        assertTrue(marks.empty());
        assertEquals(List.of(), marks.find("cafe\u0301"));
        assertEquals(List.of(), found("x", ""));
    }

    @Test
    void turningRoundKeepsThePattern() {
        StorySearch down = new StorySearch("zebra", false);
        StorySearch up = down.towards(true);
        assertTrue(up.backward());
        assertEquals("zebra", up.pattern());
        assertSame(down, down.towards(false));
    }
}
