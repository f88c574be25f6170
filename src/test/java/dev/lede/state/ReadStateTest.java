package dev.lede.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.state.ReadState.Mark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading state kept in a folder: marks survive, undo is the opposite mark, compaction, damaged files. */
class ReadStateTest {

    @TempDir
    Path state;

    private Path file() {
        return state.resolve("reading").resolve("marks");
    }

    private ReadState reopened() throws IOException {
        ReadState reopened = ReadState.open(state);
        assertEquals(List.of(), reopened.warnings());
        return reopened;
    }

    @Test
    void marksSurviveReopeningAndStoriesNoMarkNamesAreUnread() throws IOException {
        ReadState first = ReadState.open(state);
        assertFalse(Files.exists(file()), "nothing is written before the first mark");
        first.mark(List.of("a", "b"), Mark.READ);
        first.mark(List.of("b", "café \u6f22\u5b57 \ud83d\udcf0"), Mark.STAR);
        ReadState again = reopened();
        assertTrue(again.isRead("a"));
        assertTrue(again.isRead("b"));
        assertFalse(again.isRead("c"));
        assertFalse(again.isStarred("a"));
        assertTrue(again.isStarred("café \u6f22\u5b57 \ud83d\udcf0"));
        assertEquals(2, again.readCount());
        assertEquals(2, again.starredCount());
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file().getParent())));
    }

    @Test
    void theOppositeMarkUndoesAMark() throws IOException {
        ReadState marks = ReadState.open(state);
        marks.mark(List.of("kept"), Mark.READ);
        marks.mark(List.of("kept", "x", "y"), Mark.READ); // "mark all read"
        marks.mark(List.of("x", "y"), Mark.UNREAD); // its undo: only what was unread before
        marks.mark(List.of("x"), Mark.STAR);
        marks.mark(List.of("x"), Mark.UNSTAR);
        marks.mark(List.of("never-marked"), Mark.UNREAD);
        for (ReadState s : List.of(marks, reopened())) {
            assertTrue(s.isRead("kept"));
            assertFalse(s.isRead("x"));
            assertFalse(s.isRead("y"));
            assertFalse(s.isStarred("x"));
            assertEquals(1, s.readCount());
            assertEquals(0, s.starredCount());
        }
    }

    @Test
    void anEmptyMarkWritesNothingAndAnInMemoryStateNoFile() throws IOException {
        ReadState.open(state).mark(List.of(), Mark.READ);
        assertFalse(Files.exists(file()));
        ReadState memory = ReadState.inMemory();
        memory.mark(List.of("a"), Mark.READ);
        assertTrue(memory.isRead("a"));
        assertEquals(1, memory.dropMissing(List.of("b")));
        assertFalse(memory.isRead("a"));
    }

    @Test
    void twoStatesOnOneFolderEachReadWhatTheOtherSaved() throws IOException {
        ReadState one = ReadState.open(state);
        ReadState two = ReadState.open(state);
        one.mark(List.of("from-one"), Mark.READ);
        two.mark(List.of("from-two"), Mark.STAR);
        assertTrue(two.isRead("from-one"), "a mark reads what others appended first");
        assertFalse(one.isStarred("from-two"));
        one.refresh();
        assertTrue(one.isStarred("from-two"));
        ReadState again = reopened();
        assertTrue(again.isRead("from-one"));
        assertTrue(again.isStarred("from-two"));
    }

    @Test
    void openingCompactsALogMuchLongerThanItsState() throws IOException {
        ReadState marks = ReadState.open(state);
        marks.mark(List.of("keep"), Mark.STAR);
        // 12,000 toggles of one story, appended as they would be, without 12,000 forced writes
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        log.writeBytes(Files.readAllBytes(file()));
        long[] one = {keyedHash("toggled")};
        for (int i = 0; i < 12_001; i++) {
            log.writeBytes(MarksFormat.record(i % 2 == 0 ? Mark.READ : Mark.UNREAD, one, 1));
        }
        Files.write(file(), log.toByteArray());
        long before = Files.size(file());
        ReadState compacted = reopened();
        assertTrue(compacted.isRead("toggled"));
        assertTrue(compacted.isStarred("keep"));
        assertTrue(Files.size(file()) < 200, Files.size(file()) + " bytes after compaction, " + before + " before");
        ReadState again = reopened();
        assertTrue(again.isRead("toggled"));
        assertEquals(1, again.readCount());
    }

    /** The hash the file in {@link #state} uses for {@code id}: its key is in the header. */
    private long keyedHash(String id) throws IOException {
        byte[] bytes = Files.readAllBytes(file());
        return new Marks(MarksFormat.header(bytes, bytes.length).key()).hash(id);
    }

    @Test
    void droppingMissingStoriesKeepsTheLibrarysMarks() throws IOException {
        ReadState marks = ReadState.open(state);
        marks.mark(List.of("a", "b", "gone"), Mark.READ);
        marks.mark(List.of("a", "gone"), Mark.STAR);
        assertEquals(2, marks.dropMissing(List.of("a", "b", "new")));
        for (ReadState s : List.of(marks, reopened())) {
            assertTrue(s.isRead("a"));
            assertTrue(s.isRead("b"));
            assertTrue(s.isStarred("a"));
            assertFalse(s.isRead("gone"));
            assertFalse(s.isStarred("gone"));
        }
    }

    @Test
    void nothingIsDroppedOrWrittenWhenEveryStoryIsThereOrMostAreMissing() throws IOException {
        ReadState marks = ReadState.open(state);
        List<String> ids = IntStream.range(0, 300).mapToObj(i -> "story-" + i).toList();
        marks.mark(ids, Mark.READ);
        byte[] before = Files.readAllBytes(file());
        assertEquals(0, marks.dropMissing(ids));
        assertEquals(0, marks.dropMissing(ids.subList(0, 100)), "200 of 300 missing: an empty mount point?");
        assertEquals(0, marks.dropMissing(List.of()));
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertEquals(300, reopened().readCount());
        assertEquals(100, marks.dropMissing(ids.subList(0, 200)), "100 of 300 missing: deleted");
        assertEquals(200, reopened().readCount());
    }

    @Test
    void aTornLastRecordIsReadAsFarAsItIsWholeWithOneWarningAndTheNextMarkMendsTheFile() throws IOException {
        ReadState marks = ReadState.open(state);
        marks.mark(List.of("a"), Mark.READ);
        long whole = Files.size(file());
        marks.mark(List.of("b", "c"), Mark.READ);
        for (long cut = whole + 1; cut < Files.size(file()); cut += 5) {
            Path copy = Files.createTempDirectory(state, "cut");
            Files.createDirectories(copy.resolve("reading"));
            byte[] bytes = Files.readAllBytes(file());
            Files.write(copy.resolve("reading/marks"), java.util.Arrays.copyOf(bytes, (int) cut));
            ReadState torn = ReadState.open(copy);
            assertTrue(torn.isRead("a"));
            assertFalse(torn.isRead("b"));
            assertEquals(1, torn.warnings().size());
            assertTrue(torn.warnings().get(0).contains("a record cut short at byte " + whole), torn.warnings()
                    .get(0));
            torn.mark(List.of("d"), Mark.READ);
            ReadState mended = ReadState.open(copy);
            assertEquals(List.of(), mended.warnings());
            assertTrue(mended.isRead("a") && mended.isRead("d") && !mended.isRead("b"));
        }
    }

    @Test
    void garbageStopsTheReadingWhereItStarts() throws IOException {
        ReadState marks = ReadState.open(state);
        marks.mark(List.of("a"), Mark.READ);
        long whole = Files.size(file());
        Files.write(file(), "garbage\n".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
        marks.mark(List.of("after"), Mark.READ); // a writer that finds damage writes the file anew
        assertTrue(reopened().isRead("after"));
        Files.write(file(), new byte[] {'r', 0, 0, 0, 1, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8},
                StandardOpenOption.APPEND);
        ReadState damaged = ReadState.open(state);
        assertTrue(damaged.isRead("a"));
        assertTrue(damaged.isRead("after"));
        assertEquals(1, damaged.warnings().size());
        assertTrue(damaged.warnings().get(0).contains("check sum does not match"), damaged.warnings().get(0));
        assertTrue(whole > 0);
    }

    /**
     * A marks file of a newer format (a newer lede's, then run an older one) is neither read nor written over: a
     * mark is refused with a line naming the file, and the file stays byte for byte what it was.
     */
    @Test
    void aMarksFileOfANewerFormatIsNeverWrittenOver() throws IOException {
        byte[] newer = "lede marks 3 0000000000000001 0000000000000002\nwhat a newer lede keeps\n"
                .getBytes(StandardCharsets.US_ASCII);
        Files.write(Files.createDirectories(file().getParent()).resolve("marks"), newer);
        ReadState state3 = ReadState.open(state);
        assertEquals(List.of(file() + " is in version 3 of the marks format, which this lede (version 2) does not"
                + " read: it leaves the file as it is; use the lede that wrote it; no story is marked read"),
                state3.warnings());
        IOException refused = assertThrows(IOException.class, () -> state3.mark(List.of("a"), Mark.READ));
        assertTrue(refused.getMessage().startsWith(file() + " is in version 3 of the marks format"),
                refused.getMessage());
        assertThrows(IOException.class, () -> state3.mark(List.of("b"), Mark.STAR));
        assertArrayEquals(newer, Files.readAllBytes(file()));
        assertFalse(state3.isRead("a"));
    }

    @Test
    void hostileFilesAreWarnedAboutNeverThrown() throws IOException {
        List<byte[]> contents = new ArrayList<>();
        contents.add(new byte[0]);
        contents.add("not a marks file\n".getBytes(StandardCharsets.US_ASCII));
        contents.add("lede marks 2 ".getBytes(StandardCharsets.US_ASCII));
        byte[] huge = new byte[3 << 20];
        java.util.Arrays.fill(huge, (byte) 'x');
        contents.add(huge);
        byte[] header = MarksFormat.header(1, 2);
        ByteArrayOutputStream hugeCount = new ByteArrayOutputStream();
        hugeCount.writeBytes(header);
        hugeCount.writeBytes(new byte[] {'s', 0x7f, -1, -1, -1, 0, 0, 0, 0});
        contents.add(hugeCount.toByteArray());
        ByteArrayOutputStream negative = new ByteArrayOutputStream();
        negative.writeBytes(header);
        negative.writeBytes(new byte[] {'u', -1, -1, -1, -1, 0, 0, 0, 0});
        contents.add(negative.toByteArray());
        for (byte[] content : contents) {
            Files.write(Files.createDirectories(file().getParent()).resolve("marks"), content);
            ReadState hostile = ReadState.open(state);
            assertEquals(1, hostile.warnings().size(), () -> new String(content, 0, Math.min(40, content.length),
                    StandardCharsets.ISO_8859_1));
            assertFalse(hostile.warnings().get(0).contains("\n"));
            assertEquals(0, hostile.readCount());
            hostile.mark(List.of("a"), Mark.READ);
            assertTrue(reopened().isRead("a"), "the next mark writes a whole file");
        }
    }

    @Test
    void aFileWithRandomBytesChangedNeverThrowsAndTheNextMarkMendsIt() throws IOException {
        ReadState marks = ReadState.open(state);
        marks.mark(List.of("a", "b", "c"), Mark.READ);
        marks.mark(List.of("b"), Mark.STAR);
        marks.mark(List.of("c"), Mark.UNREAD);
        byte[] good = Files.readAllBytes(file());
        java.util.Random random = new java.util.Random(14);
        for (int round = 0; round < 300; round++) {
            byte[] bad = java.util.Arrays.copyOf(good, good.length + random.nextInt(20));
            for (int flips = random.nextInt(4) + 1; flips > 0; flips--) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            Files.write(file(), bad);
            if (bad[11] != '2' && bad[11] >= '0' && bad[11] <= '9' && bad[12] == ' ') {
                // the first line now names another version of the format: what a newer lede wrote is left alone
                ReadState newer = ReadState.open(state);
                assertThrows(IOException.class, () -> newer.mark(List.of("d"), Mark.READ));
                assertArrayEquals(bad, Files.readAllBytes(file()));
                continue;
            }
            ReadState damaged = ReadState.open(state);
            assertTrue(damaged.warnings().size() <= 1, damaged.warnings().toString());
            assertTrue(damaged.readCount() <= 3 && damaged.starredCount() <= 1); // the unread record may be lost
            damaged.mark(List.of("d"), Mark.READ);
            ReadState mended = reopened();
            assertTrue(mended.isRead("d"));
        }
    }

    @Test
    void aDamagedFileWhoseLockCannotBeTakenIsStillReadWithItsWarning() throws IOException {
        ReadState marks = ReadState.open(state);
        marks.mark(List.of("a"), Mark.READ);
        Files.write(file(), new byte[] {'r', 0}, StandardOpenOption.APPEND);
        Files.delete(file().resolveSibling(".marks.lock"));
        Files.createDirectory(file().resolveSibling(".marks.lock"));
        ReadState damaged = ReadState.open(state);
        assertTrue(damaged.isRead("a"));
        assertEquals(1, damaged.warnings().size());
        IOException refused = assertThrows(IOException.class, () -> damaged.mark(List.of("b"), Mark.READ));
        assertTrue(refused.getMessage().contains("not a lock file"), refused.getMessage());
    }

    @Test
    void aFolderOrALinkInTheFilesPlaceIsWarnedAbout() throws IOException {
        Files.createDirectories(file());
        ReadState folder = ReadState.open(state);
        assertEquals(List.of(file() + " is a folder, not a file lede made: no story is marked read"),
                folder.warnings());
        IOException refused = assertThrows(IOException.class, () -> folder.mark(List.of("a"), Mark.READ));
        assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
        assertEquals(file() + " is a folder, not a file lede made; remove it to keep marks", refused.getMessage());
        Files.delete(file());

        Path elsewhere = Files.writeString(state.resolve("elsewhere"), "someone's file");
        Files.createSymbolicLink(file(), elsewhere);
        ReadState link = ReadState.open(state);
        assertEquals(List.of(file() + " is a symbolic link, not a file lede made: no story is marked read"),
                link.warnings());
        link.mark(List.of("a"), Mark.READ);
        assertEquals("someone's file", Files.readString(elsewhere), "a link is replaced, never written through");
        assertTrue(reopened().isRead("a"));
    }

    @Test
    void aLinkInTheFoldersPlaceIsNeverFollowed() throws IOException {
        Path elsewhere = Files.createDirectory(state.resolve("elsewhere"));
        Files.createSymbolicLink(state.resolve("reading"), elsewhere);
        ReadState link = ReadState.open(state);
        assertEquals(1, link.warnings().size());
        assertTrue(link.warnings().get(0).contains("symbolic link"), link.warnings().get(0));
        IOException refused = assertThrows(IOException.class, () -> link.mark(List.of("a"), Mark.READ));
        assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }
}
