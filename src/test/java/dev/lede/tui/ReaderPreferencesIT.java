package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code ./lede} in tmux: {@code t} changes the theme and the file keeps every comment. */
class ReaderPreferencesIT {

    @TempDir
    Path tmp;

    @Test
    void tSavesTheNextThemeAndKeepsEveryComment() throws Exception {
        Path config = tmp.resolve("config.yml");
        List<String> before = Files.readAllLines(ReaderIT.HOME.resolve("config.yml"), StandardCharsets.UTF_8);
        Files.write(config, before, StandardCharsets.UTF_8);
        try (Tmux tmux = new Tmux(ReaderIT.HOME, 100, 30)) {
            tmux.type("clear; LEDE_CONFIG=" + config + " TERM=xterm-256color " + ReaderIT.HOME.resolve("lede")
                    + "; echo \"exit=$?\"");
            tmux.await("the list", s -> s.contains("1 story") && s.contains("? help"));
            tmux.keys("t");
            String saved = tmux.awaitText("theme: dark (saved)");
            String styled = tmux.screenWithStyles();
            String selected = styled.lines().filter(l -> l.contains("Albania joins")).findFirst().orElseThrow();
            assertTrue(selected.contains("48;5;25"), "the dark theme's selection: "
                    + selected.replace('\u001b', '^') + "\n" + saved);
            tmux.keys("q");
            String end = tmux.awaitText("exit=");
            assertTrue(end.contains("exit=0"), end);
        }
        List<String> after = Files.readAllLines(config, StandardCharsets.UTF_8);
        assertTrue(after.contains("theme: dark"), String.join("\n", after));
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            String line = before.get(i);
            if (line.contains("#")) {
                assertTrue(after.contains(line), "comment line kept: " + line);
            }
            if (!line.equals(after.get(i))) {
                changed.add(line + " -> " + after.get(i));
            }
        }
        assertEquals(before.size(), after.size());
        assertEquals(List.of("theme: default -> theme: dark"), changed);
    }
}
