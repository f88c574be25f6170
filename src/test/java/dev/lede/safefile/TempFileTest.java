package dev.lede.safefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFileTest {

    private static final Predicate<String> LEDES = name -> TempFile.isNamed(name, ".out.json.", ".tmp")
            || TempFile.isNamed(name, "lede-index-", "");

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        return AtomicFileTest.names(dir);
    }

    @Test
    void aTemporaryIsLeftAloneWhileOpenAndDeletedWhenClosed() throws IOException {
        try (TempFile temp = TempFile.file(dir, ".out.json.", ".tmp")) {
            assertTrue(LEDES.test(temp.path().getFileName().toString()), temp.path().toString());
            assertEquals(0, TempFile.removeDead(dir, LEDES));
            assertTrue(Files.isRegularFile(temp.path()));
        }
        assertEquals(List.of(), names());
    }

    /** Unlocked and named as lede names them: a dead lede's. Anything else stays, and a FIFO is never opened. */
    @Test
    void onlyUnlockedFilesAndLockedFoldersNamedAsLedesAreRemoved() throws Exception {
        Files.writeString(dir.resolve(".out.json.123.tmp"), "half an export");
        Files.createDirectories(dir.resolve("lede-index-5/index"));
        Files.writeString(dir.resolve("lede-index-5/index/_0.cfs"), "segments");
        Files.writeString(dir.resolve("lede-index-5/lede.lock"), "");
        Files.createDirectories(dir.resolve("lede-index-6")); // no lock file: not provably lede's
        Path outside = Files.writeString(dir.resolve("outside"), "keep me");
        Files.createSymbolicLink(dir.resolve(".out.json.7.tmp"), outside);
        Files.writeString(dir.resolve(".out.json.8x.tmp"), "someone else's");
        boolean fifo = new ProcessBuilder("mkfifo", dir.resolve(".out.json.9.tmp").toString()).start().waitFor() == 0;
        assertEquals(1, TempFile.removeDead(dir, LEDES), "files only");
        try (TempFile mine = TempFile.file(dir, ".out.json.", ".tmp")) {
            assertEquals(1, mine.removeDeadBeside(LEDES), "and folders of the same owner");
        }
        List<String> left = new java.util.ArrayList<>(List.of(".out.json.7.tmp", ".out.json.8x.tmp", "lede-index-6",
                "outside"));
        if (fifo) {
            left.add(2, ".out.json.9.tmp");
        }
        assertEquals(left, names());
        assertEquals("keep me", Files.readString(outside));
    }

    /** In a shared folder like /tmp, another user's folder could have a link swapped in while it is deleted. */
    @Test
    void anotherUsersFolderIsNeverRemoved() throws IOException {
        UserPrincipal nobody;
        try {
            nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        } catch (IOException e) {
            nobody = null;
        }
        Path theirs = Files.createDirectories(dir.resolve("lede-index-5"));
        Files.writeString(theirs.resolve("lede.lock"), "");
        boolean given = false;
        try {
            Files.setOwner(theirs.resolve("lede.lock"), nobody);
            Files.setOwner(theirs, nobody);
            given = true;
        } catch (IOException | RuntimeException e) {
            // only root may give a file away
        }
        assumeTrue(given, "only root can make a folder of another user here");
        try (TempFile mine = TempFile.file(dir, ".out.json.", ".tmp")) {
            assertEquals(0, mine.removeDeadBeside(LEDES));
        }
        assertEquals(List.of("lede-index-5"), names());
    }

    @Test
    void aFolderIsDeletedWholeOnClose() throws IOException {
        Path path;
        try (TempFile temp = TempFile.folder("lede-index-")) {
            path = temp.path();
            Files.writeString(Files.createDirectory(path.resolve("index")).resolve("_0.cfs"), "segments");
            assertEquals(0, temp.removeDeadBeside(name -> name.equals(path.getFileName().toString())));
        }
        assertFalse(Files.exists(path));
    }

    @Test
    void createNeverFollowsALinkAndReplacesOnlyWhenAsked() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("story.json"), outside);
        Path dangling = Files.createSymbolicLink(dir.resolve("other.json"), dir.resolve("nowhere"));
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.create(link, out -> out.write("new"), false));
        assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFile.create(dangling, out -> out.write("new"), false));
        assertEquals("keep me", Files.readString(outside));
        assertFalse(Files.exists(dir.resolve("nowhere")));
        AtomicFile.create(link, out -> out.write("new"), true);
        assertFalse(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(link));
        assertEquals("keep me", Files.readString(outside));
        AtomicFile.create(dir.resolve("fresh.json"), out -> out.write("fresh"), false);
        assertEquals(List.of("fresh.json", "other.json", "outside", "story.json"), names());
    }
}
