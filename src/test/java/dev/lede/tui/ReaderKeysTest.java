package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.prefs.ConfigLocation;
import dev.lede.prefs.PreferencesStore;
import dev.lede.prefs.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The motions vim and less users reach for: Ctrl-D/Ctrl-U, Ctrl-F/Ctrl-B, Ctrl-N/Ctrl-P, Backspace, counts before a
 * key; and the list's place in its footer. At 80x24 the list shows 22 rows.
 */
class ReaderKeysTest {

    @TempDir
    static Path tmp;

    /** A library of {@code count} stories; every tenth title holds "zebra"; each story is 60 paragraphs long. */
    static Path library(int count) {
        Path dir = tmp.resolve("stories-" + count);
        if (Files.isDirectory(dir)) {
            return dir;
        }
        try {
            Files.createDirectories(dir);
            StringBuilder body = new StringBuilder();
            for (int p = 1; p <= 60; p++) {
                body.append("Paragraph ").append(p).append(" of the story.\n\n");
            }
            for (int i = 1; i <= count; i++) {
                String title = "Story " + i + (i % 10 == 0 ? " zebra" : "");
                Files.writeString(dir.resolve(String.format("%05d_s%d.txt", i, i)), title + "\n\nThe lede of " + i
                        + ".\n\n" + body, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static VirtualReader reader(int stories) {
        return new VirtualReader(library(stories), 80, 24);
    }

    private static String footer(VirtualReader reader) {
        List<String> rows = reader.rows();
        return rows.get(rows.size() - 1);
    }

    private static VirtualReader type(VirtualReader reader, String text) {
        for (char c : text.toCharArray()) {
            reader.press(String.valueOf(c));
        }
        return reader;
    }

    @Test
    void theListFooterShowsTheSelectedStorysPlaceAndPercentage() {
        VirtualReader reader = reader(2_000);
        assertTrue(footer(reader).endsWith(" 1/2,000 0%"), footer(reader));
        type(reader, "123G");
        assertTrue(footer(reader).endsWith(" 123/2,000 6%"), footer(reader));
        reader.press("j");
        assertTrue(footer(reader).endsWith(" 124/2,000 6%"), footer(reader));
        reader.press("G");
        assertTrue(footer(reader).endsWith(" 2,000/2,000 100%"), footer(reader));
    }

    @Test
    void withAFilterThePlaceCountsInTheFilteredList() {
        VirtualReader reader = reader(200);
        type(reader.press("/"), "zebra");
        assertTrue(footer(reader).contains(" 1/20 5%  20 matches"), footer(reader));
        reader.press("Enter", "j", "j");
        assertTrue(footer(reader).contains(" 3/20 15%  20 matches"), footer(reader));
        reader.press("Esc");
        assertTrue(footer(reader).endsWith(" 30/200 15%"), "Esc keeps the place: " + footer(reader));
    }

    @Test
    void ctrlDAndCtrlUMoveHalfAPageAndACountSetsHowFarFromThenOn() {
        VirtualReader reader = reader(200).press("C-d");
        assertEquals(11, reader.app.list().selected(), "half of 22 rows");
        reader.press("C-d", "C-u");
        assertEquals(11, reader.app.list().selected());
        type(reader, "3").press("C-d");
        assertEquals(14, reader.app.list().selected());
        reader.press("C-d");
        assertEquals(17, reader.app.list().selected(), "3 lines from then on, as in less and vim");
        reader.press("C-u");
        assertEquals(14, reader.app.list().selected());
    }

    @Test
    void ctrlFCtrlBBackspaceCtrlNAndCtrlPAreThePageAndLineKeys() {
        VirtualReader reader = reader(200).press("C-f");
        assertEquals(22, reader.app.list().selected());
        reader.press("C-f", "C-b");
        assertEquals(22, reader.app.list().selected());
        reader.press("Backspace");
        assertEquals(0, reader.app.list().selected());
        reader.press("C-n", "C-n", "C-p");
        assertEquals(1, reader.app.list().selected());
    }

    @Test
    void aCountIsShownAsLessShowsItAndMovesSoManyLines() {
        VirtualReader reader = reader(200);
        type(reader, "1");
        assertEquals(" :1", footer(reader));
        type(reader, "2");
        assertEquals(" :12", footer(reader));
        reader.press("j");
        assertEquals(12, reader.app.list().selected());
        assertTrue(footer(reader).endsWith(" 13/200 6%"), "the count is gone: " + footer(reader));
        type(reader, "5").press("k");
        assertEquals(7, reader.app.list().selected());
        type(reader, "1").press("G");
        assertEquals(0, reader.app.list().selected(), "1G is the first row, G alone the last");
        type(reader, "0").press("j");
        assertEquals(1, reader.app.list().selected(), "0 starts no count");
    }

    @Test
    void escDropsACountAndDoesNothingElse() {
        VirtualReader reader = reader(200).press("Enter");
        assertInstanceOf(StoryScreen.class, reader.app.view());
        type(reader, "7").press("Esc");
        assertInstanceOf(StoryScreen.class, reader.app.view(), "Esc dropped the count, not the story");
        assertTrue(!footer(reader).startsWith(" :"), footer(reader));
        reader.press("Esc", "j");
        assertEquals(1, reader.app.list().selected(), "j moved one line, without the 7");
    }

    @Test
    void aHugeCountStopsAtTheEndsOfTheListAndTheStory() {
        VirtualReader reader = reader(200);
        type(reader, "99999999999999").press("j");
        assertEquals(199, reader.app.list().selected());
        type(reader, "99999999999999").press("C-u");
        assertEquals(0, reader.app.list().selected());
        type(reader, "99999999999999").press("G");
        assertEquals(199, reader.app.list().selected());
        reader.press("Enter");
        type(reader, "99999999999999").press("C-f");
        assertTrue(footer(reader).endsWith("100%"), footer(reader));
        type(reader, "99999999999999").press("Backspace");
        assertTrue(reader.text().contains("The lede of 200."), reader.text());
    }

    @Test
    void inAStoryACountMovesAsManyLinesAsTheKeyPressedSoOften() {
        VirtualReader counted = reader(20).press("Enter");
        VirtualReader pressed = reader(20).press("Enter");
        type(counted, "5").press("j");
        pressed.press("j", "j", "j", "j", "j");
        assertEquals(pressed.text(), counted.text());
        type(counted, "2").press("C-f");
        pressed.press("Space", "Space");
        assertEquals(pressed.text(), counted.text());
        counted.press("Backspace");
        pressed.press("b");
        assertEquals(pressed.text(), counted.text());
        counted.press("C-d");
        assertNotEquals(pressed.text(), counted.text());
        type(counted, "30").press("g");
        type(pressed, "30").press("G");
        assertEquals(pressed.text(), counted.text(), "30g and 30G both go to line 30");
    }

    /** Issue 16: {@code keys.down: [Down, j, k]} was saved from the preferences screen, and then k moved down. */
    @Test
    void thePreferencesScreenRefusesAKeyThatWouldDoTwoThingsOnAScreenAndSavesNothing() throws Exception {
        Path file = tmp.resolve("clash.yml");
        Files.writeString(file, "theme: dark\n", StandardCharsets.UTF_8);
        Map<String, String> env = Map.of("LEDE_CONFIG", file.toString());
        PreferencesStore store = PreferencesStore.load(ConfigLocation.find(null, env, tmp.resolve("home")))
                .refusingSharedKeys();
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 100, 30, new ReaderPreferences(store, env))
                .press("p");
        int index = Setting.all().indexOf(Setting.find("keys.down").orElseThrow());
        for (int i = 0; i < index; i++) {
            reader.press("j");
        }
        assertEquals("keys.down", ((PreferencesScreen) reader.app.view()).selected().key());
        type(reader.press("Enter"), " k").press("Enter");
        assertTrue(reader.text().contains("keys.down: 'k' is also bound to keys.up on the story list; a key does one"
                + " thing on a screen"), reader.text());
        assertEquals("theme: dark\n", Files.readString(file));
        reader.press("q", "j");
        assertInstanceOf(ListScreen.class, reader.app.view());
        assertEquals(1, reader.app.list().selected());
        reader.press("k");
        assertEquals(0, reader.app.list().selected(), "k still goes up");
    }

    @Test
    void inTheFilterPromptCtrlWTakesAWordCtrlUTheLineAndTheArrowsMoveTheSelection() {
        VirtualReader reader = type(reader(200).press("/"), "story zebra");
        assertTrue(footer(reader).startsWith(" /story zebra "), footer(reader));
        reader.press("C-w");
        assertTrue(footer(reader).startsWith(" /story  "), footer(reader));
        assertTrue(footer(reader).contains("200 matches"), footer(reader));
        type(reader, "zebra  ").press("C-w");
        assertTrue(footer(reader).startsWith(" /story  "), "spaces, then the word: " + footer(reader));
        type(reader, "zebra").press("C-u");
        assertTrue(footer(reader).startsWith(" /  "), footer(reader));
        type(reader, "zebra").press("Down", "Down", "C-n", "Up");
        assertTrue(reader.app.list().typing(), "the prompt stays open");
        assertEquals(2, reader.app.list().selected());
        assertTrue(footer(reader).startsWith(" /zebra "), footer(reader));
        assertTrue(footer(reader).contains(" 3/20 15%"), footer(reader));
        reader.press("PageDown");
        assertEquals(19, reader.app.list().selected());
        reader.press("Backspace");
        assertTrue(footer(reader).startsWith(" /zebr "), "Backspace deletes in the prompt: " + footer(reader));
        type(reader, "a").press("Down", "Enter", "Enter");
        assertInstanceOf(StoryScreen.class, reader.app.view());
        assertTrue(reader.text().contains("Story 20 zebra"), reader.text());
    }
}
