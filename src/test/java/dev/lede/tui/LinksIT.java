package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text browser from {@code $BROWSER} takes the real terminal from the reader and gives it back, in tmux. */
class LinksIT {

    @TempDir
    Path tmp;

    private static String footer(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Test
    void aTextBrowserTakesTheTerminalAndTheReaderIsRedrawnAfterIt() throws Exception {
        Path library = Files.createDirectories(tmp.resolve("library"));
        Files.writeString(library.resolve("010_page.txt"), "---\nurl: \"https://example.com/a;b$(id)'\"\n---\n"
                + "A story with a page\nText.\n", StandardCharsets.UTF_8);
        Files.writeString(library.resolve("020_other.txt"), "Another story\nText.\n", StandardCharsets.UTF_8);
        Path browser = tmp.resolve("fake-w3m");
        Files.writeString(browser, String.join("\n", "#!/bin/sh",
                "printf '%s\\0' \"$@\" > '" + tmp.resolve("args") + "'",
                "stty -g > '" + tmp.resolve("stty-browser") + "'",
                "printf '\\033[2J\\033[HTEXT-BROWSER showing %s\\npress a key: ' \"$1\"",
                "read -r line",
                "echo \"got:$line\" > '" + tmp.resolve("got") + "'", ""), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
        try (Tmux tmux = new Tmux(ReaderIT.HOME, 100, 30)) {
            Path saved = tmp.resolve("stty");
            tmux.launch("BROWSER='" + browser + "' XDG_CONFIG_HOME=" + tmp.resolve("config") + " XDG_DATA_HOME="
                    + tmp.resolve("data") + " XDG_STATE_HOME=" + tmp.resolve("state") + " LEDE_CACHE_DIR="
                    + tmp.resolve("cache") + " " + ReaderIT.HOME.resolve("lede") + " read " + library, saved);
            tmux.await("the list", s -> s.contains("2 stories") && s.contains("? help"));
            tmux.keys("o");
            String taken = tmux.await("the text browser", s -> s.contains("press a key:"));
            assertTrue(taken.contains("TEXT-BROWSER showing https://example.com/a;b$(id)'"), taken);
            assertFalse(taken.contains("? help"), taken);
            assertEquals("0", tmux.format("#{alternate_on}"), "the reader left its screen to the browser");
            assertEquals(Files.readString(saved).strip(), Files.readString(tmp.resolve("stty-browser")).strip(),
                    "the browser gets the terminal as the shell had it");
            tmux.type("hello");
            String back = tmux.await("the list again", s -> footer(s).contains("back from fake-w3m"));
            assertEquals("got:hello", Files.readString(tmp.resolve("got")).strip());
            assertEquals(List.of("https://example.com/a;b$(id)'"), List.of(Files.readString(tmp.resolve("args"))
                    .split("\0")), "one argument, as it was");
            assertFalse(back.contains("TEXT-BROWSER") || back.contains("press a key"), back);
            assertTrue(back.contains("A story with a page") && back.contains("Another story"), back);
            assertEquals("1", tmux.format("#{alternate_on}"), "the reader has its screen again");
            tmux.keys("j");
            tmux.await("keys work again", s -> s.contains("2 stories") && !footer(s).contains("back from"));
            tmux.keys("q");
            String done = tmux.await("lede to exit", s -> s.contains("exit="));
            assertTrue(done.contains("exit=0"), done);
            tmux.awaitText("tty-restored");
        }
    }
}
