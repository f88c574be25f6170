package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.prefs.ConfigLocation;
import dev.lede.prefs.PreferencesStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story full of escape sequences, in tmux with OSC 52 allowed to set paste buffers: the same bytes printed raw
 * change the pane's title and make a buffer, and through lede they change neither, nor the screen outside lede's
 * drawing.
 */
class TerminalSafetyIT {

    private static final String ESC = "\u001b";
    private static final String BEL = "\u0007";
    private static final String TITLE = "before-lede";
    private static final String ID = "hostile\\u001B]2;pwned-file\\u0007";

    @TempDir
    Path tmp;

    private static String osc(String body) {
        return ESC + "]" + body + BEL;
    }

    private static String clipboard(String text) {
        return osc("52;c;" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String link(String text) {
        return ESC + "]8;;http://pwned.example/" + ESC + "\\" + text + ESC + "]8;;" + ESC + "\\";
    }

    /**
     * Title sets (OSC 0 and 2, 7-bit and C1), clipboard writes (OSC 52), links (OSC 8), clears, cursor moves and
     * cursor-position queries (CSI 6n) in the title, lede, a heading, a quote and the front matter, whose YAML
     * escapes ({@code \e}, {@code \a}) decode to the same bytes.
     */
    static String hostileStory() {
        return "---\n"
                + "date: \"2025-03-01\\e]2;pwned-date\\a\"\n"
                + "author: \"\\e]52;c;cHduZWQtYXV0aG9y\\a Ann\"\n"
                + "tags: [\"\\e]8;;http://pwned.example/\\e\\\\tag\"]\n"
                + "---\n"
                + "Hostile" + osc("0;pwned-title") + " headline" + clipboard("pwned-clip") + ESC + "[2J" + ESC
                + "[H here\n\n"
                + "The lede" + ESC + "[6n asks" + "\u009b6n for the cursor" + ESC + "[10;10H and" + ESC + "7"
                + ESC + "[K sets" + "\u009d2;pwned-c1" + BEL + " the title.\n\n"
                + "Context" + osc("2;pwned-heading") + ": A heading" + ESC + "[1;1H" + ESC + "[2J that clears the"
                + " screen, and a " + link("link") + " to follow.\n\n"
                + "Minister" + clipboard("pwned-quote") + ", a role: “Quoted" + ESC + "[31m words" + ESC
                + "[0m with a " + link("link") + ".”\n\n"
                + "Reaction" + ESC + "[6n: More" + "\u009b2J text" + osc("0;pwned-end") + ".\n";
    }

    /**
     * A library of the hostile story, its file name holding an OSC 2 too; its id is {@link #ID}, the name's escape
     * sequence written out.
     */
    private Path hostileLibrary() throws IOException {
        Path library = Files.createDirectories(tmp.resolve("library"));
        Files.writeString(library.resolve("020_hostile" + osc("2;pwned-file") + ".txt"), hostileStory(),
                StandardCharsets.UTF_8);
        return library;
    }

    /**
     * Shows that this terminal obeys the story's escapes when they are printed raw, so the checks after it can fail;
     * then sets the title {@link #TITLE}, deletes the buffers and clears the screen.
     */
    private static void provesTheEscapesWork(Tmux tmux, Path library) throws IOException, InterruptedException {
        tmux.clipboardOn();
        tmux.title(TITLE);
        // tmux answers the story's CSI 6n by typing cursor reports into the shell: a device-attributes query (CSI c)
        // after them is answered last, so reading up to its final 'c' takes them all away
        tmux.type("cat " + library + "/*.txt; printf '\\e[c'; read -rs -d c _; clear; echo raw-''printed");
        tmux.awaitText("raw-printed");
        String title = tmux.awaitFormat("#{pane_title}", t -> !t.equals(TITLE));
        assertTrue(title.startsWith("pwned"), "raw OSC 0/2 set the title: " + title);
        List<String> buffers = tmux.buffers();
        assertTrue(buffers.stream().anyMatch(b -> b.contains("pwned")), "raw OSC 52 made a buffer: " + buffers);
        tmux.title(TITLE);
        tmux.deleteBuffers();
    }

    private static void assertUntouched(Tmux tmux, String when) throws IOException, InterruptedException {
        assertEquals(TITLE, tmux.title(), "the pane title " + when);
        assertEquals(List.of(), tmux.buffers(), "the paste buffers " + when);
    }

    /** Presses keys in tmux and on a virtual reader; tmux must come to show exactly the virtual reader's frame. */
    private static void press(Tmux tmux, VirtualReader expected, String what, String... keys)
            throws IOException, InterruptedException {
        tmux.keys(keys);
        expected.press(keys);
        tmux.awaitFrame(what, expected);
        assertUntouched(tmux, "with " + what + " on screen");
    }

    @Test
    void theReaderShowsTheStoryWithoutObeyingItsEscapes() throws Exception {
        Path library = hostileLibrary();
        Path config = Files.writeString(tmp.resolve("config.yml"), "theme: default\n");
        Map<String, String> env = Map.of("LEDE_CONFIG", config.toString());
        VirtualReader expected = new VirtualReader(library, 100, 30, new ReaderPreferences(
                PreferencesStore.load(ConfigLocation.find(null, env, tmp)), env));
        try (Tmux tmux = new Tmux(ReaderIT.HOME, 100, 30)) {
            provesTheEscapesWork(tmux, library);
            tmux.type("clear; echo shell-line-1; echo shell-line-2");
            String shell = tmux.await("the shell's lines", s -> s.contains("shell-line-2\n$"));
            tmux.launch("LEDE_CONFIG=" + config + " LEDE_CACHE_DIR=" + tmp.resolve("cache") + " "
                    + ReaderIT.HOME.resolve("lede") + " read " + library, tmp.resolve("stty"));
            press(tmux, expected, "the list");
            assertTrue(tmux.screen().contains("Hostile headline here"), tmux.screen());
            press(tmux, expected, "the story", "Enter");
            assertTrue(tmux.screen().contains("“Quoted words with a link.”"), tmux.screen());
            press(tmux, expected, "the story scrolled", "j", "j", "Space");
            press(tmux, expected, "the story from the top", "g");
            press(tmux, expected, "Context folded", "Tab", "Enter");
            press(tmux, expected, "Context unfolded", "Enter");
            press(tmux, expected, "every section folded", "-");
            press(tmux, expected, "every section unfolded", "+");
            press(tmux, expected, "the story's help", "H");
            press(tmux, expected, "the list again", "H", "q");
            press(tmux, expected, "the warnings", "w");
            assertTrue(tmux.screen().contains("020_" + ID + ".txt"), "the file name, escaped:\n" + tmux.screen());
            press(tmux, expected, "the warnings' help", "?");
            press(tmux, expected, "the list from the warnings", "?", "q");
            tmux.keys("q");

            String after = tmux.awaitExit();
            assertTrue(after.contains("exit=0"), after);
            tmux.awaitText("tty-restored");
            assertEquals("0", tmux.format("#{alternate_on}"), "back from the alternate screen");
            assertUntouched(tmux, "after lede quit");
            List<String> before = shell.lines().toList();
            assertEquals(before.subList(0, 2), after.lines().limit(2).toList(),
                    "the shell's screen came back unchanged:\n" + after);
        }
    }

    @Test
    void showListAndExportToTheTerminalPrintTheStoryWithoutItsEscapes() throws Exception {
        Path library = hostileLibrary();
        String lede = "LEDE_CACHE_DIR=" + tmp.resolve("cache") + " " + ReaderIT.HOME.resolve("lede");
        try (Tmux tmux = new Tmux(ReaderIT.HOME, 100, 60)) {
            provesTheEscapesWork(tmux, library);
            for (String command : List.of("list", "show '" + ID + "'", "export --format text",
                    "export --format markdown")) {
                String marker = "before-" + command.replaceAll("[^a-z]+", "-");
                tmux.type("clear; echo " + marker);
                tmux.await("the shell", s -> s.startsWith(marker + "\n$"));
                tmux.type(lede + " " + command + " " + library + "; echo \"exit=$?\"");
                String screen = tmux.awaitExit();
                assertTrue(screen.contains("exit=0"), command + ":\n" + screen);
                assertTrue(screen.startsWith(marker + "\n"), command + " kept the screen:\n" + screen);
                assertTrue(screen.contains("Hostile headline here"), command + ":\n" + screen);
                assertUntouched(tmux, "after lede " + command);
            }
            tmux.type("clear; echo before-the-argument");
            tmux.await("the shell", s -> s.startsWith("before-the-argument\n$"));
            tmux.type(lede + " show $'\\e]2;pwned-arg\\a' " + library + "; echo \"exit=$?\"");
            String screen = tmux.awaitExit();
            assertUntouched(tmux, "after an id holding an escape sequence");
            assertTrue(screen.contains("no story with id '\\u001B]2;pwned-arg\\u0007'") && screen.contains("exit=3"),
                    screen);
        }
    }
}
