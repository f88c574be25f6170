package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.lede.prefs.Collapsed;
import dev.lede.prefs.Color;
import dev.lede.prefs.Element;
import dev.lede.prefs.ThemeName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching inside a story as less does: / and ?, n and N, the matches highlighted, folded sections opened. */
class ReaderStorySearchTest {

    /** Five matches of {@code zebra}: the title, the lede, and in three of the four sections (one in a quote). */
    private static final String STORY = """
            Zebras of the city
            The zebra crossing on Main Street is the oldest one.
            Traffic: Cars stop at the zebra. Nobody else does in this city.
            Café society: The café by the crossing serves coffee. “A zebra mural,” says the owner.
            Quiet: Nothing here.
            Last word: One more zebra at the end.
            """;

    private static Path library(Path dir, String story) throws IOException {
        Files.writeString(dir.resolve("001_zebras.txt"), story);
        Files.writeString(dir.resolve("002_next.txt"), "The next story\nA zebra here too, and another zebra.\n");
        return dir;
    }

    private static VirtualReader open(Path dir, ReaderOptions options) throws IOException {
        return new VirtualReader(library(dir, STORY), 60, 20, options).press("Enter");
    }

    /** Presses the keys of a search: {@code /} or {@code ?}, the text, Enter. */
    private static VirtualReader search(VirtualReader reader, String prompt, String text) {
        reader.press(prompt);
        for (char c : text.toCharArray()) {
            reader.press(String.valueOf(c));
        }
        return reader.press("Enter");
    }

    private static String footer(VirtualReader reader) {
        List<String> rows = reader.rows();
        return rows.get(rows.size() - 1);
    }

    private static TextCharacter cellOf(VirtualReader reader, String text) {
        int[] at = reader.find(text);
        return reader.cell(at[0], at[1]);
    }

    private static boolean reversed(TextCharacter cell) {
        return cell.getModifiers().contains(SGR.REVERSE);
    }

    @Test
    void everyMatchIsBlackOnGreenAndTheCurrentOneReversed(@TempDir Path dir) throws IOException {
        VirtualReader reader = search(open(dir, ReaderOptions.defaults()), "/", "zebra");
        assertTrue(footer(reader).contains("/zebra  match 1/5"), footer(reader));
        TextCharacter title = cellOf(reader, "Zebras");
        assertTrue(reversed(title), "the current match, in the title");
        assertEquals(TextColor.ANSI.DEFAULT, title.getForegroundColor(), "in the text's own colours");
        assertTrue(title.getModifiers().contains(SGR.BOLD), "the title's bold");
        TextCharacter lede = cellOf(reader, "zebra crossing");
        assertTrue(reversed(lede), "another match, in the lede");
        assertEquals(TextColor.ANSI.GREEN, lede.getForegroundColor(), "reversed: a green background");
        assertEquals(TextColor.ANSI.BLACK, lede.getBackgroundColor(), "reversed: black letters");
        assertTrue(lede.getModifiers().contains(SGR.ITALIC), "the lede's italic");
        assertFalse(reversed(cellOf(reader, "s of the city")), "the title's s is not part of the match");
        assertFalse(reversed(cellOf(reader, " crossing on")), "nor is the space after a match");

        reader.press("n");
        assertTrue(footer(reader).contains("match 2/5"), footer(reader));
        assertEquals(TextColor.ANSI.DEFAULT, cellOf(reader, "zebra crossing").getForegroundColor(), "n moved on");
        assertEquals(TextColor.ANSI.GREEN, cellOf(reader, "Zebras").getForegroundColor(), "still a match");
        assertTrue(reversed(cellOf(reader, "Zebras")));
    }

    @Test
    void theCurrentMatchStandsOutInAQuoteToo(@TempDir Path dir) throws IOException {
        VirtualReader reader = search(open(dir, ReaderOptions.defaults()), "/", "zebra").press("n", "n", "n");
        assertTrue(footer(reader).contains("match 4/5"), footer(reader));
        int[] at = reader.find("A zebra");
        TextCharacter quoted = reader.cell(at[0] + 2, at[1]);
        assertTrue(reversed(quoted));
        assertEquals(Theme.defaults().quote().foreground(), quoted.getForegroundColor(), "the quote's colour reversed");
        reader.press("n");
        assertEquals(TextColor.ANSI.GREEN, reader.cell(at[0] + 2, at[1]).getForegroundColor(), "now another match");
        assertNotEquals(Theme.defaults().quote().foreground(), TextColor.ANSI.GREEN);
    }

    @Test
    void nAndNStepInTheSearchsDirectionAndSayWhenTheyWrap(@TempDir Path dir) throws IOException {
        VirtualReader reader = search(open(dir, ReaderOptions.defaults()), "?", "zebra");
        assertTrue(footer(reader).contains("wrapped: from the bottom"), "? from the top wraps: " + footer(reader));
        assertTrue(footer(reader).contains("?zebra  match 5/5"), footer(reader));
        reader.press("n");
        assertTrue(footer(reader).contains("match 4/5"), "n goes on up: " + footer(reader));
        assertFalse(footer(reader).contains("wrapped"), footer(reader));
        reader.press("N", "N");
        assertTrue(footer(reader).contains("wrapped: from the top") && footer(reader).contains("match 1/5"),
                "N goes down, round past the end: " + footer(reader));
        search(reader, "/", "");
        assertTrue(footer(reader).contains("/zebra  match 2/5"), "/ and Enter alone: the same search, down: "
                + footer(reader));
        reader.press("n", "n", "n", "n");
        assertTrue(footer(reader).contains("wrapped: from the top") && footer(reader).contains("match 1/5"),
                footer(reader));
    }

    @Test
    void nOpensTheFoldedSectionThatHoldsTheNextMatch(@TempDir Path dir) throws IOException {
        VirtualReader reader = open(dir, ReaderOptions.defaults().withStartCollapsed(Collapsed.ALL));
        assertTrue(reader.text().contains("▸ Traffic") && reader.text().contains("▸ Café society"), reader.text());
        search(reader, "/", "zebra");
        assertTrue(footer(reader).contains("match 1/5"), "folded matches count too: " + footer(reader));
        reader.press("n");
        assertTrue(reader.text().contains("▸ Traffic"), "the lede's match opens nothing:\n" + reader.text());
        reader.press("n");
        assertTrue(reader.text().contains("▾ Traffic"), reader.text());
        assertTrue(reversed(cellOf(reader, "zebra. Nobody")), "the match is shown:\n" + reader.text());
        assertEquals(TextColor.ANSI.DEFAULT, cellOf(reader, "zebra. Nobody").getForegroundColor(), "the current one");
        assertTrue(reader.text().contains("▸ Café society") && reader.text().contains("▸ Last word"),
                "only that section opens:\n" + reader.text());
        reader.press("N", "N", "N");
        assertTrue(reader.text().contains("▾ Last word"), "N round past the top opens the last one:\n"
                + reader.text());
        assertEquals(TextColor.ANSI.DEFAULT, cellOf(reader, "zebra at the end").getForegroundColor());
        assertTrue(reader.text().contains("▸ Café society"), reader.text());
        assertTrue(reader.text().contains("▸ Quiet"), "a section without a match stays folded");
    }

    @Test
    void theFiltersMatchesOpenFoldedSectionsToo(@TempDir Path dir) throws IOException {
        VirtualReader reader = new VirtualReader(library(dir, STORY), 60, 20).press("/");
        for (char c : "city".toCharArray()) {
            reader.press(String.valueOf(c));
        }
        reader.press("Enter", "Enter", "-");
        assertTrue(reader.text().contains("▸ Traffic"), reader.text());
        assertTrue(footer(reader).contains("2 matches"), "the title's and the folded one: " + footer(reader));
        reader.press("n", "n");
        assertTrue(footer(reader).contains("match 2/2"), footer(reader));
        assertTrue(reader.text().contains("▾ Traffic") && reader.text().contains("▸ Café society"), reader.text());
        assertTrue(reversed(cellOf(reader, "city.")), reader.text());
        search(reader, "/", "");
        assertTrue(footer(reader).contains("no previous search"), "the filter is not a search: " + footer(reader));
    }

    @Test
    void aMatchFarDownIsScrolledIntoView(@TempDir Path dir) throws IOException {
        StringBuilder story = new StringBuilder("A long story\n");
        for (int i = 1; i <= 80; i++) {
            story.append("Paragraph ").append(i).append(i == 70 ? " holds the needle." : " is filler.").append('\n');
        }
        Files.writeString(dir.resolve("001_long.txt"), story);
        VirtualReader reader = new VirtualReader(dir, 60, 20).press("Enter");
        assertFalse(reader.text().contains("needle"), reader.text());
        search(reader, "/", "needle");
        assertTrue(reader.text().contains("Paragraph 70 holds the needle."), reader.text());
        assertTrue(reversed(cellOf(reader, "needle")));
        assertTrue(footer(reader).contains("match 1/1"), footer(reader));
        reader.press("g", "n");
        assertTrue(reader.text().contains("needle"), "n from the top finds it again:\n" + reader.text());
    }

    @Test
    void thePromptTypesOnTheBottomLineAndEscGivesUp(@TempDir Path dir) throws IOException {
        VirtualReader reader = open(dir, ReaderOptions.defaults());
        reader.press("/", "z", "e", "j", "q");
        assertEquals(" /zejq", footer(reader).stripTrailing(), "j and q are typed, not scrolling or leaving");
        assertTrue(reader.app.view() instanceof StoryScreen);
        reader.press("Backspace", "Backspace", "Esc");
        assertFalse(footer(reader).contains("/ze"), footer(reader));
        assertFalse(reversed(cellOf(reader, "Zebras")), "Esc searched nothing");
        search(reader, "/", "");
        assertTrue(footer(reader).contains("no previous search"), footer(reader));
        search(reader, "/", "okapi");
        assertTrue(footer(reader).contains("Pattern not found"), footer(reader));
        reader.press("n");
        assertTrue(footer(reader).contains("Pattern not found"), footer(reader));
    }

    @Test
    void aLongSearchShowsItsEndWhileTypedAndAPasteIsCut(@TempDir Path dir) throws IOException {
        VirtualReader reader = open(dir, ReaderOptions.defaults()).press("/");
        String typed = "x".repeat(100) + "東京 the end";
        reader.press(typed.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new));
        assertTrue(footer(reader).startsWith(" /…xxx") && footer(reader).endsWith("東京 the end"), footer(reader));
        reader.press("Esc", "/");
        reader.press("y".repeat(5_000).chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new));
        assertTrue(footer(reader).endsWith("a search holds at most 4,096 characters"), footer(reader));
        assertTrue(footer(reader).startsWith(" /…yyy"), footer(reader));
        reader.press("Enter");
        assertTrue(footer(reader).contains("Pattern not found"), footer(reader));
        assertTrue(footer(reader).contains("/yyyyyyyyyyyyyyyyyyyyyy…"), "cut in the footer: " + footer(reader));
    }

    @Test
    void caseCountsOnlyWithACapitalAndAccentsNever(@TempDir Path dir) throws IOException {
        VirtualReader reader = search(open(dir, ReaderOptions.defaults()), "/", "Zebra");
        assertTrue(footer(reader).contains("match 1/1"), "a capital: the case counts: " + footer(reader));
        search(reader, "/", "cafe");
        assertTrue(footer(reader).contains("match 1/2"), "cafe finds Café and café: " + footer(reader));
        assertTrue(reversed(cellOf(reader, "Café society")), reader.text());
        search(reader, "/", "CAFÉ");
        assertTrue(footer(reader).contains("Pattern not found"), footer(reader));
    }

    @Test
    void theSearchStaysForTheNextStory(@TempDir Path dir) throws IOException {
        VirtualReader reader = search(open(dir, ReaderOptions.defaults()), "/", "zebra").press("J");
        assertTrue(reader.text().contains("The next story"), reader.text());
        assertTrue(footer(reader).contains("/zebra  2 matches"), footer(reader));
        reader.press("n", "n");
        assertTrue(footer(reader).contains("match 2/2"), footer(reader));
    }

    @Test
    void theMatchColoursComeFromTheThemeAndThePreferences(@TempDir Path dir) throws IOException {
        Theme magenta = Theme.defaults().withColour(Element.CURRENT_MATCH, new Color("magenta"))
                .withColour(Element.MATCH, new Color("blue"));
        VirtualReader reader = search(open(dir, ReaderOptions.defaults().withTheme(magenta)), "/", "zebra");
        assertEquals(TextColor.ANSI.MAGENTA, cellOf(reader, "Zebras").getForegroundColor());
        assertEquals(TextColor.ANSI.BLUE, cellOf(reader, "zebra crossing").getForegroundColor());

        for (ThemeName name : ThemeName.values()) {
            Path themeDir = Files.createDirectories(dir.resolve(name.id()));
            VirtualReader themed = search(open(themeDir, ReaderOptions.defaults().withTheme(Theme.of(name))), "/",
                    "zebra");
            TextCharacter current = cellOf(themed, "Zebras");
            TextCharacter other = cellOf(themed, "zebra crossing");
            assertTrue(reversed(current) && reversed(other), name.id());
            assertNotEquals(List.of(current.getForegroundColor(), current.getBackgroundColor(),
                    current.getModifiers()), List.of(other.getForegroundColor(), other.getBackgroundColor(),
                    other.getModifiers()), name.id() + ": the current match looks different");
        }
    }
}
