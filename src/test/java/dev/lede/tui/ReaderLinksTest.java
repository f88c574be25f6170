package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.keys.Key;
import dev.lede.library.LibraryLoader;
import dev.lede.prefs.ConfigLocation;
import dev.lede.prefs.PreferencesStore;
import dev.lede.search.Search;
import dev.lede.state.ReadState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code o}, {@code L} and the links screen on the virtual terminal, with a fake browser that records its arguments. */
class ReaderLinksTest {

    private static final String LONG = "https://example.com/" + "very-long-path-segment/".repeat(8) + "end";

    @TempDir
    Path dir;

    private Path library;

    @BeforeEach
    void library() throws IOException {
        library = Files.createDirectories(dir.resolve("library"));
        story("010_links.txt", """
                ---
                url: "https://example.com/story"
                links:
                  - "https://example.com/one"
                  - "javascript:alert(1)"
                  - "%s"
                ---
                A story with links
                It says more at https://text.example/in-body. Also (see https://example.com/one).
                """.formatted(LONG));
        story("020_none.txt", "A story without links\nNothing to open here.\n");
        story("030_script.txt", "---\nurl: \"javascript:alert(document.cookie)\"\n---\nA story whose url is a script\n"
                + "Text.\n");
        StringBuilder many = new StringBuilder("---\nlinks:\n");
        for (int i = 1; i <= 12; i++) {
            many.append("  - \"https://example.com/").append(i).append("\"\n");
        }
        story("040_many.txt", many + "---\nA story with twelve links\nText.\n");
        story("050_hostile.txt", "---\nurl: \"https://ok.example/a\"\nlinks:\n  - \"https://x.example/\\e]8;;https://evil"
                + ".example\\e\\\\\"\n---\nA hostile story \u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\\n"
                + "Body \u001b]8;;https://evil.example\u0007here\u001b]8;;\u0007 https://text.example/x\n");
    }

    private void story(String name, String text) throws IOException {
        Files.writeString(library.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A fake terminal browser: writes each argument, NUL after each, to {@code browser.args}. */
    private Path recorder() throws IOException {
        Path script = dir.resolve("browser");
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\0' \"$@\" >> '" + dir.resolve("browser.args") + "'\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private List<String> opened() throws IOException {
        Path file = dir.resolve("browser.args");
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1));
    }

    private ReaderSession session(String config) throws Exception {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        Map<String, String> env = new HashMap<>();
        env.put("BROWSER", recorder().toString());
        env.put("PATH", dir.toString());
        env.put("LEDE_CONFIG", file.toString());
        PreferencesStore store = PreferencesStore.load(ConfigLocation.find(null, env, dir.resolve("home")));
        return new ReaderSession(LoadingLibrary.of(VirtualReader.load(library)),
                loaded -> new Search(loaded, null, "", LibraryLoader.Progress.NONE), new ReaderPreferences(store, env),
                LibraryReload.NONE, ReadState.inMemory());
    }

    private VirtualReader reader(String config) throws Exception {
        return new VirtualReader(session(config), 80, 24);
    }

    private static String footer(VirtualReader reader) {
        List<String> rows = reader.rows();
        return rows.get(rows.size() - 1);
    }

    @Test
    void theLinksScreenNumbersThePageTheFrontMatterLinksThenTheTextsOnce() throws Exception {
        VirtualReader reader = reader("").press("L");
        assertInstanceOf(LinksScreen.class, reader.app.view());
        List<String> rows = reader.rows();
        assertTrue(rows.get(0).contains("Links  A story with links") && rows.get(0).endsWith("5 links"), rows.get(0));
        assertTrue(rows.get(1).matches(" 1  https://example\\.com/story +page"), rows.get(1));
        assertTrue(rows.get(2).matches(" 2  https://example\\.com/one +link"), rows.get(2));
        assertTrue(rows.get(3).matches(" 3  javascript:alert\\(1\\) +link"), rows.get(3));
        assertTrue(rows.get(5).matches(" 5  https://text\\.example/in-body +in the text"), rows.get(5));
        reader.assertSnapshot("links-80x24");
    }

    @Test
    void aLongLinkIsCutOnItsOwnRowNeverWrapped() throws Exception {
        VirtualReader reader = reader("").press("L");
        String row = reader.rows().get(4);
        assertTrue(row.startsWith(" 4  https://example.com/very-long-path-segment/"), row);
        assertTrue(row.contains("…") && row.endsWith("link"), row);
        assertTrue(reader.rows().get(5).startsWith(" 5  "), "the next row is the next link");
    }

    @Test
    void enterOrTheNumberOpensALinkAsOneArgumentAndTheScreenStays() throws Exception {
        VirtualReader reader = reader("").press("L", "j", "Enter");
        assertEquals(List.of("https://example.com/one"), opened());
        assertTrue(footer(reader).startsWith(" back from browser"), footer(reader));
        assertInstanceOf(LinksScreen.class, reader.app.view());
        reader.press("5");
        assertEquals(List.of("https://example.com/one", "https://text.example/in-body"), opened());
    }

    @Test
    void aNumberThatCouldGoOnWaitsForTheNextDigitOrEnter() throws Exception {
        VirtualReader reader = reader("").press("G", "k", "L"); // the story with twelve links
        reader.press("1");
        assertEquals(List.of(), opened());
        assertTrue(footer(reader).endsWith("link 1… (Enter opens it)"), footer(reader));
        reader.press("2");
        assertEquals(List.of("https://example.com/12"), opened());
        reader.press("9");
        assertEquals(List.of("https://example.com/12", "https://example.com/9"), opened());
        reader.press("1", "Enter");
        assertEquals("https://example.com/1", opened().get(2));
        reader.press("0");
        assertTrue(footer(reader).endsWith("no link 0"), footer(reader));
        reader.press("1", "3");
        assertTrue(footer(reader).endsWith("no link 13"), footer(reader));
        assertEquals(3, opened().size());
    }

    @Test
    void oOpensTheStorysUrlFromTheListAndFromTheStory() throws Exception {
        VirtualReader reader = reader("").press("o");
        assertEquals(List.of("https://example.com/story"), opened());
        reader.press("Enter", "o");
        assertEquals(List.of("https://example.com/story", "https://example.com/story"), opened());
        assertInstanceOf(StoryScreen.class, reader.app.view());
        reader.press("L");
        assertInstanceOf(LinksScreen.class, reader.app.view());
        reader.press("q");
        assertInstanceOf(StoryScreen.class, reader.app.view(), "back goes to the story");
    }

    @Test
    void refusalsAndMissingLinksAreOneFooterLineAndNothingRuns() throws Exception {
        VirtualReader reader = reader("").press("L", "3");
        assertEquals(" link refused: only http and https links are opened, not javascript:", footer(reader));
        reader.press("q", "j", "o");
        assertTrue(footer(reader).endsWith("  this story has no url (L lists its links)"), footer(reader));
        reader.press("L");
        assertInstanceOf(ListScreen.class, reader.app.view());
        assertTrue(footer(reader).endsWith("this story has no links"), footer(reader));
        reader.press("j", "o");
        assertEquals(" link refused: only http and https links are opened, not javascript:", footer(reader));
        assertEquals(List.of(), opened());
    }

    @Test
    void theKeysAreRebindableAndInTheHelp() throws Exception {
        VirtualReader reader = reader("keys:\n  links: [v]\n  open_link: [O]\n").press("L");
        assertInstanceOf(ListScreen.class, reader.app.view());
        reader.press("v");
        assertInstanceOf(LinksScreen.class, reader.app.view());
        reader.press("q", "O");
        assertEquals(List.of("https://example.com/story"), opened());
        reader.press("?");
        assertTrue(reader.text().contains("open the story's page in the browser"), reader.text());
        assertTrue(reader.text().contains("read the library again"), reader.text());
    }

    @Test
    void osc8HyperlinksAreWrittenOnlyWhenOnAndOnlyForTheFrontMattersCheckedLinks() throws Exception {
        assertEquals(List.of(), escapes("", "L"), "off by default");
        assertEquals(List.of(Hyperlinks.start("https://example.com/story"), Hyperlinks.end(),
                Hyperlinks.start("https://example.com/one"), Hyperlinks.end(),
                Hyperlinks.start(LONG), Hyperlinks.end()), escapes("links:\n  osc8: true\n", "L"));
    }

    @Test
    void storyTextWithOsc8NeverReachesTheTerminalAsAnEscape() throws Exception {
        List<String> written = escapes("links:\n  osc8: true\n", "G", "L");
        // the front matter's escape was cleaned out when the story was read, leaving a plain link
        assertEquals(List.of(Hyperlinks.start("https://ok.example/a"), Hyperlinks.end(),
                Hyperlinks.start("https://x.example/"), Hyperlinks.end()), written,
                () -> written.stream().map(e -> e.replace("\u001b", "ESC")).toList().toString());
        List<String> story = escapes("links:\n  osc8: true\n", "G", "Enter");
        assertEquals(List.of(), story, "nothing from the story's text");
    }

    /** The escapes written to the terminal after pressing the keys, each call to the terminal one string. */
    private List<String> escapes(String config, String... keys) throws Exception {
        Recording terminal = new Recording(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        ReaderApp app = new ReaderApp(screen, session(config));
        app.draw();
        for (String key : keys) {
            terminal.addInput(KeyStrokes.stroke(key.length() == 1 ? Key.character(key.charAt(0)) : Key.parse(key)));
        }
        app.step();
        for (String cell : terminal.cells) {
            assertFalse(cell.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0), cell);
        }
        return terminal.escapes;
    }

    /** A virtual terminal that keeps what was written with an escape in it instead of drawing it. */
    private static final class Recording extends DefaultVirtualTerminal {
        final List<String> escapes = new ArrayList<>();
        final List<String> cells = new ArrayList<>();

        Recording(TerminalSize size) {
            super(size);
        }

        @Override
        public synchronized void putString(String string) {
            if (string.indexOf('\u001b') >= 0) {
                escapes.add(string);
            } else {
                cells.add(string);
                super.putString(string);
            }
        }

        @Override
        public synchronized void putCharacter(char c) {
            if (c == '\u001b') {
                escapes.add(String.valueOf(c));
            } else {
                cells.add(String.valueOf(c));
                super.putCharacter(c);
            }
        }
    }
}
