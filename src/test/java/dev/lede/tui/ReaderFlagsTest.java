package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags (two regional indicators) are one glyph of two cells on every screen, as {@code lede list} prints them. */
class ReaderFlagsTest {

    private static final String ALBANIA = "🇦🇱";
    private static final String FRANCE_GERMANY = "🇫🇷🇩🇪";

    @TempDir
    Path dir;

    private VirtualReader reader(String title, String body, int columns, int rows) throws IOException {
        Files.writeString(dir.resolve("010_flags.txt"), title + "\n" + body + "\n", StandardCharsets.UTF_8);
        return new VirtualReader(dir, columns, rows, ReaderOptions.defaults().withShowIds(false));
    }

    /** The first cell the screen sends that holds exactly {@code text}. */
    private static TextCharacter sentCell(VirtualReader reader, String text) {
        for (int r = 0; r < reader.screen.getTerminalSize().getRows(); r++) {
            for (int c = 0; c < reader.screen.getTerminalSize().getColumns(); c++) {
                TextCharacter cell = reader.screen.getFrontCharacter(c, r);
                if (cell.getCharacterString().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError(text + " is not one cell on screen:\n" + String.join("\n", reader.sentRows()));
    }

    @Test
    void aFlagInATitleIsOneTwoCellGlyphOnTheListAndInTheStory() throws IOException {
        VirtualReader reader = reader("Albania " + ALBANIA + " joins", "A paragraph.", 60, 10);
        assertTrue(reader.sentRows().get(1).startsWith("●Albania " + ALBANIA + " joins"), reader.sentRows().get(1));
        TextCharacter flag = sentCell(reader, ALBANIA);
        assertTrue(flag.isDoubleWidth(), "two cells");
        assertEquals("j", reader.screen.getFrontCharacter(1 + "Albania ".length() + 3, 1).getCharacterString(),
                "the title goes on two cells after the flag");
        reader.press("Enter");
        assertTrue(reader.sentRows().stream().anyMatch(row -> row.contains("Albania " + ALBANIA + " joins")),
                String.join("\n", reader.sentRows()));
    }

    @Test
    void twoFlagsInARowStayTwoFlags() throws IOException {
        VirtualReader reader = reader("Match " + FRANCE_GERMANY, "A paragraph.", 60, 10);
        assertTrue(reader.sentRows().get(1).contains("Match " + FRANCE_GERMANY), reader.sentRows().get(1));
        assertTrue(sentCell(reader, "🇫🇷").isDoubleWidth());
        assertTrue(sentCell(reader, "🇩🇪").isDoubleWidth());
        assertFalse(reader.sentRows().get(1).contains("🇫🇩"), "never the halves of two flags");
    }

    @Test
    void anOddIndicatorAtTheEndIsOneCellOfItsOwn() throws IOException {
        VirtualReader reader = reader("Odd " + FRANCE_GERMANY + "🇮 end", "A paragraph.", 60, 10);
        assertTrue(reader.sentRows().get(1).contains("Odd " + FRANCE_GERMANY + "🇮 end"), reader.sentRows().get(1));
        TextCharacter odd = sentCell(reader, "🇮");
        assertFalse(odd.isDoubleWidth(), "a lone indicator takes one cell, as tmux and wcwidth draw it");
    }

    @Test
    void aFlagThatDoesNotFitAtTheRightEdgeIsCutWholeNeverHalved() throws IOException {
        for (int columns = 8; columns <= 16; columns++) {
            VirtualReader reader = reader("Flags " + ALBANIA + ALBANIA + ALBANIA + ALBANIA, "A paragraph.", columns, 6);
            for (String row : reader.sentRows()) {
                assertTrue(Glyphs.width(row) <= columns, columns + ": " + row);
                assertEquals(0, halves(row), columns + ": " + row);
            }
            reader.press("Enter");
            for (String row : reader.sentRows()) {
                assertTrue(Glyphs.width(row) <= columns, columns + ": " + row);
                assertEquals(0, halves(row), columns + ": " + row);
            }
        }
    }

    @Test
    void aLineOfFlagsWrapsBetweenFlags() throws IOException {
        String pairs = FRANCE_GERMANY.repeat(12);
        VirtualReader reader = reader("Flags", "Supporters: #" + pairs + " and " + ALBANIA + " waved.", 20, 20);
        reader.press("Enter");
        String all = String.join("\n", reader.sentRows());
        int flags = 0;
        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < 20; c++) {
                String cell = reader.screen.getFrontCharacter(c, r).getCharacterString();
                if (halves(cell) > 0 || cell.codePointAt(0) >= 0x1F1E6 && cell.codePointAt(0) <= 0x1F1FF) {
                    assertTrue(List.of("🇫🇷", "🇩🇪", ALBANIA).contains(cell), "cell " + c + "," + r + ": " + cell
                            + "\n" + all);
                    flags++;
                }
            }
        }
        assertEquals(25, flags, all);
    }

    /** The number of lone regional indicators in the text, pairing them from the left as terminals do. */
    private static int halves(String text) {
        int lone = 0;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean indicator = cp >= 0x1F1E6 && cp <= 0x1F1FF;
            if (indicator) {
                run++;
            } else {
                lone += run % 2;
                run = 0;
            }
            i += Character.charCount(cp);
        }
        return lone + run % 2;
    }

}
