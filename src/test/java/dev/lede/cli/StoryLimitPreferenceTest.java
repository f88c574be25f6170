package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** {@code limits.story_mb} governs every command that reads stories, and the list cache never crosses limits. */
class StoryLimitPreferenceTest {

    private static final String TOO_LARGE = "002_big.txt: skipped: larger than 1 MiB, the size limit for one story file";

    @TempDir
    Path home;

    @TempDir
    Path cache;

    Path lib;
    Path oneMb;
    Path sixteenMb;

    @BeforeEach
    void library() throws IOException {
        lib = Files.createDirectories(home.resolve("lib"));
        Files.writeString(lib.resolve("001_small.txt"), "Small story\nIts lede.\n");
        StringBuilder big = new StringBuilder("Big story\n\nIts lede.\n");
        while (big.length() < 2 * 1024 * 1024 + 1000) {
            big.append("\n\nA paragraph of the long story, repeated until the file is over two megabytes.");
        }
        Files.writeString(lib.resolve("002_big.txt"), big);
        // an hour old, so that the list cache trusts what it holds (changes within seconds are always read again)
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        for (Path file : new Path[] {lib.resolve("001_small.txt"), lib.resolve("002_big.txt"), lib}) {
            Files.setLastModifiedTime(file, hourAgo);
        }
        oneMb = Files.writeString(home.resolve("one.yml"), "limits:\n  story_mb: 1\n");
        sixteenMb = Files.writeString(home.resolve("sixteen.yml"), "limits:\n  story_mb: 16\n");
    }

    private CliRun run(Path config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = "--config";
        all[1] = config.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 1] = lib.toString();
        int code = LedeCommandLine.of(new CommandContext(home, Map.of(), home, new Setup(cache, "test", false, false),
                new PrintWriter(out, true), new PrintWriter(err, true)), all).execute(all);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void underOneMbTheTwoMbStoryIsSkippedWithAWarningNamingTheLimit() {
        CliRun r = run(oneMb, "list", "-f", "tsv");
        assertEquals(0, r.code(), r.err());
        assertEquals("1\tsmall\tSmall story\t0\n", r.out());
        assertTrue(r.err().contains(TOO_LARGE), r.err());
    }

    @Test
    void underTheDefaultTheTwoMbStoryIsRead() {
        CliRun r = run(sixteenMb, "list", "-f", "tsv");
        assertEquals("1\tsmall\tSmall story\t0\n2\tbig\tBig story\t1\n", r.out());
        assertEquals("", r.err());
        Path none = home.resolve("absent.yml");
        assertEquals(r.out(), run(none, "list", "-f", "tsv").out());
    }

    @Test
    void changingTheLimitBetweenRunsWithAWarmCacheChangesTheResult() {
        assertEquals(2, run(sixteenMb, "list", "-f", "tsv").out().lines().count());
        assertEquals(2, run(sixteenMb, "list", "-f", "tsv").out().lines().count());
        CliRun smaller = run(oneMb, "list", "-f", "tsv");
        assertEquals(1, smaller.out().lines().count(), smaller.out());
        assertTrue(smaller.err().contains(TOO_LARGE), smaller.err());
        assertEquals(2, run(sixteenMb, "list", "-f", "tsv").out().lines().count());
        assertEquals(1, run(oneMb, "list", "-f", "tsv").out().lines().count());
    }

    @Test
    void showSearchAndExportKeepToTheLimit() {
        CliRun show = run(oneMb, "show", "big");
        assertEquals(ExitCode.LIBRARY, show.code());
        assertTrue(show.err().contains(TOO_LARGE), show.err());
        assertEquals(0, run(sixteenMb, "show", "big").code());

        CliRun search = run(oneMb, "search", "-f", "tsv", "repeated");
        assertFalse(search.out().contains("big"), search.out());
        assertTrue(run(sixteenMb, "search", "-f", "tsv", "repeated").out().contains("big"));

        CliRun export = run(oneMb, "export", "-f", "jsonl");
        assertEquals(1, export.out().lines().count());
        assertTrue(export.err().contains(TOO_LARGE), export.err());
        assertEquals(2, run(sixteenMb, "export", "-f", "jsonl").out().lines().count());
    }
}
