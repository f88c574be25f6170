package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code show} and {@code export} on a library whose files changed after the list cache was written: one clear line
 * per problem on stderr and a meaningful exit code, never a stack trace.
 */
class CliFaultsTest {

    @TempDir
    Path home;

    @TempDir
    Path cache;

    Path lib;
    Path second;
    FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

    @BeforeEach
    void warmCache() throws IOException {
        lib = Files.createDirectories(home.resolve("lib"));
        Files.writeString(lib.resolve("001_first.txt"), "First story\n\nIts lede.\n");
        second = Files.writeString(lib.resolve("002_second.txt"), "Second story\n\nIts lede.\n");
        // an hour old, so that the list cache trusts them
        for (Path path : new Path[] {lib.resolve("001_first.txt"), second, lib}) {
            Files.setLastModifiedTime(path, hourAgo);
        }
        assertEquals(0, run("list").code());
    }

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = lib.toString();
        int code = LedeCommandLine.of(new CommandContext(home, Map.of(), home, new Setup(cache, "test", false, false),
                new PrintWriter(out, true), new PrintWriter(err, true)), all).execute(all);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The warning for the deleted file, as the list cache's names (folder mtime set back) bring it up. */
    private String deletedWarning() {
        return "lede: warning: " + second + ": skipped: cannot read: no such file or folder\n";
    }

    @Test
    void showOfAStoryDeletedSinceTheCacheWasWrittenIsAnUnknownId() throws IOException {
        Files.delete(second);
        CliRun r = run("show", "second");
        assertEquals(new CliRun(ExitCode.LIBRARY, "", "lede: error: no story with id 'second' in " + lib + "\n"), r);
    }

    @Test
    void showOfAStoryDeletedBehindTheCachesBackWarnsThenIsAnUnknownId() throws IOException {
        Files.delete(second);
        Files.setLastModifiedTime(lib, hourAgo);
        CliRun r = run("show", "second");
        assertEquals(new CliRun(ExitCode.LIBRARY, "",
                deletedWarning() + "lede: error: no story with id 'second' in " + lib + "\n"), r);
        assertEquals(ExitCode.LIBRARY, run("show", "--strict", "first").code());
    }

    @Test
    void exportAfterADeletionExportsTheRestAndWarns() throws IOException {
        Files.delete(second);
        Files.setLastModifiedTime(lib, hourAgo);
        CliRun r = run("export", "-f", "jsonl");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertEquals(deletedWarning(), r.err());
        CliRun strict = run("export", "--strict", "-f", "jsonl");
        assertEquals(new CliRun(ExitCode.LIBRARY, "", deletedWarning() + "lede: error: 1 file(s) skipped (--strict)\n"),
                strict);
    }

    @Test
    void aStoryMadeAFolderOrAFifoSinceTheCacheWasWrittenIsSkippedWithAWarning() throws Exception {
        Files.delete(second);
        assertEquals(0, new ProcessBuilder("mkfifo", second.toString()).inheritIO().start().waitFor());
        CliRun r = run("export", "-f", "jsonl");
        assertEquals(new CliRun(0, r.out(), "lede: warning: " + second + ": skipped: not a regular file\n"), r);
        assertEquals(1, r.out().lines().count(), r.out());
        Files.delete(second);
        Files.createDirectory(second);
        assertEquals(new CliRun(ExitCode.LIBRARY, "", "lede: warning: " + second + ": skipped: not a regular file\n"
                + "lede: error: no story with id 'second' in " + lib + "\n"), run("show", "second"));
    }

    /**
     * The one change the list cache cannot see (rewritten in place to the same size, mtime set back) stands for a
     * file that changed between listing and opening: the list still holds the story, opening it fails.
     */
    private String spoilSecondBehindTheCachesBack() throws IOException {
        long size = Files.size(second);
        Files.write(second, new byte[(int) size]);
        Files.setLastModifiedTime(second, hourAgo);
        return second + ": skipped: ";
    }

    @Test
    void showOfAStoryThatCannotBeReadAfterListingIsAOneLineError() throws IOException {
        String problem = spoilSecondBehindTheCachesBack();
        CliRun r = run("show", "second");
        assertEquals(ExitCode.LIBRARY, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("lede: error: " + problem) && r.err().lines().count() == 1, r.err());
    }

    @Test
    void exportOfAStoryThatCannotBeReadAfterListingWarnsAndGoesOn() throws IOException {
        String problem = spoilSecondBehindTheCachesBack();
        for (String format : new String[] {"jsonl", "json", "text"}) {
            CliRun r = run("export", "-f", format);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("First story"), r.out());
            assertTrue(r.out().contains("(lede could not read this story: skipped: "), r.out());
            assertTrue(r.err().startsWith("lede: warning: " + problem) && r.err().lines().count() == 1
                    && r.err().endsWith(" (exported with a note in its place)\n"), r.err());
        }
        Path out = home.resolve("out");
        CliRun folder = run("export", "-f", "markdown", "-d", out.toString());
        assertTrue(folder.err().startsWith("lede: warning: " + problem), folder.err());
        assertTrue(Files.readString(out.resolve("second.md")).contains("(lede could not read this story"));
    }

    @Test
    void aLibraryFolderRemovedSinceTheCacheWasWrittenIsAOneLineError() throws IOException {
        for (Path path : new Path[] {lib.resolve("001_first.txt"), second, lib}) {
            Files.delete(path);
        }
        String error = "lede: error: library folder not found: " + lib + "\n";
        assertEquals(new CliRun(ExitCode.LIBRARY, "", error), run("show", "first"));
        assertEquals(new CliRun(ExitCode.LIBRARY, "", error), run("export"));
        assertEquals(new CliRun(ExitCode.LIBRARY, "", error), run("list"));
    }
}
