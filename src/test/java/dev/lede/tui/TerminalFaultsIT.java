package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.prefs.ConfigLocation;
import dev.lede.prefs.PreferencesStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real reader in tmux when things go wrong: it runs out of memory, the window shrinks to one cell. */
class TerminalFaultsIT {

    private static final Path HOME = ReaderIT.HOME;

    @TempDir
    Path tmp;

    /** A preferences file of its own, so the reader warns of no missing file and {@code t} saves there. */
    private Path config(String name) throws IOException {
        return Files.writeString(tmp.resolve(name), "theme: default\n", StandardCharsets.UTF_8);
    }

    private String lede(Path config) {
        return "LEDE_CONFIG=" + config + " LEDE_CACHE_DIR=" + tmp.resolve("cache") + " " + HOME.resolve("lede");
    }

    /** One story of about 15 MB: its summary loads in 40 MB of heap, laying it all out takes well over 100 MB. */
    private Path bigLibrary() throws IOException {
        Path library = Files.createDirectories(tmp.resolve("big"));
        String[] words = {"alpha", "beta", "gamma", "delta", "news", "report", "minister", "council"};
        try (Writer out = Files.newBufferedWriter(library.resolve("010_big.txt"), StandardCharsets.UTF_8)) {
            out.write("A very big story\n\n");
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 2_400_000; i++) {
                line.append(words[(i * 7 + i / 8) % words.length]).append(i % 12 == 11 ? "\n" : " ");
                if (line.length() > 8192) {
                    out.write(line.toString());
                    line.setLength(0);
                }
            }
            out.write(line.append("\n\nContext: the end.\n").toString());
        }
        return library;
    }

    @Test
    void runningOutOfMemoryRestoresTheTerminalSaysSoInOneLineAndLeavesNoProcess() throws Exception {
        Path library = bigLibrary();
        assertTrue(Files.size(library.resolve("010_big.txt")) > 14_000_000);
        Path err = tmp.resolve("err");
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            tmux.type("clear");
            tmux.launch("JAVA_OPTS=-Xmx64m " + lede(config("config.yml")) + " read " + library + " 2>" + err,
                    tmp.resolve("stty"));
            tmux.await("the list", s -> s.contains("A very big story") && s.contains("? help"));
            tmux.keys("Enter");
            String screen = tmux.awaitExit();
            assertTrue(screen.contains("exit=1"), screen);
            tmux.awaitText("tty-restored");
            assertEquals("0", tmux.format("#{alternate_on}"), "back from the alternate screen");
            assertEquals("1", tmux.format("#{cursor_flag}"), "the cursor is visible again");
            assertEquals(List.of(), tmux.javaProcesses(), "no process left");
        }
        assertEquals(List.of("lede: error: out of memory (Java heap space); give Java more with JAVA_OPTS=-Xmx1g,"
                + " for example"), Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    /**
     * At one cell the reader takes {@code t} (the next theme: the one cell changes colour, and the file says so); back
     * at 100x30 it draws exactly the frame a virtual reader does. Keys whose effect depends on the size are left to
     * {@code ReaderAppTest#tinyWindowsNeverCrash}: here the reader may still be asking the terminal its new size when
     * a key arrives, so the key could land at either size.
     */
    private static void shrinkToOneCellAndBack(Tmux tmux, VirtualReader expected, String what)
            throws IOException, InterruptedException {
        tmux.resize(1, 1);
        expected.resize(1, 1);
        String cell = tmux.screenWithStyles();
        tmux.keys("t");
        expected.press("t");
        tmux.awaitStyles("the next theme's colours in the one cell", s -> !s.equals(cell));
        tmux.resize(100, 30);
        expected.resize(100, 30);
        tmux.awaitFrame(what + " at 100x30 again", expected);
    }

    @Test
    void resizingToOneCellAndBackRedrawsTheListAndTheStory() throws Exception {
        Path library = HOME.resolve(VirtualReader.LIBRARY);
        Path virtualConfig = config("virtual.yml");
        Map<String, String> env = Map.of("LEDE_CONFIG", virtualConfig.toString());
        VirtualReader expected = new VirtualReader(library, 100, 30, new ReaderPreferences(
                PreferencesStore.load(ConfigLocation.find(null, env, tmp)), env));
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            tmux.type("clear");
            Path config = config("config.yml");
            tmux.launch(lede(config) + " read " + library, tmp.resolve("stty"));
            tmux.awaitFrame("the list", expected);

            shrinkToOneCellAndBack(tmux, expected, "the list");
            assertEquals("theme: dark\n", Files.readString(config), "t at one cell saved the next theme");
            tmux.keys("k", "Enter");
            expected.press("k", "Enter");
            tmux.awaitFrame("the first story", expected);

            tmux.keys("H");
            expected.press("H");
            tmux.resize(1, 1);
            tmux.resize(100, 30);
            tmux.awaitFrame("the help over the story", expected);
            tmux.keys("H");
            expected.press("H");

            shrinkToOneCellAndBack(tmux, expected, "the story");
            assertEquals("theme: light\n", Files.readString(config), "t at one cell saved the next theme");
            tmux.keys("Tab", "Enter");
            expected.press("Tab", "Enter");
            String folded = tmux.awaitFrame("a section folded", expected);
            assertTrue(folded.contains("▸ "), folded);

            tmux.keys("q", "q");
            String screen = tmux.awaitExit();
            assertTrue(screen.contains("exit=0"), screen);
            tmux.awaitText("tty-restored");
            assertEquals("0", tmux.format("#{alternate_on}"), "back from the alternate screen");
        }
    }

    /**
     * {@code setsid} leaves stdin and stdout on the terminal but takes the controlling terminal away, which the
     * reader's {@code stty} needs: the documented one line and exit 2, not a failure to run {@code /bin/stty}.
     */
    @Test
    void withoutAControllingTerminalTheReaderSaysSoInOneLineAndExitsTwo() throws Exception {
        Path err = tmp.resolve("err");
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            tmux.type("clear");
            tmux.launch("setsid -w env " + lede(config("config.yml")) + " 2>" + err, tmp.resolve("stty"));
            String screen = tmux.awaitExit();
            assertTrue(screen.contains("exit=2"), screen);
            tmux.awaitText("tty-restored");
        }
        assertEquals(List.of("lede: error: the reader needs an interactive terminal (stdin and stdout must be a TTY); use"
                + " 'lede list' or 'lede export' in scripts and pipes"), Files.readAllLines(err, StandardCharsets.UTF_8));
    }
}
