package dev.lede.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Fifo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checkpoint store: names, the round trip, damaged and future files, pruning, commits at once. */
class CheckpointsTest {

    @TempDir
    Path state;

    private Checkpoints store() {
        return new Checkpoints(state);
    }

    private Path file(String name) {
        return state.resolve("checkpoints").resolve(name);
    }

    private static List<String> ids(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void aFirstRunFindsEveryStoryNewAndWritesNothingUntilItCommits() throws IOException {
        Checkpoint first = new Checkpoints(state.resolve("not-yet")).open("daily");
        assertTrue(first.isNew("a"));
        assertEquals(0, first.size());
        assertFalse(Files.exists(state.resolve("not-yet")), "opening makes no folder");
        first.commit(List.of(), null);
        assertFalse(Files.exists(state.resolve("not-yet").resolve("checkpoints").resolve("daily")),
                "an empty commit on no file writes none");
    }

    @Test
    void committedIdsSurviveReopeningAndOthersStayNew() throws IOException {
        Checkpoint daily = store().open("daily");
        List<String> emitted = List.of("a", "b", "café \u6f22\u5b57 \ud83d\udcf0", "", "x\ny");
        daily.commit(emitted, null);
        for (Checkpoint c : List.of(daily, store().open("daily"))) {
            for (String id : emitted) {
                assertFalse(c.isNew(id), id);
            }
            assertTrue(c.isNew("c"));
            assertTrue(c.isNew("a "));
            assertEquals(5, c.size());
        }
        store().open("daily").commit(List.of("c", "a"), null);
        Checkpoint again = store().open("daily");
        assertFalse(again.isNew("c"));
        assertEquals(6, again.size());
        assertTrue(store().open("weekly").isNew("a"), "each name is its own checkpoint");
        assertEquals(file("daily"), daily.file());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file("daily")
                .getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file("daily"))));
    }

    @Test
    void theFileIsTheHeaderTheSortedHashesAndACheckSum() throws IOException {
        store().open("c").commit(ids("s-", 1000), null);
        byte[] bytes = Files.readAllBytes(file("c"));
        assertEquals(CheckpointFormat.HEADER_BYTES + 1000 * 8 + 4, bytes.length);
        String header = new String(bytes, 0, CheckpointFormat.HEADER_BYTES, StandardCharsets.US_ASCII);
        assertTrue(header.matches("lede checkpoint 1 [0-9a-f]{16} 00000000000003e8\n"), header);
        CheckpointFormat.Content content = assertDoesNotRefuse(bytes);
        long[] sorted = content.hashes().clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, content.hashes());
        assertEquals(IdHash.of(content.key(), "s-7"), content.hashes()[Arrays.binarySearch(content.hashes(),
                IdHash.of(content.key(), "s-7"))]);
    }

    private static CheckpointFormat.Content assertDoesNotRefuse(byte[] bytes) {
        try {
            return CheckpointFormat.read(bytes);
        } catch (CheckpointFormat.Refused e) {
            throw new AssertionError(e.getMessage());
        }
    }

    @Test
    void aCommitThatChangesNothingWritesNothing() throws IOException {
        Checkpoint c = store().open("c");
        c.commit(List.of("a", "b"), null);
        Object before = Files.readAttributes(file("c"), "unix:ino").get("ino");
        c.commit(List.of("b"), null);
        c.commit(List.of("a"), List.of("a", "b", "z"));
        assertEquals(before, Files.readAttributes(file("c"), "unix:ino").get("ino"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "/", "a/b", "../x", "-x", "--checkpoint", ".hidden", "a\0b", "a\nb",
            "a b", "a\tb", "café", "\u6f22", "\ud83d\udcf0", "a\\b", "~", "x*", "\u0661",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aNameThatIsNotAPlainFileNameIsRefusedAndNothingIsMade(String name) {
        String problem = Checkpoints.problem(name);
        assertNotNull(problem, name);
        assertFalse(name.length() > 1 && problem.contains(name), "the reason does not quote the name: " + problem);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store().open(name));
        assertEquals(problem, e.getMessage());
        assertFalse(Files.exists(state.resolve("checkpoints")));
    }

    @Test
    void theReasonsSayWhatIsWrong() {
        assertEquals("a checkpoint name cannot be empty", Checkpoints.problem(""));
        assertEquals("a checkpoint name has at most 64 characters", Checkpoints.problem("a".repeat(65)));
        assertEquals("a checkpoint name cannot start with '.' or '-'", Checkpoints.problem("-x"));
        assertEquals("a checkpoint name holds only the letters A to Z and a to z, digits, '.', '_' and '-'",
                Checkpoints.problem("../x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z", "0", "daily", "export.html", "x.lock", "x.tmp", "a..b", "x-", "A_b.c-9",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aPlainNameIsTakenAndNamesItsOwnFile(String name) throws IOException {
        assertNull(Checkpoints.problem(name));
        store().open(name).commit(List.of("only-" + name), null);
        assertTrue(Files.isRegularFile(file(name), LinkOption.NOFOLLOW_LINKS));
        assertFalse(store().open(name).isNew("only-" + name));
    }

    @Test
    void namesThatLookLikeTheLockOrTemporaryFilesKeepApart() throws IOException {
        for (String name : List.of("x", "x.lock", "x.1.tmp")) {
            store().open(name).commit(List.of(name), null);
        }
        for (String name : List.of("x", "x.lock", "x.1.tmp")) {
            Checkpoint c = store().open(name);
            assertEquals(1, c.size(), name);
            assertFalse(c.isNew(name), name);
        }
    }

    @Test
    void aDamagedByteAnywhereIsAnErrorNamingTheFileNeverAnEmptyCheckpoint() throws IOException {
        store().open("c").commit(ids("s-", 20), null);
        byte[] good = Files.readAllBytes(file("c"));
        for (int at = 0; at < good.length; at++) {
            byte[] bad = good.clone();
            bad[at] ^= 0x10;
            Files.write(file("c"), bad);
            IOException e = assertThrows(IOException.class, () -> store().open("c"), "byte " + at);
            assertTrue(e.getMessage().startsWith(file("c") + " is "), e.getMessage());
            assertTrue(e.getMessage().endsWith("remove it to start this checkpoint again (its next run then takes"
                    + " every story)") || e.getMessage().contains("newer lede"), e.getMessage());
        }
    }

    @Test
    void aFileCutShortOrGrownIsAnErrorAndACommitLeavesItAsItIs() throws IOException {
        Checkpoint opened = store().open("c");
        opened.commit(ids("s-", 20), null);
        byte[] good = Files.readAllBytes(file("c"));
        for (int length = 0; length <= good.length + 8; length++) {
            if (length == good.length) {
                continue;
            }
            byte[] cut = Arrays.copyOf(good, length);
            Files.write(file("c"), cut);
            assertThrows(IOException.class, () -> store().open("c"), "length " + length);
        }
        byte[] cut = Arrays.copyOf(good, good.length - 9);
        Files.write(file("c"), cut);
        IOException e = assertThrows(IOException.class, () -> opened.commit(List.of("new"), null));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertArrayEquals(cut, Files.readAllBytes(file("c")), "a damaged file is never rewritten");
    }

    @Test
    void aCommitOverAFileDamagedSinceItWasOpenedFailsAndLeavesIt() throws IOException {
        Checkpoint c = store().open("c");
        c.commit(List.of("a"), null);
        byte[] bad = "lede checkpoint 1 nonsense\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(file("c"), bad);
        IOException e = assertThrows(IOException.class, () -> c.commit(List.of("b"), null));
        assertTrue(e.getMessage().contains(file("c").toString()), e.getMessage());
        assertArrayEquals(bad, Files.readAllBytes(file("c")));
        assertFalse(c.isNew("a"), "the checkpoint in memory is unchanged");
        assertTrue(c.isNew("b"));
    }

    @Test
    void aHugeCountIsRefusedWithoutMakingRoomForIt() throws IOException {
        for (String count : List.of("7fffffffffffffff", "ffffffffffffffff", "0000000004000001")) {
            Files.createDirectories(file("c").getParent());
            Files.write(file("c"), ("lede checkpoint 1 0123456789abcdef " + count + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            IOException e = assertThrows(IOException.class, () -> store().open("c"));
            assertTrue(e.getMessage().contains("where its first line promises too many ids"), e.getMessage());
        }
    }

    @Test
    void aFileOfANewerFormatIsRefusedAndNeverRewritten() throws IOException {
        Checkpoint c = store().open("c");
        c.commit(List.of("a"), null);
        for (String future : List.of("lede checkpoint 2 0123456789abcdef 0000000000000000\n",
                "lede checkpoint 10 whatever the next format holds\n", "lede checkpoint 123456789 \n")) {
            byte[] bytes = future.getBytes(StandardCharsets.US_ASCII);
            Files.write(file("c"), bytes);
            IOException e = assertThrows(IOException.class, () -> store().open("c"));
            assertTrue(e.getMessage().startsWith(file("c") + " is written by a newer lede (checkpoint format "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("; this lede reads 1): use that lede, or remove the file to start"
                    + " this checkpoint again"), e.getMessage());
            assertThrows(IOException.class, () -> c.commit(List.of("b"), null));
            assertArrayEquals(bytes, Files.readAllBytes(file("c")));
        }
    }

    @Test
    void somethingElseAtTheNameIsAnError() throws Exception {
        Files.createDirectories(file("folder"));
        IOException e = assertThrows(IOException.class, () -> store().open("folder"));
        assertTrue(e.getMessage().contains(file("folder").toString()), e.getMessage());
        Files.write(file("text"), "hello\n".getBytes(StandardCharsets.UTF_8));
        e = assertThrows(IOException.class, () -> store().open("text"));
        assertEquals(file("text") + " is not a checkpoint file of lede's: remove it to start this checkpoint again"
                + " (its next run then takes every story)", e.getMessage());
        Files.write(file("empty"), new byte[0]);
        assertThrows(IOException.class, () -> store().open("empty"));
        Files.createSymbolicLink(file("link"), file("text"));
        assertThrows(IOException.class, () -> store().open("link"));
        Checkpoint before = store().open("fifo"); // no file yet
        Path fifo = Fifo.make(file("fifo"));
        e = Fifo.withoutBlocking(fifo, () -> assertThrows(IOException.class, () -> store().open("fifo")));
        assertTrue(e.getMessage().contains("a FIFO"), e.getMessage());
        e = Fifo.withoutBlocking(fifo, () -> assertThrows(IOException.class, () -> before.commit(List.of("a"), null)));
        assertTrue(e.getMessage().contains("a FIFO"), e.getMessage());
    }

    @Test
    void aLinkInTheFoldersPlaceIsNeverFollowed() throws IOException {
        Checkpoint before = store().open("c"); // opened before the link was there
        Path elsewhere = Files.createDirectories(state.resolve("elsewhere"));
        Files.write(elsewhere.resolve("c"), CheckpointFormat.write(1, new long[] {IdHash.of(1, "a")}));
        Files.createSymbolicLink(state.resolve("checkpoints"), elsewhere);
        IOException e = assertThrows(IOException.class, () -> store().open("c"));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        e = assertThrows(IOException.class, () -> before.commit(List.of("b"), null));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(List.of("c"), files.map(p -> p.getFileName().toString()).toList(), "nothing written there");
        }
    }

    @Test
    void givenTheLibraryACommitDropsTheIdsNoLongerInItButKeepsWhatItEmitted() throws IOException {
        Checkpoint c = store().open("c");
        c.commit(List.of("gone", "kept"), null);
        c.commit(List.of("new", "emitted-not-listed"), List.of("kept", "new"));
        for (Checkpoint each : List.of(c, store().open("c"))) {
            assertTrue(each.isNew("gone"), "dropped: a story of that id that comes back is new again");
            assertFalse(each.isNew("kept"));
            assertFalse(each.isNew("new"));
            assertFalse(each.isNew("emitted-not-listed"));
            assertEquals(3, each.size());
        }
    }

    @Test
    void aLibraryMissingMostOfTheIdsDropsNone() throws IOException {
        Checkpoint c = store().open("c");
        c.commit(ids("s-", 300), null);
        c.commit(List.of("t"), ids("s-", 10)); // an empty mount point, say
        assertEquals(301, store().open("c").size());
        c.commit(List.of(), ids("s-", 160)); // 141 missing of 301 ("t" among them): not most
        assertEquals(160, store().open("c").size());
    }

    @Test
    void aCommitKeepsWhatAnotherCommittedSinceItWasOpened() throws IOException {
        Checkpoint one = store().open("c"); // no file yet: each has a key of its own
        Checkpoint two = store().open("c");
        one.commit(List.of("a"), null);
        two.commit(List.of("b"), null);
        one.commit(List.of("c"), null);
        Checkpoint all = store().open("c");
        assertEquals(3, all.size());
        for (String id : List.of("a", "b", "c")) {
            assertFalse(all.isNew(id), id);
        }
        assertFalse(two.isNew("a"), "a commit reads what others committed");
    }

    @Test
    void twoThreadsCommittingAtOnceLoseNothing() throws Exception {
        int each = 200;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (String prefix : List.of("a-", "b-")) {
                done.add(threads.submit(() -> {
                    Checkpoint c = store().open("c");
                    go.await();
                    for (int n = 0; n < each; n++) {
                        c.commit(List.of(prefix + n), null);
                    }
                    return null;
                }));
            }
            Checkpoint shared = store().open("c"); // and one instance used by two threads
            done.add(threads.submit(() -> {
                go.await();
                for (int n = 0; n < each; n++) {
                    shared.commit(List.of("s-" + n), null);
                }
                return null;
            }));
            go.countDown();
            for (int n = 0; n < each; n++) {
                shared.commit(List.of("t-" + n), null);
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        Checkpoint all = store().open("c");
        assertEquals(4 * each, all.size());
        for (String prefix : List.of("a-", "b-", "s-", "t-")) {
            for (int n = 0; n < each; n++) {
                assertFalse(all.isNew(prefix + n), prefix + n);
            }
        }
    }

    @Test
    void whatAKillBeforeTheRenameLeavesIsTheOldCheckpointWholeAndTheNextCommitClearsIt() throws IOException {
        Checkpoint c = store().open("c");
        c.commit(ids("old-", 50), null);
        byte[] old = Files.readAllBytes(file("c"));
        // a writer killed after writing its temporary file, before the rename: the new file whole beside the old
        byte[] next = CheckpointFormat.write(7, new long[] {1, 2, 3});
        Path whole = file("c").resolveSibling(".c.123456789.tmp");
        Files.write(whole, next);
        Path half = file("c").resolveSibling(".c.987654321.tmp");
        Files.write(half, Arrays.copyOf(next, 20));
        Checkpoint reopened = store().open("c");
        assertEquals(50, reopened.size());
        assertArrayEquals(old, Files.readAllBytes(file("c")));
        reopened.commit(List.of("new"), null);
        assertFalse(Files.exists(whole));
        assertFalse(Files.exists(half));
        assertEquals(51, store().open("c").size());
        try (Stream<Path> files = Files.list(file("c").getParent())) {
            assertEquals(List.of(".c.lock", "c"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
