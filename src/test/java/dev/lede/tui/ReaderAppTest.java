package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import dev.lede.prefs.Collapsed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderAppTest {

    private static final Theme THEME = Theme.defaults();

    @Test
    void listAt80x24() {
        new VirtualReader(VirtualReader.LIBRARY, 80, 24).assertSnapshot("list-80x24");
    }

    @Test
    void listAt20x5() {
        new VirtualReader(VirtualReader.LIBRARY, 20, 5).assertSnapshot("list-20x5");
    }

    @Test
    void seedStoryAt80x24() {
        new VirtualReader(VirtualReader.SEEDS, 80, 24).press("Enter").assertSnapshot("story-80x24");
    }

    @Test
    void seedStoryAt34x14() {
        new VirtualReader(VirtualReader.SEEDS, 34, 14).press("Enter").assertSnapshot("story-34x14");
    }

    @Test
    void storyWithFrontMatterShowsItsMetadataLine() {
        new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("G", "Enter").assertSnapshot("story-front-matter");
    }

    @Test
    void listSelectionIsHighlightedAndMoves() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 80, 24);
        assertEquals(THEME.selection().background(), reader.cell(5, 1).getBackgroundColor());
        assertEquals(TextColor.ANSI.DEFAULT, reader.cell(5, 2).getBackgroundColor());
        reader.press("j");
        assertEquals(TextColor.ANSI.DEFAULT, reader.cell(5, 1).getBackgroundColor());
        assertEquals(THEME.selection().background(), reader.cell(5, 2).getBackgroundColor());
        reader.press("j", "j", "j");
        assertEquals(THEME.selection().background(), reader.cell(5, 3).getBackgroundColor(), "stops at the end");
        reader.press("g");
        assertEquals(THEME.selection().background(), reader.cell(5, 1).getBackgroundColor());
    }

    @Test
    void listFooterCountsSkippedFilesAndWShowsTheWarnings() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 80, 24);
        assertTrue(reader.rows().get(23).endsWith("1 skipped (w)"), reader.rows().get(23));
        reader.press("w");
        assertTrue(reader.text().contains("040_blank.txt: skipped: no text"), reader.text());
        reader.press("q");
        assertInstanceOf(ListScreen.class, reader.app.view());
        assertTrue(reader.app.running());
    }

    @Test
    void enterFoldsTheFocusedSectionAndShowsWhatItHides() {
        VirtualReader reader = new VirtualReader(VirtualReader.SEEDS, 80, 40).press("Enter");
        assertTrue(reader.text().contains("▾ Context"));
        assertTrue(reader.text().contains("“The fact that this group"));
        reader.press("Tab", "Enter");
        assertTrue(reader.rows().contains("  ▸ Context — 2 paragraphs, 2 quotes"), reader.text());
        assertFalse(reader.text().contains("“The fact that this group"), "the quote is folded away");
        assertTrue(reader.text().contains("▾ International reaction"), "other sections stay open");
        reader.press("Enter");
        assertTrue(reader.text().contains("▾ Context"));
        assertTrue(reader.text().contains("“The fact that this group"));
    }

    @Test
    void minusFoldsEverySectionAndPlusOrEqualsUnfoldsThem() {
        VirtualReader reader = new VirtualReader(VirtualReader.SEEDS, 80, 24).press("Enter", "-");
        List<String> rows = reader.rows();
        assertTrue(rows.contains("  ▸ Why is this important — 1 paragraph"), reader.text());
        assertTrue(rows.contains("  ▸ Context — 2 paragraphs, 2 quotes"), reader.text());
        assertTrue(rows.contains("  ▸ International reaction — 2 paragraphs"), reader.text());
        assertTrue(rows.get(23).endsWith("100%"), rows.get(23));
        reader.press("+");
        assertFalse(reader.text().contains("▸"), reader.text());
        reader.press("-", "=");
        assertFalse(reader.text().contains("▸"), reader.text());
    }

    @Test
    void tabMovesTheFocusAndTheViewFollowsIt() {
        VirtualReader reader = new VirtualReader(VirtualReader.SEEDS, 80, 12).press("Enter");
        StoryScreen story = (StoryScreen) reader.app.view();
        reader.press("Tab", "Tab");
        assertEquals(2, story.focus());
        int[] at = reader.find("▾ International reaction");
        assertEquals(THEME.selection().background(), reader.cell(at[0], at[1]).getBackgroundColor());
        assertEquals(THEME.selection().background(), reader.cell(77, at[1]).getBackgroundColor(),
                "the focus bar spans the text column");
        assertEquals(TextColor.ANSI.DEFAULT, reader.cell(at[0], at[1] + 1).getBackgroundColor());
        reader.press("S-Tab");
        assertEquals(1, story.focus());
        reader.find("▾ Context");
    }

    @Test
    void quoteCellsTakeTheQuoteColour() {
        VirtualReader reader = new VirtualReader(VirtualReader.SEEDS, 80, 40).press("Enter");
        int[] quote = reader.find("“The fact");
        TextColor quoteColour = THEME.quote().foreground();
        for (int c = quote[0]; c < quote[0] + 10; c++) {
            assertEquals(quoteColour, reader.cell(c, quote[1]).getForegroundColor(), "column " + c);
        }
        assertEquals("┃", reader.cell(quote[0] - 2, quote[1]).getCharacterString());
        assertEquals(quoteColour, reader.cell(quote[0] - 2, quote[1]).getForegroundColor(), "the bar");
        int[] attribution = reader.find("— Romina Kuko, Socialist MP");
        assertEquals(quote[0], attribution[0], "the attribution sits under the quote");
        assertEquals(THEME.attribution().foreground(),
                reader.cell(attribution[0] + 2, attribution[1]).getForegroundColor());
        int[] plain = reader.find("The new parliamentary group");
        assertEquals(TextColor.ANSI.DEFAULT, reader.cell(plain[0], plain[1]).getForegroundColor());
    }

    @Test
    void quotedSpanInsideAParagraphTakesTheQuoteColour() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("G", "Enter");
        int[] span = reader.find("“a turning point”");
        for (int c = span[0]; c < span[0] + "“a turning point”".length(); c++) {
            assertEquals(THEME.quote().foreground(), reader.cell(c, span[1]).getForegroundColor(), "column " + c);
        }
        assertEquals(TextColor.ANSI.DEFAULT, reader.cell(span[0] - 2, span[1]).getForegroundColor());
        int[] word = reader.find("minister");
        assertEquals(TextColor.ANSI.DEFAULT, reader.cell(word[0], word[1]).getForegroundColor());
    }

    @Test
    void resizeReflowsAndKeepsThePlace() {
        VirtualReader reader = new VirtualReader(VirtualReader.SEEDS, 80, 24).press("Enter");
        for (int i = 0; i < 40 && !reader.rows().get(1).contains("the opposition carries"); i++) {
            reader.press("j");
        }
        assertTrue(reader.rows().get(1).contains("the opposition carries"), reader.text());
        String wide = reader.text();
        reader.resize(40, 12);
        List<String> rows = reader.rows();
        assertNotEquals(wide, reader.text());
        assertEquals(12, rows.size());
        rows.forEach(row -> assertTrue(Glyphs.width(row) <= 40, row));
        assertTrue(rows.get(1).contains("includes members from both the"), "the same line of the quote stays on top:\n"
                + reader.text());
        reader.resize(100, 30);
        assertTrue(reader.rows().get(29).endsWith("%"), reader.text());
        assertTrue(reader.rows().get(0).endsWith("1/1"), reader.text());
    }

    @Test
    void tinyWindowsNeverCrash() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 20, 5);
        String[] keys = {"Enter", "j", "Tab", "Enter", "-", "+", "G", "J", "?", "x", "K", "Space", "b", "S-Tab",
            "q", "w", "G", "j", "q", "?", "x", "k"};
        for (int columns = 1; columns <= 24; columns += 3) {
            for (int rows = 1; rows <= 7; rows++) {
                reader.resize(columns, rows);
                for (String key : keys) {
                    reader.press(key);
                    assertEquals(rows, reader.rows().size());
                }
            }
        }
        reader.resize(20, 5);
        assertTrue(reader.app.running());
    }

    @Test
    void emojiAndCjkTakeTwoCellsAndKeepTheRightEdge() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 60, 16);
        int[] tokyo = reader.find("Tokyo 東京");
        assertEquals(1, tokyo[0]);
        TextCharacter kanji = reader.cell(7, tokyo[1]);
        assertEquals("東", kanji.getCharacterString());
        assertTrue(kanji.isDoubleWidth());
        assertEquals("京", reader.cell(9, tokyo[1]).getCharacterString());
        int[] smile = reader.find("😀");
        assertEquals("😀", reader.cell(smile[0], smile[1]).getCharacterString(), "one cell holds the whole emoji");
        List<String> rows = reader.rows();
        assertEquals(Glyphs.width(rows.get(1)), Glyphs.width(rows.get(2)), "right-aligned details line up:\n"
                + reader.text());
        assertFalse(String.join("\n", rows.subList(1, 15)).contains("?"), reader.text());
        reader.press("j", "Enter");
        int[] wrapped = reader.find("日本語");
        for (String row : reader.rows()) {
            assertTrue(Glyphs.width(row) <= 60, row);
        }
        assertEquals(4, wrapped[0], "CJK text indented under its heading");
        reader.assertSnapshot("story-wide-60x16");
    }

    @Test
    void unbreakableTokenLongerThanTheLineIsBroken() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 40, 30).press("j", "Enter", "G");
        assertTrue(reader.text().contains("Supercalifragilisticexpialidocious"), reader.text());
        reader.rows().forEach(row -> assertTrue(Glyphs.width(row) <= 40, row));
    }

    @Test
    void nextAndPreviousStoryAndBackSelectsTheLastOneShown() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("Enter", "J");
        assertTrue(reader.rows().get(0).endsWith("2/3"), reader.rows().get(0));
        assertTrue(reader.text().contains("Tokyo 東京 greets"));
        reader.press("J", "J");
        assertTrue(reader.rows().get(0).endsWith("3/3"));
        assertTrue(reader.rows().get(23).contains("last story"), reader.rows().get(23));
        reader.press("K", "q");
        assertInstanceOf(ListScreen.class, reader.app.view());
        assertEquals(1, reader.app.list().selected());
        assertEquals(THEME.selection().background(), reader.cell(5, 2).getBackgroundColor());
    }

    @Test
    void helpListsEveryKeyOfTheScreenAndAnyKeyClosesIt() {
        VirtualReader reader = new VirtualReader(VirtualReader.SEEDS, 80, 30).press("Enter");
        String before = reader.text();
        reader.press("H");
        assertTrue(reader.app.helpShown());
        String text = reader.text();
        for (String line : List.of("Tab", "Shift-Tab", "fold every section", "+ =", "J", "K", "← h Esc q",
                "PgDn Space", "PgUp b", "g Home", "G End", "Ctrl-C")) {
            assertTrue(text.contains(line), line + " missing from\n" + text);
        }
        reader.press("j");
        assertFalse(reader.app.helpShown());
        assertEquals(before, reader.text(), "j closed the help and did not scroll");
        reader.press("q", "?");
        assertTrue(reader.text().contains("open the story"), reader.text());
        assertFalse(reader.text().contains("fold every section"), "the list's help lists only the list's keys");
    }

    @Test
    void helpInATinyWindowSaysThereIsMore() {
        VirtualReader reader = new VirtualReader(VirtualReader.SEEDS, 20, 6).press("?");
        assertTrue(reader.text().contains("… more in a"), reader.text());
        assertTrue(reader.text().contains("↓"), reader.text());
        reader.resize(60, 24);
        assertFalse(reader.text().contains("… more in a"), reader.text());
        assertTrue(reader.text().contains("Ctrl-C"), reader.text());
    }

    @Test
    void qQuitsFromTheListAndCtrlCFromAnywhere() {
        VirtualReader list = new VirtualReader(VirtualReader.SEEDS, 80, 24).press("q");
        assertFalse(list.app.running());
        VirtualReader story = new VirtualReader(VirtualReader.SEEDS, 80, 24).press("Enter");
        story.terminal.addInput(new KeyStroke('c', true, false));
        story.step();
        assertFalse(story.app.running());
    }

    @Test
    void optionsHideIdsNarrowTheTextAndStartCollapsed() {
        ReaderOptions options = ReaderOptions.defaults().withShowIds(false).withReadingWidth(50)
                .withStartCollapsed(Collapsed.listed(List.of("context")));
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 100, 30, options);
        assertFalse(reader.text().contains("seed  "), reader.text());
        assertTrue(reader.rows().get(1).endsWith("3 sections"), reader.rows().get(1));
        reader.press("Enter");
        assertTrue(reader.text().contains("▸ Context — 2 paragraphs, 2 quotes"), reader.text());
        assertTrue(reader.text().contains("▾ Why is this important"));
        int[] title = reader.find("Albania joins");
        assertEquals(2 + 23, title[0], "a 50-cell column centred in the 96 cells between the margins");
        reader.rows().subList(1, 29).forEach(row -> assertTrue(Glyphs.width(row) <= 25 + 50, row));
    }

    @Test
    void noColorKeepsBoldAndReverseOnly() {
        Theme plain = Theme.defaults().forEnvironment(java.util.Map.of("NO_COLOR", "1"));
        VirtualReader reader = new VirtualReader(VirtualReader.SEEDS, 80, 40,
                ReaderOptions.defaults().withTheme(plain)).press("Enter");
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < 80; c++) {
                TextCharacter cell = reader.cell(c, r);
                assertEquals(TextColor.ANSI.DEFAULT, cell.getForegroundColor(), c + "," + r);
                assertEquals(TextColor.ANSI.DEFAULT, cell.getBackgroundColor(), c + "," + r);
            }
        }
        assertTrue(reader.cell(3, 1).isBold(), "the title");
        assertTrue(reader.cell(3, 0).isReversed(), "the header bar");
        int[] focused = reader.find("▾ Why is this important");
        assertTrue(reader.cell(focused[0], focused[1]).isReversed(), "the focused heading");
    }

    /** A suspension that records the screen the shell got and then, as a shell would, draws over all of it. */
    private static List<String> suspendBlanking(VirtualReader reader) {
        List<String> handedBack = new ArrayList<>();
        reader.app.suspendingWith(new Suspension() {
            @Override
            public boolean requested() {
                return false;
            }

            @Override
            public void suspend() {
                handedBack.add(reader.text());
                reader.terminal.clearScreen();
            }
        });
        return handedBack;
    }

    @Test
    void ctrlZSuspendsBeforeTheKeysAfterItAndRedrawsEverythingOnReturn() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 80, 24);
        String list = reader.text();
        List<String> handedBack = suspendBlanking(reader);
        reader.terminal.addInput(new KeyStroke('z', true, false));
        reader.press("j");
        assertEquals(List.of(list), handedBack, "suspended once, before the j after Ctrl-Z");
        assertEquals(list, reader.text(), "the whole frame drawn again over the shell's screen");
        reader.step();
        assertEquals(new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("j").text(), reader.text(),
                "the j handled after the return");
    }

    @Test
    void ctrlZWhileTypingAFilterSuspendsAndTypesNothing() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 80, 24).press("/", "T", "o");
        String typed = reader.text();
        List<String> handedBack = suspendBlanking(reader);
        reader.terminal.addInput(new KeyStroke('z', true, false));
        reader.terminal.addInput(new KeyStroke('\\', true, false));
        reader.step();
        assertEquals(1, handedBack.size());
        assertEquals(typed, reader.text(), "neither Ctrl-Z nor Ctrl-\\ typed anything");
    }
}
