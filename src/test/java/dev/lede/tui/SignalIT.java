package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SIGTERM and SIGHUP (the terminal closed) end the real reader with the terminal restored and no process left. */
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
                    + " 2>/dev/null; stty -g | cmp -s - " + saved + " && echo tty-restored; echo ended");
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
}
