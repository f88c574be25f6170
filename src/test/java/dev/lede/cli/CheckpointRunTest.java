package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --checkpoint} and {@code --new-since-last} through the real commands: each run takes what no successful run
 * emitted, a run that fails (a write that fails halfway, a file that cannot be made) moves nothing, and the next run
 * takes the same stories again.
 */
class CheckpointRunTest {

    @TempDir
    Path home;

    Path lib;

    @BeforeEach
    void library() throws IOException {
        lib = Files.createDirectories(home.resolve("lib"));
        for (String name : List.of("001_a", "002_b", "003_c")) {
            story(name);
        }
    }

    private void story(String name) throws IOException {
        Files.writeString(lib.resolve(name + ".txt"), "Story " + name + "\nIts lede, about harbours.\n");
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LedeCommandLine.of(context(new PrintWriter(out), err), args).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private CommandContext context(PrintWriter out, StringWriter err) {
        return new CommandContext(home, Map.of(), home.resolve(".no-home"),
                new Setup(null, "test", false, false).withFolders(home.resolve("data"), home.resolve("state")), out,
                new PrintWriter(err));
    }

    /** A run whose stdout breaks after {@code bytes} bytes, as a full disk does. */
    private int runFailingAfter(int bytes, String... args) {
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > bytes) {
                    throw new IOException("No space left on device");
                }
            }
        };
        Stdout out = Stdout.of(failing);
        return LedeCommandLine.of(context(out, new StringWriter()), args).execute(args);
    }

    private static List<String> ids(Run run) {
        return run.out().lines().map(line -> line.split("\t")[1]).toList();
    }

    @Test
    void eachCommandTakesWhatNoSuccessfulRunOfItsCheckpointEmitted() throws IOException {
        assertEquals(List.of("a", "b", "c"), ids(run("list", "-f", "tsv", "--checkpoint", "daily", lib.toString())));
        assertEquals(new Run(0, "", ""), run("list", "-f", "tsv", "--checkpoint", "daily", lib.toString()));
        story("004_d");
        assertEquals(List.of("d"), ids(run("list", "-f", "tsv", "--checkpoint", "daily", lib.toString())));
        assertEquals(List.of("a", "b", "c", "d"), ids(run("search", "-f", "tsv", "harbours", "--new-since-last",
                lib.toString())), "another checkpoint: search's own");
        assertEquals("", run("search", "-f", "tsv", "harbours", "--new-since-last", lib.toString()).out());
        assertEquals("4 stories marked read\n", run("mark", "read", "--all", "--checkpoint", "m", lib.toString())
                .out());
        assertEquals("0 stories marked read\n", run("mark", "read", "--all", "--checkpoint", "m", lib.toString())
                .out());
    }

    @Test
    void aLimitTakesTheFirstNewOnesAndTheNextRunTheNext() {
        assertEquals(List.of("a", "b"), ids(run("list", "-f", "tsv", "--checkpoint", "x", "-n", "2", lib.toString())));
        assertEquals(List.of("c"), ids(run("list", "-f", "tsv", "--checkpoint", "x", "-n", "2", lib.toString())));
    }

    @Test
    void aRunThatFailsHalfwayMovesNothingAndTheNextTakesTheSameStories() throws IOException {
        int code = runFailingAfter(40, "export", "-f", "jsonl", "--checkpoint", "cron", lib.toString());
        assertEquals(ExitCode.INTERNAL, code, "a full disk after the first story");
        Path digest = home.resolve("no-such-folder/digest.md");
        Run cannotWrite = run("export", "-f", "markdown", "--checkpoint", "cron", "-o", digest.toString(),
                lib.toString());
        assertEquals(ExitCode.INTERNAL, cannotWrite.code(), cannotWrite.err());
        Run next = run("export", "-f", "jsonl", "--checkpoint", "cron", lib.toString());
        assertEquals(0, next.code(), next.err());
        assertEquals(3, next.out().lines().count(), "every story again: none was missed");
        assertEquals("", run("export", "-f", "jsonl", "--checkpoint", "cron", lib.toString()).out(),
                "and none is repeated after a success");
    }

    @Test
    void aBadNameIsAUsageErrorBeforeAnythingIsReadAndMarkTakesItOnlyWithAll() {
        Run bad = run("list", "--checkpoint", "../x", lib.toString());
        assertEquals(ExitCode.USAGE, bad.code());
        assertTrue(bad.err().startsWith("lede: error: --checkpoint '../x': "), bad.err());
        Run mark = run("mark", "read", "a", "--checkpoint", "m", "--in", lib.toString());
        assertEquals(ExitCode.USAGE, mark.code());
        assertEquals("lede: error: --checkpoint chooses the stories of --all\n", mark.err());
    }
}
