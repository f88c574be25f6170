package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ControlCharacters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names holding line breaks, tabs, escape sequences, C1 and bidi controls and backslashes: their ids and the
 * names in messages stay on one line with the characters written {@code \}{@code uXXXX}, every id is distinct and
 * {@code show} takes it back, and JSON gives the file's real name.
 */
class FileNameIdsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** File name → the id lede gives it. */
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    static {
        IDS.put("003_fake\nlede: error: pwned.txt", "fake\\u000Alede: error: pwned");
        IDS.put("004_a\tb.txt", "a\\u0009b");
        IDS.put("005_a\\u0009b.txt", "a\\\\u0009b");
        IDS.put("006_title\u001b]2;X\u0007.txt", "title\\u001B]2;X\\u0007");
        IDS.put("007_c1\u009b2J\u0085.txt", "c1\\u009B2J\\u0085");
        IDS.put("008_bidi\u202eexe.txt", "bidi\\u202Eexe");
        IDS.put("009_line\u2028sep\r.txt", "line\\u2028sep\\u000D");
        IDS.put("010_back\\slash\u007f.txt", "back\\\\slash\\u007F");
        IDS.put("011_plain é.txt", "plain é");
    }

    @TempDir
    Path home;

    private Path lib;

    @BeforeEach
    void library() throws IOException {
        lib = Files.createDirectories(home.resolve("seeds"));
        int n = 0;
        for (String name : IDS.keySet()) {
            Files.writeString(lib.resolve(name), "Title " + (++n) + "\n\nThe lede.\n", StandardCharsets.UTF_8);
        }
        Files.write(lib.resolve("012_nul\nlede: error: pwned.txt"), new byte[] {'a', 0, 'b'});
    }

    @Test
    void tsvAndTableRowsStayOneLineEach() {
        CliRun tsv = CliRun.run(home, "list", "--format", "tsv", lib.toString());
        assertEquals(0, tsv.code(), tsv.err());
        List<String> rows = tsv.out().lines().toList();
        assertEquals(IDS.size(), rows.size(), tsv.out());
        List<String> ids = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\t", -1);
            assertEquals(4, cells.length, row);
            ids.add(cells[1]);
        }
        assertEquals(List.copyOf(IDS.values()), ids);
        ControlCharacters.assertNone(tsv.out().replace("\t", ""), "list --format tsv");
        CliRun table = CliRun.run(home, "list", lib.toString());
        assertEquals(IDS.size() + 1, table.out().lines().count(), table.out());
        ControlCharacters.assertNone(table.out(), "list");
    }

    @Test
    void showTakesEveryIdBackAndTheNameAsTheFileHoldsIt() {
        int n = 0;
        for (String id : IDS.values()) {
            CliRun show = CliRun.run(home, "show", id, lib.toString());
            assertEquals(0, show.code(), id + ": " + show.err());
            assertTrue(show.out().startsWith("Title " + (++n) + "\n"), id + ": " + show.out());
        }
        int m = 0;
        for (String name : IDS.keySet()) {
            String raw = name.substring(4, name.length() - 4);
            int expected = ++m == 3 ? 2 : m; // 005's name is 004's id, and an id is matched first
            CliRun show = CliRun.run(home, "show", raw, lib.toString());
            assertEquals(0, show.code(), raw + ": " + show.err());
            assertTrue(show.out().startsWith("Title " + expected + "\n"), raw + " as the file name holds it");
        }
    }

    @Test
    void aWarningAboutAFileIsOneLineAndCannotForgeAnother() {
        CliRun r = CliRun.run(home, "list", lib.toString());
        assertEquals(List.of("lede: warning: " + lib + "/012_nul\\u000Alede: error: pwned.txt: skipped: the file holds"
                + " a NUL byte (binary data, not a story)"), r.err().lines().toList());
        ControlCharacters.assertNone(r.err(), "stderr");
    }

    @Test
    void jsonGivesTheRealFileNameAndTheId() throws IOException {
        CliRun list = CliRun.run(home, "list", "--format", "json", lib.toString());
        ControlCharacters.assertNone(list.out(), "list --format json");
        JsonNode rows = JSON.readTree(list.out());
        int i = 0;
        for (Map.Entry<String, String> file : IDS.entrySet()) {
            assertEquals(lib.resolve(file.getKey()).toString(), rows.get(i).get("file").asText());
            assertEquals(file.getValue(), rows.get(i++).get("id").asText());
        }
        for (String format : List.of("json", "jsonl")) {
            CliRun export = CliRun.run(home, "export", "--format", format, lib.toString());
            assertEquals(0, export.code(), export.err());
            ControlCharacters.assertNone(export.out(), "export --format " + format);
        }
        String id = "fake\\u000Alede: error: pwned";
        CliRun show = CliRun.run(home, "show", id, "--format", "json", lib.toString());
        ControlCharacters.assertNone(show.out(), "show --format json");
        JsonNode story = JSON.readTree(show.out());
        assertEquals(lib.resolve("003_fake\nlede: error: pwned.txt").toString(), story.get("file").asText());
        assertEquals(id, story.get("id").asText());
        assertFalse(show.out().contains("\u009b"));
    }
}
