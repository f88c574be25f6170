package dev.lede.safefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        return names(dir);
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailureMidWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, "old: true\n");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("new: tr");
            out.flush();
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old: true\n", Files.readString(file));
        assertEquals(List.of("config.yml"), names());
    }

    @Test
    void anUnforcedReplaceIsWholeLeavesNoTemporaryAndIsForcedByName() throws Exception {
        Path file = dir.resolve("story.txt");
        Files.writeString(file, "old\n");
        AtomicFile.replaceUnforced(file, out -> out.write("new\n"));
        assertEquals("new\n", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        AtomicFile.force(dir, List.of("story.txt"));
        assertThrows(IOException.class, () -> AtomicFile.force(dir, List.of("missing.txt")));
        Path fifo = dir.resolve("fifo.txt");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            // a FIFO in a story's place is opened without waiting for a writer
            CompletableFuture<Void> forced = CompletableFuture.runAsync(() -> {
                try {
                    AtomicFile.force(dir, List.of("fifo.txt"));
                } catch (IOException e) {
                    // refused is fine too; hanging is not
                }
            });
            forced.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void permissionsAreKeptAndASymlinkIsWrittenThroughToItsTarget() throws IOException {
        Path target = Files.createDirectory(dir.resolve("real")).resolve("target.yml");
        Files.writeString(target, "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("link.yml"), Path.of("real/target.yml"));
        AtomicFile.write(link, "new\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aLockIsExclusiveUntilClosedAndLivesBesideTheRealFile() throws Exception {
        Path target = Files.createDirectory(dir.resolve("real")).resolve("target.yml");
        Path link = Files.createSymbolicLink(dir.resolve("link.yml"), Path.of("real/target.yml"));
        try (AtomicFile.Lock held = AtomicFile.lock(link, Duration.ofSeconds(5))) {
            assertTrue(Files.exists(target.resolveSibling(".target.yml.lock")));
            IOException busy = assertThrows(IOException.class, () -> AtomicFile.lock(target, Duration.ofMillis(50)));
            assertTrue(busy.getMessage().startsWith("another process is still saving "), busy.getMessage());
            CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> {
                try (AtomicFile.Lock next = AtomicFile.lock(target, Duration.ofSeconds(5))) {
                    // taken once the first holder lets go
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Thread.sleep(100);
            assertTrue(!waiter.isDone());
            held.close();
            waiter.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void leftoversOfKilledWritesAreRemovedAndNothingElse() throws IOException {
        Path target = Files.writeString(dir.resolve("config.yml"), "theme: dark\n");
        for (String name : List.of(".config.yml.123.tmp", ".config.yml.9876543210.tmp", ".config.yml.lock",
                ".config.yml.12x.tmp", ".config.yml..tmp", ".other.yml.123.tmp", "config.yml.123.tmp")) {
            Files.writeString(dir.resolve(name), "half a fi");
        }
        Files.createDirectory(dir.resolve(".config.yml.55.tmp"));
        assertEquals(2, AtomicFile.removeLeftovers(target));
        assertEquals(List.of(".config.yml..tmp", ".config.yml.12x.tmp", ".config.yml.55.tmp", ".config.yml.lock",
                ".other.yml.123.tmp", "config.yml", "config.yml.123.tmp"), names());
        assertEquals(0, AtomicFile.removeLeftovers(target));
    }
}
