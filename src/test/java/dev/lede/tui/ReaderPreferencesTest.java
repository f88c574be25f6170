package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextColor;
import dev.lede.Fifo;
import dev.lede.safefile.AtomicFile;
import dev.lede.library.LibraryLoader;
import dev.lede.prefs.ConfigLocation;
import dev.lede.prefs.PreferencesException;
import dev.lede.prefs.PreferencesStore;
import dev.lede.prefs.Setting;
import dev.lede.prefs.ThemeName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each preference taking effect in the reader, and {@code t} and {@code p} changing and saving them. */
class ReaderPreferencesTest {

    @TempDir
    Path dir;

    private Path config(String text) throws IOException {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private ReaderPreferences prefs(Path file, Map<String, String> env) throws PreferencesException {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("LEDE_CONFIG", file.toString());
        PreferencesStore store = PreferencesStore.load(ConfigLocation.find(null, all, dir.resolve("home")));
        return new ReaderPreferences(store, all);
    }

    private VirtualReader reader(String configText, Map<String, String> env) throws Exception {
        return new VirtualReader(VirtualReader.LIBRARY, 80, 24, prefs(config(configText), env));
    }

    private String file() throws IOException {
        return Files.readString(dir.resolve("config.yml"), StandardCharsets.UTF_8);
    }

    @Test
    void titleColourOnAScreenCellIsFittedToTheTerminal() throws Exception {
        String text = "colors:\n  title: '#ff0000'\n";
        VirtualReader trueColour = reader(text, Map.of("COLORTERM", "truecolor")).press("Enter");
        int[] at = trueColour.find("Albania joins");
        assertEquals(new TextColor.RGB(255, 0, 0), trueColour.cell(at[0], at[1]).getForegroundColor());

        VirtualReader indexed = reader(text, Map.of("TERM", "xterm-256color")).press("Enter");
        assertEquals(new TextColor.Indexed(196), indexed.cell(at[0], at[1]).getForegroundColor());

        VirtualReader ansi = reader(text, Map.of("TERM", "xterm")).press("Enter");
        assertEquals(TextColor.ANSI.RED, ansi.cell(at[0], at[1]).getForegroundColor());

        VirtualReader none = reader(text, Map.of("COLORTERM", "truecolor", "NO_COLOR", "1")).press("Enter");
        assertEquals(TextColor.ANSI.DEFAULT, none.cell(at[0], at[1]).getForegroundColor());
    }

    @Test
    void namedThemeColoursTheSelection() throws Exception {
        VirtualReader reader = reader("theme: dark\n", Map.of("TERM", "xterm-256color"));
        assertEquals(new TextColor.Indexed(25), reader.cell(5, 1).getBackgroundColor());
    }

    @Test
    void readingWidthNarrowsTheText() throws Exception {
        VirtualReader wide = reader("", Map.of()).press("Enter");
        VirtualReader narrow = reader("reader:\n  width: 40\n", Map.of()).press("Enter");
        int widest = narrow.rows().subList(1, 23).stream().mapToInt(r -> r.strip().length()).max().orElse(0);
        int widestBefore = wide.rows().subList(1, 23).stream().mapToInt(r -> r.strip().length()).max().orElse(0);
        assertTrue(widest <= 40, "at most 40 columns of text:\n" + narrow.text());
        assertTrue(widestBefore > 60, wide.text());
    }

    @Test
    void collapsedByDefaultFoldsTheNamedSections() throws Exception {
        VirtualReader open = reader("", Map.of()).press("Enter");
        assertTrue(open.text().contains("The formation of the group"));
        VirtualReader folded = reader("reader:\n  collapsed: [Why is this important]\n", Map.of()).press("Enter");
        assertFalse(folded.text().contains("The formation of the group"), folded.text());
        assertTrue(folded.text().contains("The new parliamentary group"), "Context stays open:\n" + folded.text());
    }

    @Test
    void sortOrderChangesTheList() throws Exception {
        List<String> byFile = reader("", Map.of()).rows();
        assertTrue(byFile.get(2).contains("Tokyo"), String.join("\n", byFile));
        List<String> byTitle = reader("list:\n  sort: title\n", Map.of()).rows();
        assertTrue(byTitle.get(1).contains("Albania"), String.join("\n", byTitle));
        assertTrue(byTitle.get(2).contains("Parliament"), String.join("\n", byTitle));
        assertTrue(byTitle.get(3).contains("Tokyo"), String.join("\n", byTitle));
    }

    @Test
    void showIdsFollowsThePreference() throws Exception {
        assertFalse(reader("", Map.of()).rows().get(2).contains("tokyo"));
        assertTrue(reader("list:\n  show_ids: true\n", Map.of()).rows().get(2).contains("tokyo"));
    }

    @Test
    void aReboundKeyWorksAndTheOldOneNoLonger() throws Exception {
        VirtualReader reader = reader("keys:\n  down: [x]\n", Map.of());
        Style selection = Theme.defaults().selection();
        reader.press("j");
        assertEquals(selection.background(), reader.cell(5, 1).getBackgroundColor(), "j no longer moves");
        reader.press("x");
        assertEquals(selection.background(), reader.cell(5, 2).getBackgroundColor(), "x moves down");
    }

    @Test
    void untouchedKeysAreTheReadersOwn() throws Exception {
        VirtualReader reader = reader(PreferencesStore.documentedDefaults(), Map.of()).press("Enter");
        assertInstanceOf(StoryScreen.class, reader.app.view(), "Enter opens on the list");
        String before = reader.text();
        reader.press("Enter");
        assertTrue(reader.text().contains("▸"), "Enter folds in a story:\n" + before + reader.text());
        reader.press("q");
        assertInstanceOf(ListScreen.class, reader.app.view(), "q leaves a story");
    }

    @Test
    void tCyclesTheThemeOnEveryScreenAndSavesIt() throws Exception {
        VirtualReader reader = reader(PreferencesStore.documentedDefaults(), Map.of("TERM", "xterm-256color"));
        reader.press("t");
        assertTrue(reader.rows().get(23).contains("theme: dark (saved)"), reader.text());
        assertEquals(new TextColor.Indexed(25), reader.cell(5, 1).getBackgroundColor());
        assertTrue(file().contains("\ntheme: dark\n"), file());
        reader.press("Enter", "t");
        assertTrue(reader.rows().get(23).contains("theme: light (saved)"), reader.text());
        assertInstanceOf(StoryScreen.class, reader.app.view());
        reader.press("t", "t");
        assertTrue(file().contains("\ntheme: default\n"), file());
    }

    @Test
    void aFileThatNoLongerParsesIsKeptAndTheThemeChangesInMemory() throws Exception {
        ReaderPreferences prefs = prefs(config("theme: default\n"), Map.of());
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 80, 24, prefs);
        String broken = "theme: [default\n";
        Files.writeString(dir.resolve("config.yml"), broken, StandardCharsets.UTF_8);
        reader.press("t");
        assertTrue(reader.rows().get(23).contains("theme: dark (not saved"), reader.text());
        assertEquals(broken, file());
        assertEquals(ThemeName.DARK, prefs.current().theme());
    }

    @Test
    void aFifoAtTheLockFileGivesAMessageInTheFooterAtOnce() throws Exception {
        VirtualReader reader = reader("theme: default\n", Map.of());
        Path lock = Fifo.make(dir.resolve(".config.yml.lock"));
        Fifo.withoutBlocking(lock, () -> reader.press("t"));
        assertTrue(reader.rows().get(23).contains("theme: dark (not saved: cannot save theme"), reader.text());
        reader.press("q");
        assertFalse(reader.app.running(), "q still quits");
    }

    @Test
    void aSaveHeldUpByAnotherProcessGivesUpAfterASecondNotTen() throws Exception {
        Path file = config("theme: default\n");
        ReaderPreferences prefs = prefs(file, Map.of());
        try (AtomicFile.Lock held = AtomicFile.lock(file, Duration.ofSeconds(5))) {
            assertEquals("theme: dark (not saved: cannot save theme to " + file + ": another process is still saving "
                    + file + " after 1 s)", prefs.cycleTheme());
        }
        assertEquals("theme: default\n", file());
    }

    private static VirtualReader to(VirtualReader reader, String key) {
        int index = Setting.all().indexOf(Setting.find(key).orElseThrow());
        for (int i = 0; i < index; i++) {
            reader.press("j");
        }
        assertEquals(key, ((PreferencesScreen) reader.app.view()).selected().key());
        return reader;
    }

    @Test
    void preferencesScreenStepsAValueAndSavesIt() throws Exception {
        VirtualReader reader = reader(PreferencesStore.documentedDefaults(), Map.of()).press("p");
        assertInstanceOf(PreferencesScreen.class, reader.app.view());
        assertTrue(reader.text().contains("reader.width"), reader.text());
        to(reader, "list.sort").press("Right");
        assertTrue(file().contains("  sort: title\n"), file());
        assertTrue(reader.text().contains("list.sort: title (saved)"), reader.text());
        reader.press("q");
        List<String> rows = reader.rows();
        assertTrue(rows.get(2).contains("Parliament"), "the list takes the new order at once:\n" + reader.text());
    }

    @Test
    void preferencesScreenTypesAValueAndShowsErrorsInline() throws Exception {
        VirtualReader reader = to(reader(PreferencesStore.documentedDefaults(), Map.of()).press("p"), "reader.width");
        reader.press("Enter", "Backspace", "5", "Enter");
        assertTrue(reader.text().contains("expected 0 or a whole number from 20 to 1000"), reader.text());
        assertTrue(file().contains("  width: 0\n"), file());
        reader.press("Enter", "Backspace", "4", "0", "Enter");
        assertTrue(file().contains("  width: 40\n"), file());
        reader.press("Enter", "9", "Esc");
        assertTrue(file().contains("  width: 40\n"), "Esc cancels");
        reader.press("Esc", "Enter");
        int widest = reader.rows().subList(1, 23).stream().mapToInt(r -> r.strip().length()).max().orElse(0);
        assertTrue(widest <= 40, "the story takes the new width:\n" + reader.text());
    }

    @Test
    void helpOnTheListNamesTAndPUnlessABindingTakesThem() throws Exception {
        String help = reader("", Map.of()).press("?").text();
        assertTrue(help.contains("next theme (saved)") && help.contains("preferences"), help);
        String rebound = reader("keys:\n  down: [t]\n", Map.of()).press("?").text();
        assertFalse(rebound.contains("next theme"), rebound);
    }

    @Test
    void themePreferencesAndSearchKeysCanBeReboundLikeAnyOther() throws Exception {
        VirtualReader reader = reader("keys:\n  theme: [T]\n  preferences: [P]\n  search: [s]\n",
                Map.of("TERM", "xterm-256color"));
        reader.press("t");
        assertFalse(file().contains("\ntheme: dark\n"), "t no longer changes the theme");
        reader.press("T");
        assertTrue(file().contains("\ntheme: dark\n"), file());
        reader.press("p");
        assertInstanceOf(ListScreen.class, reader.app.view(), "p no longer opens the preferences");
        reader.press("P");
        assertInstanceOf(PreferencesScreen.class, reader.app.view());
        reader.press("q", "/");
        assertFalse(reader.rows().get(23).startsWith(" /"), reader.text());
        reader.press("s");
        assertTrue(reader.rows().get(23).startsWith(" /"), "s starts the filter:\n" + reader.text());
        String help = reader.press("Esc", "?").text();
        assertTrue(help.contains("T") && help.contains("next theme (saved)"), help);
    }

    @Test
    void preferencesScreenHelpListsItsKeys() throws Exception {
        VirtualReader reader = reader("", Map.of()).press("p", "?");
        assertTrue(reader.text().contains("Keys: preferences"), reader.text());
        assertTrue(reader.text().contains("type a value"), reader.text());
        reader.press("x", "q");
        assertInstanceOf(ListScreen.class, reader.app.view());
    }

    /** The reader on the preferences in {@code file}, loading again what {@code library} names when it changes. */
    private VirtualReader following(Path file) throws PreferencesException {
        ReaderPreferences prefs = prefs(file, Map.of());
        Path home = dir.resolve("home");
        return new VirtualReader(VirtualReader.LIBRARY, 80, 24, prefs, new LibraryReload(home, progress -> {
            List<Path> folders = prefs.current().libraryFolders(dir, home);
            return LibraryLoader.load(folders.isEmpty() ? List.of(VirtualReader.LIBRARY) : folders);
        }));
    }

    private static VirtualReader type(VirtualReader reader, String text) {
        text.chars().forEach(c -> reader.press(String.valueOf((char) c)));
        return reader;
    }

    @Test
    void settingTheLibraryOnThePreferencesScreenShowsTheNewLibrary() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("001_other.txt"), "The other story\n");
        VirtualReader reader = following(config(PreferencesStore.documentedDefaults()));
        ListScreen before = reader.app.list();
        type(to(reader.press("p"), "library").press("Enter"), "other").press("Enter");
        assertTrue(file().contains("library: [other]"), file());
        ReaderLoadingTest.until(reader, () -> reader.app.list() != before);
        assertInstanceOf(PreferencesScreen.class, reader.app.view(), "still on the preferences screen");
        String list = reader.press("q").text();
        assertTrue(list.contains("The other story") && list.contains("1 story") && !list.contains("Albania"), list);
    }

    @Test
    void aLibraryFolderThatDoesNotExistIsRefusedOnThePreferencesScreen() throws Exception {
        String documented = PreferencesStore.documentedDefaults();
        VirtualReader reader = following(config(documented));
        ListScreen before = reader.app.list();
        type(to(reader.press("p"), "library").press("Enter"), "stories, nowhere").press("Enter");
        Files.createDirectories(dir.resolve("stories"));
        assertTrue(reader.text().contains("no such folder: " + dir.resolve("stories")), reader.text());
        assertEquals(documented, file(), "nothing saved");
        type(reader.press("Enter"), "stories, nowhere").press("Enter");
        assertTrue(reader.text().contains("no such folder: " + dir.resolve("nowhere")), reader.text());
        assertEquals(documented, file(), "nothing saved");
        assertEquals(before, reader.app.list());
        assertTrue(reader.press("q").text().contains("Albania joins"), reader.text());
    }
}
