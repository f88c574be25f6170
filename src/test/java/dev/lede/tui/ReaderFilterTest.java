package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import dev.lede.search.SearchQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list's filter (/), and n and N inside a story opened from a filtered list. */
class ReaderFilterTest {

    /** Types text into the filter prompt, one key per character. */
    private static VirtualReader type(VirtualReader reader, String text) {
        for (char c : text.toCharArray()) {
            reader.press(String.valueOf(c));
        }
        return reader;
    }

    /** Steps the reader until the background full-text search has answered (a guard, not a timing assertion). */
    private static VirtualReader awaitFullText(VirtualReader reader) throws InterruptedException {
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (reader.app.list().searching()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("the full-text search never answered");
            }
            Thread.sleep(20);
            reader.step();
        }
        return reader.step();
    }

    private static String footer(VirtualReader reader) {
        List<String> rows = reader.rows();
        return rows.get(rows.size() - 1);
    }

    /** The text of the reversed cells between header and footer, one string per run of them. */
    private static List<String> reversed(VirtualReader reader) {
        List<String> runs = new ArrayList<>();
        int rows = reader.terminal.getTerminalSize().getRows();
        int cols = reader.terminal.getTerminalSize().getColumns();
        for (int r = 1; r < rows - 1; r++) {
            StringBuilder run = new StringBuilder();
            for (int c = 0; c <= cols; c++) {
                TextCharacter cell = c < cols ? reader.cell(c, r) : null;
                if (cell != null && cell.getModifiers().contains(SGR.REVERSE)) {
                    run.append(cell.getCharacterString());
                } else if (run.length() > 0) {
                    runs.add(run.toString());
                    run.setLength(0);
                }
            }
        }
        return runs;
    }

    /**
     * An accent does not matter: typed composed, decomposed or not at all, it finds the word written any of those
     * ways, in a title and in the text.
     */
    @Test
    void accentsDoNotMatterEitherWay(@TempDir Path lib) throws Exception {
        Files.writeString(lib.resolve("001_title.txt"), "Un cafe\u0301 en titre\nRien.");
        Files.writeString(lib.resolve("002_text.txt"), "Sans accent\nLe cafe\u0301 du coin.");
        Files.writeString(lib.resolve("003_none.txt"), "Un cafe sans accent\nRien.");
        Files.writeString(lib.resolve("004_other.txt"), "Un thé\nRien.");
        for (String typed : List.of("caf\u00e9", "cafe", "CAFE\u0301")) {
            VirtualReader reader = awaitFullText(type(new VirtualReader(lib, 80, 24).press("/"), typed));
            assertTrue(reader.text().contains(" en titre"), reader.text());
            assertTrue(reader.text().contains("Sans accent"), reader.text());
            assertTrue(reader.text().contains("Un cafe sans"), reader.text());
            assertFalse(reader.text().contains("Un thé"), reader.text());
            assertTrue(footer(reader).contains("3 matches"), typed + ": " + footer(reader));
        }
    }

    /** Every key typed narrows the list: a word's start, a piece of a title's word, and CJK by characters. */
    @Test
    void theListNarrowsAsYouType(@TempDir Path lib) throws Exception {
        Files.writeString(lib.resolve("001_museum.txt"), "The museum reopens\nAfter repairs.");
        Files.writeString(lib.resolve("002_mud.txt"), "Mud on the roads\nAfter rain.");
        Files.writeString(lib.resolve("003_tokyo.txt"), "東京で新しい図書館が開館\n開館式.");
        Files.writeString(lib.resolve("004_street.txt"), "Plans to pedestrianise the high street\nSoon.");
        VirtualReader reader = new VirtualReader(lib, 80, 24).press("/");
        assertTrue(footer(awaitFullText(type(reader, "m"))).contains("2 matches"), footer(reader));
        reader.press("u");
        assertTrue(footer(awaitFullText(reader)).contains("2 matches"), footer(reader));
        reader.press("s");
        assertTrue(footer(awaitFullText(reader)).contains("1 match"), footer(reader));
        assertTrue(reader.text().contains("The museum reopens"), reader.text());
        VirtualReader cjk = awaitFullText(type(new VirtualReader(lib, 80, 24).press("/"), "図書館"));
        assertTrue(cjk.text().contains("東京で新しい図書館が開館"), cjk.text());
        assertTrue(footer(cjk).contains("1 match"), footer(cjk));
        VirtualReader prefix = awaitFullText(type(new VirtualReader(lib, 80, 24).press("/"), "pedestrian"));
        assertTrue(footer(prefix).contains("1 match"), footer(prefix));
    }

    @Test
    void typingNarrowsTheListAndEscRestoresIt() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 80, 24);
        assertTrue(reader.text().contains("Albania joins"));
        type(reader.press("/"), "budg");
        assertTrue(footer(reader).startsWith(" /budg"), footer(reader));
        type(reader, "et");
        assertTrue(reader.rows().get(1).contains("Parliament passes"), reader.text());
        assertFalse(reader.text().contains("Albania joins"), reader.text());
        assertFalse(reader.text().contains("Tokyo"), reader.text());
        assertTrue(footer(reader).contains("1 match"), footer(reader));
        reader.press("Esc");
        assertTrue(reader.text().contains("Albania joins"), reader.text());
        assertTrue(reader.text().contains("Tokyo"), reader.text());
        assertFalse(footer(reader).contains("match"), footer(reader));
    }

    @Test
    void backspaceWidensTheFilterAgain() {
        VirtualReader reader = type(new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("/"), "tokyox");
        assertFalse(reader.text().contains("Tokyo 東京"), reader.text());
        reader.press("Backspace");
        assertTrue(reader.rows().get(1).contains("Tokyo"), reader.text());
    }

    @Test
    void fullTextHitsArriveBelowTheTitleMatches() throws InterruptedException {
        VirtualReader reader = type(new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("/"), "parliament");
        assertTrue(reader.rows().get(1).contains("Parliament passes"), "the title match comes at once");
        awaitFullText(reader);
        assertTrue(reader.rows().get(1).contains("Parliament passes"), reader.text());
        assertTrue(reader.rows().get(2).contains("Albania joins"), "the text match is added: " + reader.text());
        assertTrue(footer(reader).contains("2 matches"), footer(reader));
        assertFalse(reader.text().contains("Tokyo"), reader.text());
    }

    @Test
    void enterKeepsTheFilterWhileMovingAndEscClearsIt() throws InterruptedException {
        VirtualReader reader = awaitFullText(type(new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("/"),
                "parliament")).press("Enter");
        reader.press("j");
        assertTrue(footer(reader).contains("/parliament"), footer(reader));
        assertTrue(reader.text().contains("2 matches"), reader.text());
        assertInstanceOf(StoryScreen.class, reader.press("Enter").app.view());
        assertTrue(reader.rows().get(0).contains("2/2"), "the story counts in the filtered list: " + reader.rows());
        reader.press("Esc");
        assertInstanceOf(ListScreen.class, reader.app.view());
        assertTrue(reader.text().contains("2 matches"), "back on the filtered list");
        reader.press("Esc");
        assertTrue(reader.text().contains("Tokyo"), reader.text());
    }

    @Test
    void openedStoryHighlightsTheMatchesAndNMovesBetweenThem() throws InterruptedException {
        VirtualReader reader = awaitFullText(type(new VirtualReader(VirtualReader.LIBRARY, 60, 12).press("/"),
                "group")).press("Enter", "Enter");
        StoryScreen story = assertInstanceOf(StoryScreen.class, reader.app.view());
        assertTrue(footer(reader).contains("10 matches"), footer(reader));
        List<String> shown = reversed(reader);
        assertFalse(shown.isEmpty(), reader.text());
        shown.forEach(run -> assertEquals("group", run.toLowerCase(), "only the matches are reversed: " + shown));

        reader.press("n");
        assertEquals(0, story.match());
        assertTrue(footer(reader).contains("match 1/10"), footer(reader));
        for (int i = 2; i <= 10; i++) {
            reader.press("n");
            assertTrue(footer(reader).contains("match " + i + "/10"), footer(reader));
            assertFalse(reversed(reader).isEmpty(), "the view follows match " + i + ":\n" + reader.text());
        }
        assertTrue(reader.text().contains("JNS noted that the group"), "the last match is in view:\n" + reader.text());
        reader.press("n");
        assertTrue(footer(reader).contains("from the top"), footer(reader));
        assertTrue(footer(reader).contains("match 1/10"), footer(reader));
        reader.press("N");
        assertTrue(footer(reader).contains("match 10/10"), footer(reader));
        reader.press("N");
        assertTrue(footer(reader).contains("match 9/10"), footer(reader));
    }

    @Test
    void withoutAFilterNothingIsReversedAndNSaysSo() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("Enter");
        assertTrue(reversed(reader).isEmpty(), reader.text());
        reader.press("n");
        assertTrue(footer(reader).contains("no filter"), footer(reader));
    }

    @Test
    void helpListsTheFilterAndMatchKeys() throws InterruptedException {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 100, 30).press("?");
        assertTrue(reader.text().contains("filter: type words"), reader.text());
        reader.press("q", "Enter", "H");
        assertTrue(reader.text().contains("next match of the filter"), reader.text());
        assertTrue(reader.text().contains("previous match of the filter"), reader.text());
    }

    @Test
    void aFilterOfMoreWordsThanCanBeSearchedSaysSoAndBackspaceBringsItBack() throws InterruptedException {
        StringBuilder words = new StringBuilder("budget");
        for (int i = 1; i <= SearchQuery.MAX_CLAUSES; i++) {
            words.append(" w").append(i);
        }
        VirtualReader reader = paste(new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("/"), words.toString());
        assertTrue(footer(reader).endsWith(" at most 512 words and phrases"), footer(reader));
        assertTrue(reader.rows().get(1).contains("No matches."), reader.text());
        awaitFullText(reader);
        assertTrue(footer(reader).endsWith(" at most 512 words and phrases"), footer(reader));
        reader.press("Backspace", "Backspace", "Backspace", "Backspace");
        awaitFullText(reader);
        assertTrue(footer(reader).endsWith("0 matches"), "513 words cut to 512: " + footer(reader));
    }

    @Test
    void aPasteLongerThanAFilterHoldsIsCutWithAMessage() throws InterruptedException {
        VirtualReader reader = paste(new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("/"),
                "budget " + "x".repeat(20_000));
        assertTrue(footer(reader).endsWith(" a filter holds at most 4,096 characters"), footer(reader));
        awaitFullText(reader);
        assertTrue(reader.rows().get(1).contains("No matches."), reader.text());
        reader.press("Backspace");
        assertFalse(footer(reader).contains("at most"), footer(reader));
        paste(reader.press("Esc", "/"), "\"".repeat(3_000) + "budget");
        awaitFullText(reader);
        assertTrue(reader.rows().get(1).contains("Parliament passes"), "thousands of quotes: " + reader.text());
        paste(reader.press("Esc", "/"), "!?.,;:—…");
        assertTrue(reader.text().contains("Tokyo"), "only punctuation keeps the whole list: " + reader.text());
    }

    /** Types text into the filter prompt as a paste arrives: every key at once, then one step. */
    private static VirtualReader paste(VirtualReader reader, String text) {
        return reader.press(text.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new));
    }
}
