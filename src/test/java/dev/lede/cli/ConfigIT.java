package dev.lede.cli;

import static dev.lede.cli.LauncherIT.HOME;
import static dev.lede.cli.LauncherIT.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.cli.LauncherIT.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code ./lede config …} with {@code LEDE_CONFIG} pointing at a temporary file. */
class ConfigIT {

    @Test
    void setGetCheckAndABadFileThroughTheLauncher(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.yml");
        Map<String, String> env = Map.of("LEDE_CONFIG", file.toString());

        Run path = lede(dir, env, "config", "path");
        assertEquals(0, path.code(), path.err());
        assertEquals(file + "\n", path.out());

        Run set = lede(dir, env, "config", "set", "colors.quote", "#FF8800");
        assertEquals(0, set.code(), set.err());
        String shipped = Files.readString(HOME.resolve("config.yml"), StandardCharsets.UTF_8);
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(List.of("  quote: '#ff8800'        # quoted speech"), changedLines(shipped, saved));

        assertEquals("#ff8800\n", lede(dir, env, "config", "get", "colors.quote").out());
        Run check = lede(dir, env, "config", "check");
        assertEquals(0, check.code(), check.err());
        assertEquals(file + ": ok\n", check.out());

        Files.writeString(file, saved.replace("format: json", "format: pdf"));
        Run bad = lede(dir, env, "list");
        assertEquals(4, bad.code());
        assertEquals("", bad.out());
        assertTrue(bad.err().matches("lede: error: \\Q" + file + "\\E:\\d+:\\d+: export.format: unknown value 'pdf'; "
                + "allowed: json, jsonl, markdown, html, text\n"), bad.err());
        assertEquals(4, lede(dir, env, "config", "check").code());
    }

    @Test
    void exportFollowsThePreferredFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, "export:\n  format: jsonl\n");
        Run run = lede(dir, Map.of("LEDE_CONFIG", file.toString()), "export");
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.out().lines().count());
        assertTrue(run.out().startsWith("{\"id\":\"df008af81b2ca71f\""), run.out());
    }

    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertEquals(a.size(), b.size());
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(b.get(i));
            }
        }
        return changed;
    }
}
