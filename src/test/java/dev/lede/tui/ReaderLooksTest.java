package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.lede.prefs.ConfigLocation;
import dev.lede.prefs.Element;
import dev.lede.prefs.PreferencesStore;
import dev.lede.prefs.ThemeName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A theme whose colours assume a dark or a light background paints it under every cell the reader draws, and every
 * cell is readable on it; the default and mono themes keep the terminal's own colours; {@code t} never reaches a
 * theme on which a colour the user set would vanish. On a terminal that is not UTF-8 every cell is a character it
 * can show, laid out as in UTF-8.
 */
class ReaderLooksTest {

    private static final int COLUMNS = 80;
    private static final int ROWS = 24;

    @TempDir
    Path dir;

    private ReaderPreferences prefs(String configText, Map<String, String> env) throws Exception {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, configText, StandardCharsets.UTF_8);
        Map<String, String> all = new HashMap<>(env);
        all.put("LEDE_CONFIG", file.toString());
        return new ReaderPreferences(PreferencesStore.load(ConfigLocation.find(null, all, dir.resolve("home"))), all);
    }

    private VirtualReader reader(String configText, Map<String, String> env) throws Exception {
        return new VirtualReader(VirtualReader.LIBRARY, COLUMNS, ROWS, prefs(configText, env));
    }

    /**
     * Every screen of the reader, each frame as its cells: the list (with empty rows under it), the filter prompt
     * finding nothing, the story (short, with empty rows), a folded section, the help box, the preferences screen
     * with a value being typed, the warnings.
     */
    private static List<TextCharacter[][]> frames(VirtualReader reader) {
        List<TextCharacter[][]> frames = new ArrayList<>();
        frames.add(cells(reader));
        frames.add(cells(reader.press("/", "z", "z", "q")));
        frames.add(cells(reader.press("Esc", "Esc", "Enter")));
        frames.add(cells(reader.press("Tab", "Enter")));
        frames.add(cells(reader.press("?")));
        frames.add(cells(reader.press("Esc", "q", "j", "j", "j", "Enter")));
        frames.add(cells(reader.press("q", "p")));
        frames.add(cells(reader.press("j", "Enter", "x")));
        frames.add(cells(reader.press("Esc", "q", "w")));
        return frames;
    }

    private static TextCharacter[][] cells(VirtualReader reader) {
        TextCharacter[][] cells = new TextCharacter[ROWS][COLUMNS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                cells[r][c] = reader.cell(c, r);
            }
        }
        return cells;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "xterm-direct"})
    void darkAndLightPaintTheirBackgroundUnderEveryCellOfEveryScreenAndEveryCellReads(String term)
            throws Exception {
        for (ThemeName name : List.of(ThemeName.DARK, ThemeName.LIGHT)) {
            VirtualReader reader = reader("theme: " + name.id() + "\n", Map.of("TERM", term));
            Backdrop backdrop = Backdrop.of(name);
            int painted = 0;
            List<TextCharacter[][]> frames = frames(reader);
            for (int f = 0; f < frames.size(); f++) {
                for (int r = 0; r < ROWS; r++) {
                    for (int c = 0; c < COLUMNS; c++) {
                        TextCharacter cell = frames.get(f)[r][c];
                        String where = name.id() + " frame " + f + " cell " + c + "," + r;
                        assertNotEquals(TextColor.ANSI.DEFAULT, cell.getBackgroundColor(), where);
                        assertNotEquals(TextColor.ANSI.DEFAULT, cell.getForegroundColor(), where);
                        double contrast = Backdrop.contrast(cell.getForegroundColor(), cell.getBackgroundColor());
                        assertTrue(contrast >= 4.5, where + ": contrast " + contrast);
                        painted += cell.getBackgroundColor().equals(backdrop.background()) ? 1 : 0;
                    }
                }
            }
            assertTrue(painted > frames.size() * COLUMNS * ROWS / 2, name + ": most cells stand on the backdrop");
            TextCharacter emptyRow = reader.cell(40, ROWS - 3);
            assertEquals(backdrop.background(), emptyRow.getBackgroundColor(), "an empty row of the list");
        }
    }

    @Test
    void theDefaultAndMonoThemesKeepTheTerminalsOwnBackground() throws Exception {
        for (ThemeName name : List.of(ThemeName.DEFAULT, ThemeName.MONO)) {
            VirtualReader reader = reader("theme: " + name.id() + "\n", Map.of("TERM", "xterm-256color"));
            for (TextCharacter[][] frame : frames(reader)) {
                assertEquals(TextColor.ANSI.DEFAULT, frame[ROWS - 3][COLUMNS - 1].getBackgroundColor(), name.id());
                assertEquals(TextColor.ANSI.DEFAULT, frame[ROWS - 3][COLUMNS - 1].getForegroundColor(), name.id());
            }
        }
    }

    @Test
    void withSixteenColoursTheBackdropIsTheNearestAnsiColourAndNoColorDropsIt() throws Exception {
        VirtualReader light = reader("theme: light\n", Map.of("TERM", "xterm"));
        assertEquals(TextColor.ANSI.WHITE_BRIGHT, light.cell(40, ROWS - 3).getBackgroundColor());
        assertEquals(TextColor.ANSI.BLACK, light.cell(40, ROWS - 3).getForegroundColor());
        int[] title = light.find("Tokyo");
        assertEquals(TextColor.ANSI.BLACK, light.cell(title[0], title[1]).getForegroundColor(), "a title on the list");
        VirtualReader dark = reader("theme: dark\n", Map.of("TERM", "xterm"));
        assertEquals(TextColor.ANSI.BLACK, dark.cell(40, ROWS - 3).getBackgroundColor());
        VirtualReader none = reader("theme: dark\n", Map.of("TERM", "xterm-256color", "NO_COLOR", "1"));
        for (TextCharacter[][] frame : frames(none)) {
            for (TextCharacter[] row : frame) {
                for (TextCharacter cell : row) {
                    assertEquals(TextColor.ANSI.DEFAULT, cell.getBackgroundColor());
                    assertEquals(TextColor.ANSI.DEFAULT, cell.getForegroundColor());
                }
            }
        }
    }

    @Test
    void everyNamedThemeIsReadableOnItsOwnBackdropWithItsColoursAsChosen() {
        for (ThemeName name : ThemeName.values()) {
            assertTrue(Backdrop.of(name).shows(Theme.of(name)), name.id());
        }
        for (ThemeName name : List.of(ThemeName.DARK, ThemeName.LIGHT)) {
            Backdrop backdrop = Backdrop.of(name);
            for (Element element : Element.values()) {
                Style style = backdrop.under(Theme.of(name).style(element));
                assertTrue(Backdrop.contrast(style.foreground(), style.background()) >= 4.5, name + " " + element);
            }
        }
        assertEquals(21.0, Backdrop.contrast(TextColor.ANSI.BLACK, TextColor.ANSI.WHITE_BRIGHT), 0.01);
        assertEquals(1.0, Backdrop.contrast(new TextColor.Indexed(231), new TextColor.RGB(255, 255, 255)), 0.01);
    }

    @Test
    void tPassesOverAThemeOnWhichAColourTheUserSetWouldVanish() throws Exception {
        VirtualReader reader = reader("theme: default\ncolors:\n  title: bright_white\n",
                Map.of("TERM", "xterm-256color"));
        reader.press("t");
        assertTrue(reader.rows().get(ROWS - 1).contains("theme: dark (saved)"), reader.text());
        reader.press("t");
        assertTrue(reader.rows().get(ROWS - 1).contains("theme: mono (saved)"),
                "white titles on the light theme's white: passed over\n" + reader.text());
        assertTrue(Files.readString(dir.resolve("config.yml")).contains("theme: mono"));
        reader.press("t");
        assertTrue(reader.rows().get(ROWS - 1).contains("theme: default (saved)"), reader.text());
    }

    @Test
    void aThemeSetByHandIsKeptEvenWhenAColourOfTheUsersVanishesOnIt() throws Exception {
        VirtualReader reader = reader("theme: light\ncolors:\n  title: '#ffffff'\n",
                Map.of("COLORTERM", "truecolor")).press("Enter");
        int[] title = reader.find("Albania joins");
        assertEquals(new TextColor.RGB(255, 255, 255), reader.cell(title[0], title[1]).getForegroundColor());
        assertEquals(Backdrop.of(ThemeName.LIGHT).background(), reader.cell(40, ROWS - 3).getBackgroundColor());
    }

    @Test
    void aStoryWithTheLightThemeShowsItsTextDarkOnLight() throws Exception {
        VirtualReader reader = reader("theme: light\n", Map.of("TERM", "xterm-256color")).press("Enter");
        int[] body = reader.find("Albania has become");
        TextCharacter cell = reader.cell(body[0], body[1]);
        assertEquals(new TextColor.Indexed(231), cell.getBackgroundColor());
        assertEquals(new TextColor.Indexed(238), cell.getForegroundColor(), "the lede's grey");
        int[] last = reader.find("Albania has become");
        assertEquals(new TextColor.Indexed(231), reader.cell(COLUMNS - 1, last[1]).getBackgroundColor(),
                "right of the text too");
    }

    @Test
    void underAPosixLocaleEveryCellOfEveryScreenIsAsciiInTheSameLayout() throws Exception {
        VirtualReader utf8 = reader("", Map.of("LANG", "en_US.UTF-8"));
        VirtualReader ascii = reader("", Map.of("LANG", "C"));
        List<TextCharacter[][]> wide = frames(utf8);
        List<TextCharacter[][]> narrow = frames(ascii);
        boolean replaced = false;
        for (int f = 0; f < wide.size(); f++) {
            for (int r = 0; r < ROWS; r++) {
                String where = "frame " + f + " row " + r;
                String row = row(narrow.get(f)[r]);
                assertTrue(row.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F), where + ": " + row);
                assertEquals(COLUMNS, row.length(), where + ": " + row);
                assertEquals(COLUMNS, Glyphs.width(row(wide.get(f)[r])), where + ": the same layout");
                replaced |= !row.equals(row(wide.get(f)[r]));
            }
        }
        assertTrue(replaced);
        VirtualReader story = reader("", Map.of("LC_ALL", "POSIX")).press("Enter");
        assertTrue(story.text().contains("> Context - 2 paragraphs, 2 quotes") || story.text().contains("v Context"),
                story.text());
        assertTrue(story.text().contains("| \"The fact that this group"), story.text());
        assertTrue(story.text().contains("Democratic Party's parliamentary group"), story.text());
        VirtualReader list = reader("", Map.of("LANG", "C"));
        assertTrue(list.rows().get(1).startsWith("*Albania joins"), list.rows().get(1));
        assertTrue(list.rows().get(2).startsWith("*Tokyo ???? greets visitors with ?? and ?? at the gate"),
                list.rows().get(2));
    }

    /** A row's text, a two-cell character once. */
    private static String row(TextCharacter[] cells) {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            row.append(cells[c].getCharacterString());
            c += cells[c].isDoubleWidth() ? 1 : 0;
        }
        return row.toString();
    }

    @Test
    void aLatin1LocaleKeepsItsLettersAndReplacesTheRest() throws Exception {
        VirtualReader reader = reader("", Map.of("LANG", "de_DE.ISO-8859-1"));
        assertTrue(reader.rows().get(3).contains("\"historic\""), reader.rows().get(3));
        reader.press("Enter", "Tab", "Enter");
        assertTrue(reader.text().contains("> Context - 2 paragraphs, 2 quotes"), reader.text());
    }

    @Test
    void theListsColumnsFollowThePreferencesAndEachSaysOneThing() throws Exception {
        List<String> defaults = reader("", Map.of()).rows();
        assertTrue(defaults.get(3).endsWith("2025-02-01"), "the date, by default: " + defaults.get(3));
        assertTrue(defaults.get(1).endsWith("…"), "no date, no sections, no source of one folder: "
                + defaults.get(1));
        List<String> chosen = reader("list:\n  show_date: false\n  show_sections: true\n  show_ids: true\n",
                Map.of()).rows();
        assertTrue(chosen.get(3).endsWith("budget   1 section"), chosen.get(3));
        assertTrue(chosen.get(1).endsWith("seed    3 sections"), chosen.get(1));
    }

    @Test
    void theStoryHeaderShowsTheSourceAndTheDateAndTheHelpBoxTheId() throws Exception {
        VirtualReader reader = reader("", Map.of()).press("G", "Enter");
        assertTrue(reader.rows().get(0).startsWith(" library  2025-02-01 "), reader.rows().get(0));
        assertTrue(!reader.rows().get(0).contains("budget"), "no id in the header: " + reader.rows().get(0));
        reader.press("H");
        assertTrue(reader.text().contains("Keys: story budget"), reader.text());
    }
}
