package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.story.Paragraph;
import dev.lede.story.Quote;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryRendererTest {

    private static final Story STORY = new Story("s", "s.txt", "Title", "The lede.", Map.of(), List.of(
            new Section(null, List.of(new Paragraph("Before any heading."))),
            new Section("Context", List.of(new Paragraph("One."), new Quote("Ann", null, "Hi."),
                    new Paragraph("Two.")))));

    private static List<String> texts(StoryRenderer.Rendering rendering) {
        return rendering.lines().stream().map(StyledLine::text).toList();
    }

    @Test
    void layoutOfTitleLedeSectionsAndQuotes() {
        StoryRenderer.Rendering open = StoryRenderer.render(STORY, 40, new boolean[2]);
        assertEquals(List.of("Title", "", "The lede.", "", "Before any heading.", "", "▾ Context", "  One.", "",
                "  ┃ “Hi.”", "  ┃ — Ann", "", "  Two."), texts(open));
        assertArrayEquals(new int[] {-1, 6}, open.headingLines());
    }

    @Test
    void aFoldedSectionShowsWhatItHides() {
        StoryRenderer.Rendering folded = StoryRenderer.render(STORY, 40, new boolean[] {true, true});
        assertEquals(List.of("Title", "", "The lede.", "", "Before any heading.", "",
                "▸ Context — 2 paragraphs, 1 quote"), texts(folded), "a section without heading never folds");
        assertEquals("1 paragraph", StoryRenderer.summary(new Section("A", List.of(new Paragraph("x")))));
        assertEquals("empty", StoryRenderer.summary(new Section("A", List.of())));
    }

    @Test
    void everyRowFitsTheWidthAndAnchorsNeverDecrease() {
        Story wide = new Story("w", "w.txt", "東京 " + "x".repeat(50), "", Map.of("date", "2025-01-01"), List.of(
                new Section("Heading that is rather long for a narrow window", List.of(
                        new Quote("Someone", "a role", "😀".repeat(30))))));
        for (int width = 1; width <= 30; width++) {
            StoryRenderer.Rendering rendering = StoryRenderer.render(wide, width, new boolean[1]);
            int anchor = 0;
            for (StyledLine line : rendering.lines()) {
                assertTrue(Glyphs.width(line.text()) <= Math.max(width, 4), width + ": " + line.text());
                assertTrue(line.anchor() >= anchor);
                anchor = line.anchor();
            }
        }
    }

    @Test
    void aPlaceIsTheSameRowOfTheSameParagraphAtAnotherWidth() {
        Story story = new Story("s", "s.txt", "Title", "one two three four five six seven eight nine ten", Map.of(),
                List.of(new Section("Context", List.of(new Paragraph("After.")))));
        StoryRenderer.Rendering narrow = StoryRenderer.render(story, 10, new boolean[1]);
        StoryRenderer.Rendering wide = StoryRenderer.render(story, 24, new boolean[1]);
        assertEquals(List.of("Title", "", "one two", "three four", "five six", "seven", "eight nine", "ten", "",
                "▾ Context", "After."), texts(narrow));
        assertEquals(List.of("Title", "", "one two three four five", "six seven eight nine ten", "", "▾ Context",
                "After."), texts(wide));
        assertEquals(3, wide.row(narrow.place(3)), "the second row of the lede");
        assertEquals(3, wide.row(narrow.place(6)), "the lede's last row when it has fewer");
        assertEquals(5, wide.row(narrow.place(9)), "the heading");
        assertEquals(9, narrow.row(wide.place(5)));
        assertEquals(0, wide.row(StoryRenderer.Place.START));
        assertEquals(StoryRenderer.Place.START, new StoryRenderer.Rendering(List.of(), new int[0]).place(5));
    }
}
