package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextColor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clearing the list's filter, and coming back to the list from a story opened from it, keep the story selected. */
class ReaderFilterPlaceTest {

    private static final TextColor SELECTION = Theme.defaults().selection().background();

    /** 60 stories, {@code Story 01} … {@code Story 60}; 45 and 52 are about zebras. */
    private static Path library(Path dir) throws IOException {
        for (int i = 1; i <= 60; i++) {
            String about = i == 45 || i == 52 ? "zebra crossings" : "the weather";
            Files.writeString(dir.resolve(String.format("%03d.txt", i)),
                    String.format("Story %02d on %s%nA paragraph.%n", i, about));
        }
        return dir;
    }

    private static VirtualReader type(VirtualReader reader, String text) {
        for (char c : text.toCharArray()) {
            reader.press(String.valueOf(c));
        }
        return reader;
    }

    /** The text of the selected row (its background is the selection's). */
    private static String selectedTitle(VirtualReader reader) {
        for (int row = 1; row < reader.rows().size() - 1; row++) {
            if (SELECTION.equals(reader.cell(5, row).getBackgroundColor())) {
                return reader.rows().get(row).strip();
            }
        }
        return "none selected:\n" + reader.text();
    }

    @Test
    void escOnAKeptFilterKeepsTheSelectedStorySelectedAndInView(@TempDir Path dir) throws IOException {
        VirtualReader reader = type(new VirtualReader(library(dir), 80, 12).press("/"), "zebra").press("Enter", "j");
        assertTrue(selectedTitle(reader).startsWith("●Story 52"), selectedTitle(reader));
        reader.press("Esc");
        assertEquals(51, reader.app.list().selected(), reader.text());
        assertTrue(selectedTitle(reader).startsWith("●Story 52"), "in view and selected:\n" + reader.text());
        assertTrue(reader.text().contains("Story 48") && reader.text().contains("Story 56"),
                "with the stories around it:\n" + reader.text());
    }

    @Test
    void escWhileTypingKeepsTheFirstMatchAndAnEmptyFilterTheStoryBefore(@TempDir Path dir) throws IOException {
        VirtualReader reader = type(new VirtualReader(library(dir), 80, 12).press("/"), "zebra").press("Esc");
        assertTrue(selectedTitle(reader).startsWith("●Story 45"), selectedTitle(reader));
        reader.press("G", "k", "/", "z", "q", "Esc");
        assertTrue(selectedTitle(reader).startsWith("●Story 59"), "no match: back to the story before the filter\n"
                + reader.text());
        reader.press("/", "Enter");
        assertTrue(selectedTitle(reader).startsWith("●Story 59"), "an empty filter too:\n" + reader.text());
    }

    @Test
    void backFromAStoryOpenedFromTheFilterThenEscKeepsTheStoryLastShown(@TempDir Path dir) throws IOException {
        VirtualReader reader = type(new VirtualReader(library(dir), 80, 12).press("/"), "zebra")
                .press("Enter", "Enter");
        assertInstanceOf(StoryScreen.class, reader.app.view());
        reader.press("J");
        assertTrue(reader.text().contains("Story 52 on zebra"), reader.text());
        reader.press("q");
        assertInstanceOf(ListScreen.class, reader.app.view());
        assertTrue(selectedTitle(reader).startsWith("Story 52"), "read now, so no ●:\n" + reader.text());
        reader.press("Esc");
        assertEquals(51, reader.app.list().selected(), reader.text());
        assertTrue(selectedTitle(reader).startsWith("Story 52"), reader.text());
    }
}
