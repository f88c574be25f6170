package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command and exit code, run in-process with stdout and stderr captured. */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    Path lib;

    @BeforeEach
    void library() throws IOException {
        lib = Files.createDirectories(home.resolve("seeds"));
        Files.copy(Path.of("seeds/000_df008af81b2ca71f.txt"), lib.resolve("000_df008af81b2ca71f.txt"));
        Files.writeString(lib.resolve("001_second.txt"), "Second story\nIts lede.\nContext: A “quoted” word.\n");
    }

    private CliRun run(String... args) {
        return CliRun.run(home, args);
    }

    @Test
    void listPrintsATableOfTheDefaultLibrary() {
        CliRun r = run("list");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).matches("#\\s+ID\\s+SECTIONS\\s+TITLE"), rows.get(0));
        assertTrue(rows.get(1).matches("1\\s+df008af81b2ca71f\\s+3\\s+Albania joins.*"), rows.get(1));
        assertEquals("", r.err());
    }

    @Test
    void listTsvHasPositionIdTitleSections() {
        CliRun r = run("list", "--format", "tsv", lib.toString());
        assertEquals("1\tdf008af81b2ca71f\tAlbania joins Israel Allies Group, signaling bipartisan support for Israel\t3\n"
                + "2\tsecond\tSecond story\t1\n", r.out());
    }

    @Test
    void listJsonIsAnArrayOfRows() throws IOException {
        CliRun r = run("list", "-f", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("]\n"), r.out());
        JsonNode rows = JSON.readTree(r.out());
        assertEquals(2, rows.size());
        assertEquals("second", rows.get(1).get("id").asText());
        assertEquals(2, rows.get(1).get("position").asInt());
        assertEquals(1, rows.get(1).get("sections").asInt());
    }

    @Test
    void aMissingFolderIsExitThreeWithOneLineOnStderr() {
        CliRun r = run("list", home.resolve("nope").toString());
        assertEquals(3, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("lede: error: library folder not found: "), r.err());
    }

    @Test
    void aFolderWithoutStoriesIsExitThree() throws IOException {
        CliRun r = run("list", Files.createDirectory(home.resolve("empty")).toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("no stories in"), r.err());
    }

    @Test
    void skippedFilesWarnOnStderrAndStrictTurnsThemIntoExitThree() throws IOException {
        Files.write(lib.resolve("002_binary.txt"), new byte[] {'x', 0});
        CliRun lenient = run("list", "-f", "tsv");
        assertEquals(0, lenient.code());
        assertEquals(2, lenient.out().lines().count());
        assertTrue(lenient.err().startsWith("lede: warning: ") && lenient.err().contains("002_binary.txt"));
        CliRun strict = run("list", "--strict");
        assertEquals(3, strict.code());
        assertTrue(strict.err().contains("--strict"), strict.err());
    }

    @Test
    void showRendersEachFormat() throws IOException {
        assertTrue(run("show", "second").out().startsWith("Second story\n============\n"));
        assertTrue(run("show", "second", "-f", "markdown").out().startsWith("# Second story\n"));
        assertTrue(run("show", "second", "-f", "html").out().contains("<q>“quoted”</q>"));
        JsonNode story = JSON.readTree(run("show", "df008af81b2ca71f", "--format", "json").out());
        assertEquals("Context", story.get("sections").get(1).get("heading").asText());
    }

    @Test
    void showWrapsTextToTheWidth() {
        CliRun r = run("show", "df008af81b2ca71f", "--width", "40");
        assertEquals(0, r.code());
        assertTrue(r.out().lines().allMatch(l -> dev.lede.text.DisplayWidth.of(l) <= 40));
    }

    @Test
    void anUnknownIdIsExitThree() {
        CliRun r = run("show", "nope");
        assertEquals(3, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("lede: error: no story with id 'nope'"), r.err());
    }

    @Test
    void usageErrorsAreExitTwoWithAHint() {
        CliRun unknown = run("list", "--bogus");
        assertEquals(2, unknown.code());
        assertEquals("lede: error: unknown option '--bogus'; see 'lede list --help'\n", unknown.err());
        assertEquals(2, run("show").code());
        assertEquals(2, run("export", "--format", "pdf").code());
        assertEquals(2, run("show", "second", "--width", "5").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void exportWritesJsonArrayAndJsonLinesToStdout() throws IOException {
        CliRun json = run("export");
        assertEquals(0, json.code());
        assertEquals(2, JSON.readTree(json.out()).size());
        List<String> lines = run("export", "--format", "jsonl").out().lines().toList();
        assertEquals(2, lines.size());
        assertEquals("second", JSON.readTree(lines.get(1)).get("id").asText());
    }

    @Test
    void exportToAFileRefusesToOverwriteWithoutForce() throws IOException {
        Path file = home.resolve("out.md");
        assertEquals(0, run("export", "-f", "markdown", "--output", file.toString()).code());
        assertTrue(Files.readString(file).startsWith("# Albania joins"));
        Files.writeString(file, "keep me");
        CliRun refused = run("export", "-f", "markdown", "--output", file.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("keep me", Files.readString(file));
        assertEquals(0, run("export", "-f", "markdown", "--output", file.toString(), "--force").code());
        assertTrue(Files.readString(file).startsWith("# Albania joins"));
    }

    @Test
    void exportToAFolderWritesOneFilePerStoryNamedFromItsId() throws IOException {
        Path out = home.resolve("out");
        assertEquals(0, run("export", "-f", "html", "--output-dir", out.toString()).code());
        assertEquals(Set.of("df008af81b2ca71f.html", "second.html"), names(out));
        assertEquals(2, run("export", "-f", "html", "--output-dir", out.toString()).code());
        assertEquals(0, run("export", "-f", "html", "--output-dir", out.toString(), "--force").code());
    }

    @Test
    void exportFileNamesUseOnlySafeCharacters() throws IOException {
        Path weird = Files.createDirectory(home.resolve("weird"));
        Files.writeString(weird.resolve("001_..\u202e évil name.txt"), "A\n");
        Files.writeString(weird.resolve("002_-rf *.txt"), "B\n");
        Path out = home.resolve("out");
        assertEquals(0, run("export", "-f", "text", "-d", out.toString(), weird.toString()).code());
        for (String name : names(out)) {
            assertTrue(name.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*\\.txt"), name);
        }
        assertEquals(2, names(out).size());
    }

    @Test
    void aFailedWriteIsExitOneAndLeavesNoFile() {
        Path target = home.resolve("no/such/folder/out.json");
        CliRun r = run("export", "--output", target.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("lede: error: cannot write output: no such file or folder"), r.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void outputAndOutputDirAreExclusive() {
        assertEquals(2, run("export", "-o", "a", "-d", "b").code());
    }

    @Test
    void versionHelpAndCompletion() {
        assertTrue(run("--version").out().startsWith("lede "));
        CliRun help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("export") && help.out().contains("Exit codes"));
        for (String command : List.of("list", "show", "export")) {
            assertEquals(0, run(command, "--help").code());
        }
        assertTrue(run("generate-completion").out().contains("complete -F"));
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return Set.copyOf(files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
