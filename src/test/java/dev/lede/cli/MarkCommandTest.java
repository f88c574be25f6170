package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede mark}, {@code list --unread/--starred}, the read and starred fields of list and export, and
 * {@code export --unread}, in-process with a state folder of their own.
 */
class MarkCommandTest {

    @TempDir
    Path home;

    private Path seeds;

    @BeforeEach
    void library() throws IOException {
        seeds = Files.createDirectories(home.resolve("seeds"));
        Files.writeString(seeds.resolve("001_aa.txt"), "First\nLede one.");
        Files.writeString(seeds.resolve("002_bbb.txt"), "Second\nLede two.");
        Files.writeString(seeds.resolve("003_cc.txt"), "Third\nLede three.");
    }

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Setup setup = new Setup(home.resolve("cache"), "test", false, false).withFolders(home.resolve("data"),
                home.resolve("state"));
        int code = LedeCommandLine.of(new CommandContext(home, Map.of(), home.resolve("no-home"), setup,
                new PrintWriter(out), new PrintWriter(err))).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private void ok(String out, String... args) {
        assertEquals(new CliRun(0, out, ""), run(args), String.join(" ", args));
    }

    @Test
    void marksByIdAndListsTheUnreadAndTheStarred() {
        ok("1 story marked read\n", "mark", "read", "aa");
        ok("1\tbbb\tSecond\t0\n2\tcc\tThird\t0\n", "list", "--unread", "-f", "tsv");
        ok("2 stories starred\n", "mark", "star", "bbb", "aa", "bbb");
        ok("1\taa\tFirst\t0\n2\tbbb\tSecond\t0\n", "list", "--starred", "-f", "tsv");
        ok("1\tbbb\tSecond\t0\n", "list", "--starred", "--unread", "-f", "tsv");
        ok("1 story unstarred\n", "mark", "unstar", "aa");
        ok("1 story marked unread\n", "mark", "unread", "aa");
        ok("""
                {"position":1,"id":"aa","file":"seeds/001_aa.txt","title":"First","sections":0,"read":false,\
                "starred":false}
                {"position":2,"id":"bbb","file":"seeds/002_bbb.txt","title":"Second","sections":0,"read":false,\
                "starred":true}
                {"position":3,"id":"cc","file":"seeds/003_cc.txt","title":"Third","sections":0,"read":false,\
                "starred":false}
                """.replace("seeds/", json(seeds) + "/"), "list", "-f", "jsonl");
    }

    @Test
    void anUnknownIdIsALibraryErrorNamingItAndNothingIsMarked() {
        assertEquals(new CliRun(3, "", "lede: error: no story with id 'nope' in " + seeds + "\n"),
                run("mark", "read", "aa", "nope"));
        ok("1\taa\tFirst\t0\n2\tbbb\tSecond\t0\n3\tcc\tThird\t0\n", "list", "--unread", "-f", "tsv");
    }

    @Test
    void markAllMarksEveryStoryOrTheChosenOnes() throws IOException {
        Path other = Files.createDirectories(home.resolve("other"));
        Files.writeString(other.resolve("001_zz.txt"), "Other\nLede.");
        ok("1 story starred\n", "mark", "star", "bbb");
        ok("1 story marked read\n", "mark", "read", "--all", "--starred");
        ok("1\taa\tFirst\t0\n2\tcc\tThird\t0\n", "list", "--unread", "-f", "tsv");
        ok("1 story marked read\n", "mark", "read", "--all", other.toString());
        ok("", "list", "--unread", "-f", "tsv", other.toString());
        ok("2 stories marked read\n", "mark", "read", "--all", "--unread");
        ok("", "list", "--unread", "-f", "tsv");
        ok("3 stories marked unread\n", "mark", "unread", "--all");
        ok("1 story marked read\n", "mark", "read", "zz", "--in", other.toString());
    }

    @Test
    void aHostileIdReachesStderrEscapedAndAMissingFolderIsALibraryError() {
        assertEquals(new CliRun(3, "", "lede: error: no story with id '\\u001B]2;owned\\u0007\\u000Ax' in " + seeds
                + "\n"), run("mark", "star", "\u001b]2;owned\u0007\nx"));
        CliRun missing = run("mark", "read", "aa", "--in", home.resolve("nowhere").toString());
        assertEquals(3, missing.code());
        assertEquals("", missing.out());
        assertTrue(missing.err().startsWith("lede: error: ") && missing.err().contains("nowhere"), missing.err());
    }

    @Test
    void wrongUsesAreUsageErrors() {
        assertEquals(new CliRun(2, "", "lede: error: name the stories to mark read (ID…), or give --all\n"),
                run("mark", "read"));
        assertEquals(new CliRun(2, "", "lede: error: --unread and --starred choose the stories of --all\n"),
                run("mark", "read", "aa", "--unread"));
        assertEquals(new CliRun(2, "", "lede: error: --in is for ids; with --all, name the folders as DIR…\n"),
                run("mark", "read", "--all", "--in", seeds.toString()));
        CliRun unknown = run("mark", "frob", "aa");
        assertEquals(2, unknown.code());
        assertEquals("lede: error: invalid value for positional parameter at index 0 (read|unread|star|unstar):"
                + " expected one of [read, unread, star, unstar] (case-sensitive) but was 'frob'; see 'lede mark --help'\n",
                unknown.err());
    }

    @Test
    void theJsonExportSaysWhatIsReadAndExportUnreadLeavesTheRestOut() {
        ok("1 story marked read\n", "mark", "read", "aa");
        ok("1 story starred\n", "mark", "star", "cc");
        String cc = "{\"id\":\"cc\",\"file\":\"" + json(seeds) + "/003_cc.txt\",\"title\":\"Third\","
                + "\"lede\":\"Lede three.\",\"read\":false,\"starred\":true,\"sections\":[]}\n";
        String bbb = "{\"id\":\"bbb\",\"file\":\"" + json(seeds) + "/002_bbb.txt\",\"title\":\"Second\","
                + "\"lede\":\"Lede two.\",\"read\":false,\"starred\":false,\"sections\":[]}\n";
        ok(bbb + cc, "export", "-f", "jsonl", "--unread");
        ok(cc, "export", "-f", "jsonl", "--starred");
        CliRun text = run("export", "-f", "text", "--unread");
        assertEquals(0, text.code());
        assertTrue(!text.out().contains("First") && text.out().contains("Second"), text.out());
    }

    @Test
    void listingOtherFoldersNeverForgetsTheLibrarysMarksButADeletedStoryIsForgotten() throws IOException {
        Path other = Files.createDirectories(home.resolve("other"));
        Files.writeString(other.resolve("001_zz.txt"), "Other\nLede.");
        ok("2 stories marked read\n", "mark", "read", "aa", "bbb");
        ok("1\tzz\tOther\t0\n", "list", "--unread", "-f", "tsv", other.toString());
        ok("1\tcc\tThird\t0\n", "list", "--unread", "-f", "tsv");
        byte[] story = Files.readAllBytes(seeds.resolve("001_aa.txt"));
        Files.writeString(seeds.resolve("001_aa.txt"), "First, edited\nLede one, longer now.");
        ok("1\tcc\tThird\t0\n", "list", "--unread", "-f", "tsv"); // an edited story keeps its state
        Files.delete(seeds.resolve("001_aa.txt"));
        ok("1\tcc\tThird\t0\n", "list", "--unread", "-f", "tsv"); // the whole library: aa's mark is dropped
        Files.write(seeds.resolve("001_aa.txt"), story);
        ok("1\taa\tFirst\t0\n2\tcc\tThird\t0\n", "list", "--unread", "-f", "tsv");
    }

    @Test
    void aDamagedStateFileIsOneWarningAndTheNextMarkMendsIt() throws IOException {
        ok("1 story marked read\n", "mark", "read", "aa");
        Path file = home.resolve("state/reading/marks");
        Files.write(file, new byte[] {'r', 0, 0}, java.nio.file.StandardOpenOption.APPEND);
        long whole = Files.size(file) - 3;
        String warning = "lede: warning: " + file + ": a record cut short at byte " + whole + ": read the marks"
                + " before it; the next mark writes the file anew without the rest\n";
        assertEquals(new CliRun(0, "1\tbbb\tSecond\t0\n2\tcc\tThird\t0\n", warning),
                run("list", "--unread", "-f", "tsv"));
        assertEquals(new CliRun(0, "1 story marked read\n", warning), run("mark", "read", "cc"));
        ok("1\tbbb\tSecond\t0\n", "list", "--unread", "-f", "tsv");
    }

    private static String json(Path path) {
        return path.toString().replace("\\", "\\\\");
    }
}
