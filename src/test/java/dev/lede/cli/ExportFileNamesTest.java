package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** File names that {@code export --output-dir} makes from story ids: safe characters only, always inside the folder. */
class ExportFileNamesTest {

    private static final String SAFE = "[A-Za-z0-9_][A-Za-z0-9._-]{0,99}(-[0-9]+)?\\.json";
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com9", "lpt1");

    static Stream<String> hostileIds() {
        return Stream.of("..", ".", "...", "-rf", "--help", "-", ".hidden", "../../etc/passwd", "a/b", "a\\b",
        "C:\\evil", "CON", "con", "Con.txt", "nul.tar.gz", "COM1", "lpt9", "aux", "", " ", "\u202e", "évil name",
        "*", "?", "~", "$(reboot)", "`id`", "a\nb", "x".repeat(300), "story", "CONSOLE", "com10");
    }

    @ParameterizedTest
    @MethodSource("hostileIds")
    void idsBecomeSafeNamesInsideTheFolder(String id, @TempDir Path dir) {
        String name = ExportCommand.uniqueName(id, "json", new HashSet<>());
        assertTrue(name.matches(SAFE), name);
        String base = name.substring(0, name.indexOf('.')).toLowerCase(Locale.ROOT);
        assertFalse(WINDOWS_DEVICES.contains(base), name);
        assertEquals(dir, dir.resolve(name).normalize().getParent());
    }

    @Test
    void readableIdsKeepTheirNames() {
        assertEquals("df008af81b2ca71f.md", ExportCommand.uniqueName("df008af81b2ca71f", "md", new HashSet<>()));
        assertEquals("a-b_c.d.html", ExportCommand.uniqueName("a-b_c.d", "html", new HashSet<>()));
        assertEquals("CONSOLE.txt", ExportCommand.uniqueName("CONSOLE", "txt", new HashSet<>()));
        assertEquals("CON_.txt", ExportCommand.uniqueName("CON", "txt", new HashSet<>()));
        assertEquals("_rf.txt", ExportCommand.uniqueName("-rf", "txt", new HashSet<>()));
    }

    @Test
    void namesThatDifferOnlyInCaseOrUnsafeCharactersGetNumbers() {
        Set<String> used = new HashSet<>();
        List<String> names = Stream.of("Story", "story", "st/ry", "st?ry", "story-2")
                .map(id -> ExportCommand.uniqueName(id, "json", used)).toList();
        assertEquals(List.of("Story.json", "story-2.json", "st_ry.json", "st_ry-2.json", "story-2-2.json"), names);
    }

    @Test
    void hostileFileNamesExportInsideTheFolder(@TempDir Path home) throws IOException {
        Path lib = Files.createDirectories(home.resolve("lib"));
        for (String name : List.of("001_...txt", "002_..txt", "003_-rf.txt", "004_CON.txt", "005_--help.txt",
                "006_$(id).txt", "007_a\nb.txt", "008_\u202eevil.txt")) {
            Files.writeString(lib.resolve(name), "A story\n\nIts lede.\n");
        }
        Path out = home.resolve("out");
        CliRun r = CliRun.run(home, "export", "-f", "json", "-d", out.toString(), lib.toString());
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(8, names.size(), names.toString());
            names.forEach(n -> assertTrue(n.matches(SAFE), n));
        }
        try (Stream<Path> all = Files.walk(home)) {
            assertEquals(8, all.filter(p -> p.toString().endsWith(".json")).count());
        }
    }
}
