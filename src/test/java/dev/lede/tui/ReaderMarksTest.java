package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.keys.Action;
import dev.lede.keys.Bindings;
import dev.lede.keys.Key;
import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import dev.lede.prefs.Collapsed;
import dev.lede.prefs.ThemeName;
import dev.lede.search.Search;
import dev.lede.state.ReadState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Read, unread and starred in the reader, on the three stories of the test library (seed, tokyo, budget): the
 * markers and counts, and every marking key on the list and in a story.
 */
class ReaderMarksTest {

    private static final Style SELECTION = Theme.defaults().selection();

    private static VirtualReader reader() {
        return new VirtualReader(VirtualReader.LIBRARY, 80, 24);
    }

    private static String header(VirtualReader reader) {
        return reader.rows().get(0);
    }

    private static String footer(VirtualReader reader) {
        return reader.rows().get(reader.rows().size() - 1);
    }

    /** The row of the list the selection is on (1 is the first story). */
    private static int selectedRow(VirtualReader reader) {
        for (int row = 1; row < 23; row++) {
            if (SELECTION.background().equals(reader.cell(5, row).getBackgroundColor())) {
                return row;
            }
        }
        return -1;
    }

    private static boolean unreadAt(VirtualReader reader, int row) {
        return reader.rows().get(row).startsWith(ListScreen.UNREAD);
    }

    private static boolean boldAt(VirtualReader reader, int row) {
        return reader.cell(3, row).getModifiers().contains(SGR.BOLD);
    }

    @Test
    void unreadStoriesAreMarkedAndBoldAndTheHeaderCountsThem() {
        VirtualReader reader = reader();
        assertTrue(header(reader).endsWith("3 unread of 3 stories"), header(reader));
        for (int row = 1; row <= 3; row++) {
            assertTrue(unreadAt(reader, row), reader.text());
            assertTrue(boldAt(reader, row), "row " + row + " is bold");
        }
    }

    @Test
    void openingAStoryMarksItRead() {
        VirtualReader reader = reader().press("j", "Enter");
        assertFalse(header(reader).contains("unread"), "the story is read once open: " + header(reader));
        reader.press("Esc", "k");
        assertTrue(header(reader).endsWith("2 unread of 3 stories"), header(reader));
        assertFalse(unreadAt(reader, 2), reader.text());
        assertTrue(reader.rows().get(2).startsWith(" Tokyo"), reader.text());
        assertFalse(boldAt(reader, 2), "a read story is not bold");
        assertTrue(unreadAt(reader, 1) && unreadAt(reader, 3), reader.text());
    }

    @Test
    void mTogglesReadOnTheListAndInAStory() {
        VirtualReader reader = reader().press("m");
        assertFalse(unreadAt(reader, 1), reader.text());
        assertTrue(footer(reader).endsWith("read"), footer(reader));
        assertTrue(header(reader).endsWith("2 unread of 3 stories"), header(reader));
        reader.press("m");
        assertTrue(unreadAt(reader, 1), reader.text());
        assertTrue(footer(reader).endsWith("unread"), footer(reader));
        reader.press("Enter", "m");
        assertTrue(header(reader).contains("unread"), "m in a story marks it unread again: " + header(reader));
        assertTrue(footer(reader).contains("unread"), footer(reader));
        reader.press("Esc");
        assertTrue(unreadAt(reader, 1), reader.text());
        assertTrue(header(reader).endsWith("3 unread of 3 stories"), header(reader));
    }

    @Test
    void sStarsAndUnstarsOnTheListAndInAStory() {
        VirtualReader reader = reader().press("j", "s");
        assertTrue(reader.rows().get(2).startsWith(ListScreen.UNREAD + ListScreen.STAR + " Tokyo"), reader.text());
        assertTrue(footer(reader).contains("starred"), footer(reader));
        reader.press("Enter");
        assertTrue(header(reader).contains(ListScreen.STAR), "the story's header shows the star: " + header(reader));
        reader.press("s");
        assertFalse(header(reader).contains(ListScreen.STAR), header(reader));
        reader.press("Esc");
        assertTrue(reader.rows().get(2).startsWith(" Tokyo"), "unstarred, and read: " + reader.text());
    }

    @Test
    void capitalAMarksTheListReadAndUTakesItBack() {
        VirtualReader reader = reader().press("j", "Enter", "Esc").press("A");
        assertTrue(header(reader).endsWith("0 unread of 3 stories"), header(reader));
        assertTrue(footer(reader).contains("2 stories marked read (u undoes)"), footer(reader));
        for (int row = 1; row <= 3; row++) {
            assertFalse(unreadAt(reader, row), reader.text());
        }
        reader.press("u");
        assertTrue(footer(reader).contains("2 stories unread again"), footer(reader));
        assertTrue(header(reader).endsWith("2 unread of 3 stories"), header(reader));
        assertTrue(unreadAt(reader, 1) && unreadAt(reader, 3), reader.text());
        assertFalse(unreadAt(reader, 2), "the story read before A stays read: " + reader.text());
        reader.press("u");
        assertTrue(footer(reader).contains("nothing to undo"), footer(reader));
        reader.press("A", "A");
        assertTrue(footer(reader).contains("no unread story here"), footer(reader));
    }

    @Test
    void uUndoesTheLastMAndS() {
        VirtualReader reader = reader().press("s", "u");
        assertTrue(reader.rows().get(1).startsWith(ListScreen.UNREAD + "Albania"), reader.text());
        assertTrue(footer(reader).contains("1 story unstarred again"), footer(reader));
        reader.press("m", "u");
        assertTrue(unreadAt(reader, 1), reader.text());
        assertTrue(footer(reader).contains("1 story unread again"), footer(reader));
    }

    @Test
    void capitalAWithAFilterMarksOnlyTheStoriesShown() {
        VirtualReader reader = reader().press("/", "T", "o", "k", "y", "o", "Enter", "A");
        assertTrue(footer(reader).contains("1 story marked read"), footer(reader));
        reader.press("Esc");
        assertTrue(header(reader).endsWith("2 unread of 3 stories"), header(reader));
        assertTrue(unreadAt(reader, 1) && !unreadAt(reader, 2) && unreadAt(reader, 3), reader.text());
    }

    @Test
    void bracketsSelectTheNextAndPreviousUnreadStoryOnTheList() {
        VirtualReader reader = reader().press("j", "m", "g", "]");
        assertEquals(3, selectedRow(reader), "] skips the read story:\n" + reader.text());
        reader.press("]");
        assertEquals(3, selectedRow(reader));
        assertTrue(footer(reader).contains("no unread story below"), footer(reader));
        reader.press("[");
        assertEquals(1, selectedRow(reader), "[ skips it going up");
        reader.press("[");
        assertTrue(footer(reader).contains("no unread story above"), footer(reader));
    }

    @Test
    void bracketsInAStoryOpenTheNextUnreadStory() {
        VirtualReader reader = reader().press("j", "m", "g", "Enter", "]");
        assertTrue(reader.text().contains("Parliament passes") && header(reader).endsWith("3/3"),
                "] skips tokyo, which was read: " + header(reader));
        reader.press("]");
        assertTrue(footer(reader).contains("no unread story below"), footer(reader));
        reader.press("Esc");
        assertEquals(3, selectedRow(reader), "the list follows the story");
        assertTrue(header(reader).endsWith("0 unread of 3 stories"), header(reader));
    }

    @Test
    void capitalUShowsOnlyUnreadAndKeepsAStoryReadMeanwhile() {
        VirtualReader reader = reader().press("j", "m", "U");
        assertTrue(header(reader).contains("unread only"), header(reader));
        assertTrue(reader.rows().get(1).contains("Albania") && reader.rows().get(2).contains("Parliament"),
                reader.text());
        assertFalse(reader.text().contains("Tokyo"), reader.text());
        reader.press("Enter", "Esc");
        assertTrue(reader.rows().get(1).contains("Albania"), "read meanwhile, still listed: " + reader.text());
        reader.press("U", "U");
        assertTrue(reader.rows().get(1).contains("Parliament"), "narrowed again: " + reader.text());
        assertFalse(reader.text().contains("Albania"), reader.text());
        reader.press("m", "U", "U");
        assertTrue(reader.rows().get(1).contains("No stories here."), reader.text());
        reader.press("U");
        assertFalse(header(reader).contains("unread only"), header(reader));
        assertTrue(reader.text().contains("Tokyo"), reader.text());
    }

    @Test
    void capitalSShowsOnlyStarredAndCombinesWithTheFilter() {
        VirtualReader reader = reader().press("s", "G", "s", "S");
        assertTrue(header(reader).contains("starred only"), header(reader));
        assertTrue(reader.rows().get(1).contains("Albania") && reader.rows().get(2).contains("Parliament"),
                reader.text());
        assertFalse(reader.text().contains("Tokyo"), reader.text());
        reader.press("/", "b", "u", "d", "g", "e", "t", "Enter");
        assertTrue(reader.rows().get(1).contains("Parliament"), reader.text());
        assertFalse(reader.text().contains("Albania"), reader.text());
        reader.press("Esc", "U");
        assertTrue(header(reader).contains("unread only") && header(reader).contains("starred only"), header(reader));
        reader.press("S", "U");
        assertTrue(reader.text().contains("Tokyo"), "both off: every story " + reader.text());
    }

    @Test
    void markersAndBoldShowWithoutColoursAndInTheMonoTheme() {
        for (Theme theme : List.of(Theme.defaults().forEnvironment(Map.of("NO_COLOR", "1")),
                Theme.of(ThemeName.MONO))) {
            VirtualReader reader = new VirtualReader(VirtualReader.load(VirtualReader.LIBRARY), 80, 24,
                    ReaderOptions.defaults().withTheme(theme)).press("j", "m", "s", "j");
            assertTrue(unreadAt(reader, 1) && !unreadAt(reader, 2) && unreadAt(reader, 3), reader.text());
            assertTrue(reader.rows().get(2).startsWith(" " + ListScreen.STAR + " Tokyo"), reader.text());
            assertTrue(boldAt(reader, 1), "unread is bold without colours");
            assertFalse(boldAt(reader, 2), "read is not");
            if (theme.equals(Theme.of(ThemeName.MONO))) {
                reader.assertSnapshot("list-marks-mono");
            }
        }
    }

    @Test
    void theMarkingKeysCanBeRebound() {
        Bindings bindings = Bindings.DEFAULTS.with(Action.TOGGLE_READ, List.of(Key.parse("x")))
                .with(Action.NEXT_UNREAD, List.of(Key.parse("C-n")));
        VirtualReader reader = new VirtualReader(VirtualReader.load(VirtualReader.LIBRARY), 80, 24,
                new ReaderOptions(Theme.defaults(), 0, Collapsed.NONE, true, KeyMap.of(bindings))).press("m");
        assertTrue(unreadAt(reader, 1), "m no longer marks: " + reader.text());
        reader.press("x");
        assertFalse(unreadAt(reader, 1), reader.text());
        reader.press("C-n");
        assertEquals(2, selectedRow(reader), "C-n goes to the next unread");
        reader.press("?");
        assertTrue(reader.text().contains("x / s") && reader.text().contains("Ctrl-n / ["), reader.text());
    }

    @Test
    void helpListsTheMarkingKeys() {
        String list = reader().press("?").text();
        for (String row : List.of("m / s", "A / u", "] / [", "U / S", "J / K", "feeds and folders")) {
            assertTrue(list.contains(row), row + " in\n" + list);
        }
        assertTrue(list.contains("Ctrl-C"), "the list's help still fits 24 rows:\n" + list);
        String story = reader().press("Enter", "H").text();
        assertTrue(story.contains("m / s") && story.contains("] / ["), story);
    }

    @Test
    void aMarkThatCannotBeSavedIsOneLineInTheFooter() throws IOException {
        Library library = VirtualReader.load(VirtualReader.LIBRARY);
        Marks marks = new Marks(ReadState.inMemory(), library, (ids, mark) -> {
            throw new IOException("/state/lede/marks: No space left on device\n\u001b[31mforged");
        });
        ListScreen list = new ListScreen(library, ReaderOptions.defaults(),
                new Search(library, null, "", LibraryLoader.Progress.NONE), marks);
        Drawn drawn = new Drawn(80, 24);
        list.resize(drawn.size());
        list.handle(Action.TOGGLE_READ);
        String footer = drawn.rows(list).get(23);
        assertTrue(footer.contains("mark not saved: /state/lede/marks: No space left on device\\u000A\\u001B"), footer);
        assertTrue(drawn.rows(list).get(1).startsWith(ListScreen.UNREAD), "nothing changed");
        assertEquals(3, marks.unread(), "the counts neither");
        list.handle(Action.MARK_ALL_READ);
        assertTrue(drawn.rows(list).get(23).contains("mark not saved"), drawn.rows(list).get(23));
        list.handle(Action.UNDO);
        assertTrue(drawn.rows(list).get(23).contains("nothing to undo"), "a failed mark is not a change to undo");
        View story = list.handle(Action.OPEN).next();
        assertInstanceOf(StoryScreen.class, story);
        story.resize(drawn.size());
        assertTrue(drawn.rows(story).get(23).contains("mark not saved"), "opening says so too: " + drawn.rows(story));
        assertTrue(drawn.rows(story).get(1).contains("Albania"), "and shows the story");
    }

    /** A screen drawn on a virtual terminal, without the app around it. */
    private static final class Drawn {
        private final DefaultVirtualTerminal terminal;
        private final TerminalScreen screen;

        Drawn(int columns, int rows) throws IOException {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        }

        TerminalSize size() {
            return terminal.getTerminalSize();
        }

        List<String> rows(View view) throws IOException {
            screen.clear();
            view.draw(new Canvas(screen, Theme.defaults()));
            screen.refresh();
            List<String> rows = new ArrayList<>();
            for (int r = 0; r < size().getRows(); r++) {
                StringBuilder row = new StringBuilder();
                for (int c = 0; c < size().getColumns(); c++) {
                    row.append(terminal.getCharacter(c, r).getCharacterString());
                }
                rows.add(row.toString().stripTrailing());
            }
            return rows;
        }
    }
}
