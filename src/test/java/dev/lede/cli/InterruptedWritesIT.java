package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real {@code ./lede} interrupted by a signal in the middle of a write (a 55 MB export to one file, 4,000 files
 * to a folder, the temporary index of {@code --no-cache search}): SIGTERM, SIGINT and SIGHUP leave no temporary
 * file; what SIGKILL leaves, the next run removes; a temporary file of a live process, or one that only looks like
 * lede's, is never removed.
 */
class InterruptedWritesIT {

    private static final Map<String, Integer> SIGNALS = Map.of("HUP", 1, "INT", 2, "KILL", 9, "TERM", 15);

    @TempDir
    static Path work;

    static Path lib;

    @TempDir
    Path out;

    /** The system temporary folder of the lede processes ({@code java.io.tmpdir}), where a search's index goes. */
    @TempDir
    Path tmp;

    @BeforeAll
    static void library() throws Exception {
        lib = Files.createDirectories(work.resolve("lib"));
        String body = "Context: " + "Words that make the story long enough to take a while to export. ".repeat(210);
        for (int i = 0; i < 4000; i++) {
            Files.writeString(lib.resolve(String.format("%05d_s%d.txt", i, i)),
                    "Story " + i + "\n\nThe lede of story " + i + ".\n\n" + body + "\n");
        }
        assertEquals(0, LauncherIT.lede(work, "--version").code()); // builds the jar if it is stale
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT", "HUP"})
    void aSignalDuringAnExportToAFileLeavesNoTemporaryFile(String signal) throws Exception {
        Process lede = exportingToAFile().lede();
        assertEquals(128 + SIGNALS.get(signal), interrupt(lede, signal));
        assertEquals(List.of(), names(out), "interrupted mid-write: no export and no temporary file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT", "HUP"})
    void aSignalDuringAnExportToAFolderLeavesNoTemporaryFile(String signal) throws Exception {
        Process lede = start("export", "--output-dir", out.toString(), lib.toString());
        await(out, name -> name.endsWith(".tmp"), 0); // mid-file: most of a file's time goes to its fsync
        assertEquals(128 + SIGNALS.get(signal), interrupt(lede, signal));
        List<String> names = names(out);
        assertTrue(names.size() < 4000, "interrupted: " + names.size());
        assertEquals(List.of(), names.stream().filter(n -> !n.endsWith(".json")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT", "HUP"})
    void aSignalDuringANoCacheSearchLeavesNoTemporaryIndex(String signal) throws Exception {
        Process lede = start("--no-cache", "search", "lede", lib.toString());
        await(tmp, name -> name.startsWith("lede-index-"), 0);
        assertEquals(128 + SIGNALS.get(signal), interrupt(lede, signal));
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void whatAKilledExportLeftTheNextExportRemoves() throws Exception {
        Path file = out.resolve("all.json");
        MidWrite killed = exportingToAFile();
        assertEquals(137, interrupt(killed.lede(), "KILL"));
        assertEquals(List.of(killed.temp()), names(out), "SIGKILL runs no cleanup");
        Process folder = start("export", "--output-dir", out.resolve("dir").toString(), lib.toString());
        await(out.resolve("dir"), name -> name.endsWith(".json"), 0);
        interrupt(folder, "KILL");
        Files.writeString(out.resolve("dir/.s1.json.123.tmp"), "half a story"); // in case the kill fell between files

        assertEquals(0, run("export", "--output", file.toString(), lib.toString()));
        assertEquals(List.of("all.json", "dir"), names(out));
        assertEquals(0, run("export", "--force", "--output-dir", out.resolve("dir").toString(), lib.toString()));
        assertEquals(List.of(), names(out.resolve("dir")).stream().filter(n -> !n.endsWith(".json")).toList());
    }

    @Test
    void whatAKilledSearchLeftTheNextSearchRemoves() throws Exception {
        Process lede = start("--no-cache", "search", "lede", lib.toString());
        String index = await(tmp, name -> name.startsWith("lede-index-"), 0);
        await(tmp.resolve(index), name -> true, 0);
        assertEquals(137, interrupt(lede, "KILL"));
        assertEquals(List.of(index), names(tmp));
        assertEquals(0, run("--no-cache", "search", "lede", lib.toString()));
        assertEquals(List.of(), names(tmp));
    }

    /**
     * Beside the target: the temporary file of a live lede (stopped with SIGSTOP mid-write), one locked by this
     * JVM (another live process), a link and names that only look like lede's. None is removed by a run that
     * writes the same file, and none of the search's look-alikes by a search; only the unlocked ones, of dead
     * processes, are.
     */
    @Test
    void aLiveProcesssTemporaryFileOrALookAlikeIsNeverRemoved() throws Exception {
        Path file = out.resolve("all.json");
        MidWrite stopped = exportingToAFile();
        Process live = stopped.lede();
        String liveTemp = stopped.temp();
        signal(live, "STOP");
        Path outside = Files.writeString(work.resolve("outside.txt"), "keep me");
        List<String> kept = new ArrayList<>(List.of(liveTemp, ".all.json.42.tmp", ".all.json.43.tmp",
                ".all.json.7.tmp.part", ".all.json.x7.tmp", ".all.json..tmp", ".other.json.9.tmp", "all.json.5.tmp"));
        for (String name : kept.subList(2, kept.size())) {
            Files.writeString(out.resolve(name), "not lede's to remove");
        }
        Files.delete(out.resolve(".all.json.43.tmp"));
        Files.createSymbolicLink(out.resolve(".all.json.43.tmp"), outside);
        Files.createDirectories(tmp.resolve("lede-index-11"));
        Files.createDirectories(tmp.resolve("lede-index-12x"));
        Files.writeString(tmp.resolve("lede-index-12x/lede.lock"), "");
        Files.createDirectories(tmp.resolve("lede-index-13"));
        Files.createDirectories(tmp.resolve("lede-index-14/index"));
        Files.writeString(tmp.resolve("lede-index-14/lede.lock"), "");
        Files.writeString(out.resolve(".all.json.44.tmp"), "a dead lede's");
        try (FileChannel held = FileChannel.open(out.resolve(".all.json.42.tmp"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = held.lock();
             FileChannel heldIndex = FileChannel.open(tmp.resolve("lede-index-13/lede.lock"),
                     StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock indexLock = heldIndex.lock()) {
            assertEquals(0, run("export", "--output", file.toString(), lib.toString()));
            assertEquals(0, run("--no-cache", "search", "lede 1999", lib.toString()));
        } finally {
            signal(live, "KILL");
            live.waitFor(30, TimeUnit.SECONDS);
        }
        kept.add("all.json");
        assertEquals(kept.stream().sorted().toList(), names(out));
        assertEquals("keep me", Files.readString(outside));
        assertEquals(List.of("lede-index-11", "lede-index-12x", "lede-index-13"), names(tmp), "14 was dead");
        assertTrue(Files.isSymbolicLink(out.resolve(".all.json.43.tmp")));
        assertFalse(Files.isDirectory(out.resolve(liveTemp), LinkOption.NOFOLLOW_LINKS));
    }

    /** A lede exporting to {@code all.json}, and its temporary file. */
    private record MidWrite(Process lede, String temp) {
    }

    /** Starts an export to {@code out/all.json} and returns once its temporary file holds a megabyte. */
    private MidWrite exportingToAFile() throws Exception {
        Process lede = start("export", "--output", out.resolve("all.json").toString(), lib.toString());
        return new MidWrite(lede, await(out, name -> name.startsWith(".all.json.") && name.endsWith(".tmp"), 1 << 20));
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(LauncherIT.HOME.resolve("lede").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(work.resolve("stderr-" + System.nanoTime() + ".txt").toFile());
        builder.environment().put("LEDE_CACHE_DIR", work.resolve("cache").toString());
        builder.environment().put("JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
        return builder.start();
    }

    private int run(String... args) throws Exception {
        Process lede = start(args);
        assertTrue(lede.waitFor(120, TimeUnit.SECONDS), "lede " + String.join(" ", args) + " did not finish");
        return lede.exitValue();
    }

    /** Sends the signal (the launcher has exec'd java by then) and returns the exit code. */
    private static int interrupt(Process lede, String signal) throws Exception {
        assertTrue(lede.isAlive(), "lede finished before the signal: make the library bigger");
        signal(lede, signal);
        assertTrue(lede.waitFor(60, TimeUnit.SECONDS), "lede outlived SIG" + signal);
        return lede.exitValue();
    }

    private static void signal(Process lede, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(lede.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
    }

    /** Waits for an entry of {@code dir} that {@code named} accepts, of at least {@code size} bytes; its name. */
    private static String await(Path dir, Predicate<String> named, long size) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path entry : entries.toList()) {
                    if (named.test(entry.getFileName().toString()) && sizeOf(entry) >= size) {
                        return entry.getFileName().toString();
                    }
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // not made yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nothing appeared in " + dir + ": " + names(dir));
    }

    private static long sizeOf(Path entry) {
        try {
            return Files.size(entry);
        } catch (IOException e) {
            return -1;
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of();
        }
    }
}
