package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signals and the real reader in tmux: SIGTERM and SIGHUP (the terminal closed) end it with the terminal restored and
 * no process left; Ctrl-Z and SIGTSTP hand the terminal back to the shell as it was, and {@code fg} takes it again;
 * Ctrl-\ is a key, not a thread dump.
 */
class SignalIT {

    static final Path HOME = Path.of(System.getenv().getOrDefault("LEDE_HOME", ".")).toAbsolutePath();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "HUP"})
    void aSignalRestoresTheTerminalAndLeavesNoProcess(String signal) throws Exception {
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            Path saved = tmp.resolve("stty");
            tmux.type("clear; stty -g > " + saved + "; LEDE_CONFIG=" + tmp.resolve("config.yml")
                    + " LEDE_CACHE_DIR=" + tmp.resolve("cache") + " " + HOME.resolve("lede")
                    + " 2>/dev/null; stty -g | cmp -s - " + saved + " && echo tty-''restored; echo en''ded");
            tmux.awaitText("1 story");
            ProcessHandle java = tmux.javaProcesses().stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no reader process"));
            new ProcessBuilder("kill", "-" + signal, String.valueOf(java.pid())).start().waitFor();
            String screen = tmux.awaitText("ended");
            assertTrue(screen.contains("tty-restored"), screen);
            java.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(java.isAlive());
            assertEquals("0", tmux.format("#{alternate_on}"), "back from the alternate screen");
            assertEquals("1", tmux.format("#{cursor_flag}"), "the cursor is visible again");
        }
    }

    private String lede() {
        return "LEDE_CONFIG=" + tmp.resolve("config.yml") + " LEDE_CACHE_DIR=" + tmp.resolve("cache") + " "
                + HOME.resolve("lede");
    }

    /**
     * Starts the reader after saving the terminal's settings, followed on its command line by {@code then} (nothing,
     * when a stop must not let the shell go on to the next command).
     */
    private Path start(Tmux tmux, String then) throws IOException, InterruptedException {
        Path saved = tmp.resolve("stty");
        tmux.type("clear; stty -g > " + saved);
        tmux.type(lede() + then.replace("SAVED", saved.toString()));
        tmux.await("the list", s -> s.contains("1 story") && s.contains("? help"));
        return saved;
    }

    /** The reader is stopped and the shell has the terminal back exactly as it was before the reader started. */
    private static void assertHandedBack(Tmux tmux, Path saved) throws IOException, InterruptedException {
        String shell = tmux.await("the shell to report the stopped job", s -> s.contains("Stopped"));
        assertFalse(shell.contains("? help"), "the shell's own screen:\n" + shell);
        assertEquals("0", tmux.format("#{alternate_on}"), "back from the alternate screen");
        assertEquals("1", tmux.format("#{cursor_flag}"), "the cursor is visible");
        tmux.type("stty -g | cmp -s - " + saved + " && echo same-''settings");
        tmux.awaitText("same-settings");
    }

    /** After {@code fg}: the reader is drawn again in full, and a key works without Enter; then it quits cleanly. */
    private static void assertTakenBackAndQuit(Tmux tmux, Path saved) throws IOException, InterruptedException {
        tmux.type("fg; echo \"exit=$?\"; stty -g | cmp -s - " + saved + " && echo tty-''restored");
        String again = tmux.await("the list drawn again", s -> s.contains("1 story") && s.contains("? help")
                && s.contains("Albania joins"));
        assertFalse(again.contains("same-settings") || again.contains("Stopped"), "a full redraw:\n" + again);
        assertEquals("1", tmux.format("#{alternate_on}"), "on the alternate screen again");
        assertAKeyWorksAndQuitRestores(tmux);
    }

    /** One key opens the help at once (no Enter needed); {@code q} then quits with the terminal restored. */
    private static void assertAKeyWorksAndQuitRestores(Tmux tmux) throws IOException, InterruptedException {
        tmux.keys("?");
        tmux.await("the help, opened by one key without Enter", s -> s.contains("Keys: story list"));
        tmux.keys("?", "q");
        String screen = tmux.awaitExit();
        assertTrue(screen.contains("exit=0"), screen);
        tmux.awaitText("tty-restored");
        assertEquals("0", tmux.format("#{alternate_on}"), "back from the alternate screen");
        assertEquals("1", tmux.format("#{cursor_flag}"), "the cursor is visible again");
    }

    @Test
    void ctrlZHandsTheTerminalBackAsItWasAndFgTakesItAgain() throws Exception {
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            Path saved = start(tmux, "");
            tmux.keys("C-z");
            assertHandedBack(tmux, saved);
            assertTakenBackAndQuit(tmux, saved);
        }
    }

    @Test
    void aSigtstpFromOutsideHandsTheTerminalBackAsCtrlZDoes() throws Exception {
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            Path saved = start(tmux, "");
            ProcessHandle java = tmux.javaProcesses().stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no reader process"));
            new ProcessBuilder("kill", "-TSTP", String.valueOf(java.pid())).start().waitFor();
            assertHandedBack(tmux, saved);
            assertTakenBackAndQuit(tmux, saved);
        }
    }

    /**
     * {@code kill %1} on the stopped reader ends it, as it ends a stopped vim or less: the shell sends SIGTERM and
     * SIGCONT, and the reader, continued in the background, must not wait for a terminal the shell holds.
     */
    @Test
    void killingTheStoppedReaderEndsItAndLeavesTheTerminalAsItWas() throws Exception {
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            Path saved = start(tmux, "");
            ProcessHandle java = tmux.javaProcesses().stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no reader process"));
            tmux.keys("C-z");
            assertHandedBack(tmux, saved);
            tmux.type("kill %1");
            java.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(java.isAlive());
            tmux.type("clear; jobs; stty -g | cmp -s - " + saved + " && echo still-the-''same");
            String shell = tmux.awaitText("still-the-same");
            assertFalse(shell.contains("Stopped"), shell);
            assertEquals("0", tmux.format("#{alternate_on}"), "on the main screen");
            assertEquals("1", tmux.format("#{cursor_flag}"), "the cursor is visible");
        }
    }

    /**
     * Ctrl-\ is only a key: no thread dump over the reader. Everything the pane receives is logged, and after the
     * key the reader must still be the only thing there.
     */
    @Test
    void ctrlBackslashPrintsNoThreadDump() throws Exception {
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            Path log = tmp.resolve("pane.log");
            tmux.record(log);
            Path saved = start(tmux, "; echo \"exit=$?\"; stty -g | cmp -s - SAVED && echo tty-''restored");
            tmux.keys("C-\\");
            assertAKeyWorksAndQuitRestores(tmux);
            String all = Files.readString(log, StandardCharsets.ISO_8859_1);
            assertTrue(all.contains("Albania joins"), "the log holds the reader's output");
            assertFalse(all.contains("thread dump") || all.contains("java.lang.Thread.State"), all);
        }
    }

    /** Ctrl-S is a key too: with the terminal's flow control on it would freeze the reader's output until Ctrl-Q. */
    @Test
    void ctrlSDoesNotFreezeTheReader() throws Exception {
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            start(tmux, "; echo \"exit=$?\"; stty -g | cmp -s - SAVED && echo tty-''restored");
            tmux.keys("C-s");
            assertAKeyWorksAndQuitRestores(tmux);
        }
    }
}
