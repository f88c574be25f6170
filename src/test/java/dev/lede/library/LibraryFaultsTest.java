package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.story.Paragraph;
import dev.lede.story.Story;
import dev.lede.storyfile.Problem;
import dev.lede.storyfile.StoryLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What lies in a library folder, or happens to it while lede runs, ends in a warning or a stand-in story: never an
 * exception, never a hang. Every load runs with and without the list cache. Nothing here points at a system file or
 * a device outside the temporary folder. As root no permission bit keeps a file from us, so the unreadable-file case
 * is skipped there; {@code PermissionFaultsIT} runs it as {@code nobody} through the real launcher.
 */
class LibraryFaultsTest {

    /** Reading a FIFO with no writer blocks forever: a load that opens one never ends. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path lib;

    @TempDir
    Path cache;

    private Library load(boolean cached) throws LibraryException {
        return assertTimeoutPreemptively(HANG_GUARD, () -> new LibraryLoader(cached ? cache : null, "test",
                StoryLimits.DEFAULT, LibraryLoader.Progress.NONE).read(List.of(lib)));
    }

    private Path story(String name, String title) {
        return Stories.write(lib, name, title + "\n\nThe lede of " + title + ".\n");
    }

    private static void mkfifo(Path path) throws Exception {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, process.waitFor());
    }

    private static List<String> ids(Library library) {
        return library.stories().stream().map(StoryRef::id).toList();
    }

    /** The one problem of a file, as {@code name: message}. */
    private static String problemOf(Library library, String name) {
        List<String> found = library.problems().stream().filter(p -> p.file().endsWith("/" + name))
                .map(p -> name + ": " + p.message()).toList();
        assertEquals(1, found.size(), library.problems().toString());
        return found.get(0);
    }

    private static String text(Story story) {
        return ((Paragraph) story.sections().get(0).blocks().get(0)).text();
    }

    private Library loadTwice(boolean cached) throws LibraryException {
        Library first = load(cached);
        Library second = load(cached);
        assertEquals(first.problems(), second.problems());
        assertEquals(ids(first), ids(second));
        return second;
    }

    @ParameterizedTest(name = "cached {0}")
    @ValueSource(booleans = {false, true})
    void anUnreadableRegularFileIsSkippedWithTheReason(boolean cached) throws Exception {
        story("001_ok.txt", "Fine");
        Path locked = story("002_locked.txt", "Locked");
        Files.setPosixFilePermissions(locked, Set.of());
        assumeFalse(Files.isReadable(locked), "permission bits do not bind root; PermissionFaultsIT covers this");
        Library library = loadTwice(cached);
        assertEquals(List.of("ok"), ids(library));
        assertEquals("002_locked.txt: skipped: cannot read: permission denied", problemOf(library, "002_locked.txt"));
    }

    @ParameterizedTest(name = "cached {0}")
    @ValueSource(booleans = {false, true})
    void aFifoIsSkippedWithoutBeingOpened(boolean cached) throws Exception {
        story("001_ok.txt", "Fine");
        mkfifo(lib.resolve("002_pipe.txt"));
        Library library = loadTwice(cached);
        assertEquals(List.of("ok"), ids(library));
        assertEquals("002_pipe.txt: skipped: not a regular file", problemOf(library, "002_pipe.txt"));
    }

    @ParameterizedTest(name = "cached {0}")
    @ValueSource(booleans = {false, true})
    void deviceNodesAreSkippedWithoutBeingRead(boolean cached) throws Exception {
        story("001_ok.txt", "Fine");
        // a node of its own in the temporary folder, with the numbers of the null device; mknod needs CAP_MKNOD
        Process mknod = new ProcessBuilder("mknod", lib.resolve("002_node.txt").toString(), "c", "1", "3")
                .redirectErrorStream(true).start();
        mknod.getInputStream().readAllBytes();
        assumeTrue(mknod.waitFor() == 0, "mknod is not allowed here (needs root with CAP_MKNOD)");
        Library library = loadTwice(cached);
        assertEquals(List.of("ok"), ids(library));
        assertEquals(1, library.problems().size(), library.problems().toString());
        assertEquals("002_node.txt: skipped: not a regular file", problemOf(library, "002_node.txt"));
    }

    @ParameterizedTest(name = "cached {0}")
    @ValueSource(booleans = {false, true})
    void symlinkLoopsAreSkippedWithTheReason(boolean cached) throws Exception {
        story("001_ok.txt", "Fine");
        Files.createSymbolicLink(lib.resolve("002_a.txt"), Path.of("003_b.txt"));
        Files.createSymbolicLink(lib.resolve("003_b.txt"), Path.of("002_a.txt"));
        Files.createSymbolicLink(lib.resolve("004_self.txt"), Path.of("004_self.txt"));
        Files.createSymbolicLink(lib.resolve("005_here.txt"), Path.of("."));
        Files.createSymbolicLink(lib.resolve("006_parent.txt"), Path.of(".."));
        Files.createSymbolicLink(lib.resolve("parent"), Path.of(".."));
        Library library = loadTwice(cached);
        assertEquals(List.of("ok"), ids(library));
        for (String name : List.of("002_a.txt", "003_b.txt", "004_self.txt")) {
            String problem = problemOf(library, name);
            assertTrue(problem.startsWith(name + ": skipped: cannot read: Too many levels of symbolic links"), problem);
        }
        assertEquals("005_here.txt: skipped: not a regular file", problemOf(library, "005_here.txt"));
        assertEquals("006_parent.txt: skipped: not a regular file", problemOf(library, "006_parent.txt"));
        assertEquals(4, library.problems().size() - 1, "only .txt names are looked at: " + library.problems());
    }

    @ParameterizedTest(name = "cached {0}")
    @ValueSource(booleans = {false, true})
    void aFileDeletedAfterListingOpensAsAStandInSayingWhy(boolean cached) throws Exception {
        story("001_ok.txt", "Fine");
        Path gone = story("002_gone.txt", "Gone");
        Library library = load(cached);
        Files.delete(gone);
        StoryRef ref = library.find("gone").orElseThrow();
        Story story = library.open(ref);
        assertEquals("Gone", story.title());
        assertEquals("(lede could not read this story: its file is gone, deleted or renamed after the list was read)",
                text(story));
        assertEquals(List.of(new Problem(ref.file(), 0, "skipped: cannot read: no such file or folder")),
                library.parse(ref).problems());
    }

    /** The folder's mtime set back after a deletion: the cache's list of names still holds the deleted file. */
    @Test
    void aFileDeletedBehindTheCachesBackIsSkippedWithTheReason() throws Exception {
        story("001_ok.txt", "Fine");
        Path gone = story("002_gone.txt", "Gone");
        Stories.settle(lib);
        FileTime folderTime = Files.getLastModifiedTime(lib);
        load(true);
        Files.delete(gone);
        Files.setLastModifiedTime(lib, folderTime);
        Library library = load(true);
        assertEquals(List.of("ok"), ids(library));
        assertEquals("002_gone.txt: skipped: cannot read: no such file or folder", problemOf(library, "002_gone.txt"));
    }

    @ParameterizedTest(name = "cached {0}")
    @ValueSource(booleans = {false, true})
    void aFileChangedAfterListingOpensAsItIsNow(boolean cached) throws Exception {
        Path shorter = story("001_shorter.txt", "Shorter story with a long title");
        Path longer = story("002_longer.txt", "Longer");
        Path huge = story("003_huge.txt", "Huge");
        Path folder = story("004_folder.txt", "Folder");
        Path pipe = story("005_pipe.txt", "Pipe");
        Library library = load(cached);
        Files.writeString(shorter, "Short");
        Files.writeString(longer, "Longer now\n\nWith a lede.\n\nContext: and a section.\n");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(StoryLimits.DEFAULT_MAX_FILE_BYTES + 1L);
        }
        Files.delete(folder);
        Files.createDirectory(folder);
        Files.delete(pipe);
        mkfifo(pipe);
        assertEquals("Short", library.open(library.find("shorter").orElseThrow()).title());
        Story longerNow = library.open(library.find("longer").orElseThrow());
        assertEquals("Longer now", longerNow.title());
        assertEquals("With a lede.", longerNow.lede());
        assertEquals("(lede could not read this story: skipped: larger than 16 MiB, the size limit for one story "
                + "file)", text(library.open(library.find("huge").orElseThrow())));
        assertEquals("(lede could not read this story: skipped: not a regular file)",
                text(library.open(library.find("folder").orElseThrow())));
        Story pipeNow = assertTimeoutPreemptively(HANG_GUARD, () -> library.open(library.find("pipe").orElseThrow()));
        assertEquals("(lede could not read this story: skipped: not a regular file)", text(pipeNow));
    }

    /** What exports go through: 200 stories are read ahead on other threads, which tell each failure. */
    @Test
    void readingEveryStoryAfterDeletionsTellsEachStandIn() throws Exception {
        for (int i = 0; i < 200; i++) {
            story(String.format("%03d_s%d.txt", i, i), "Story " + i);
        }
        Library library = load(false);
        List<String> deleted = List.of("005_s5.txt", "100_s100.txt", "199_s199.txt");
        for (String name : deleted) {
            Files.delete(lib.resolve(name));
        }
        List<Problem> failed = Collections.synchronizedList(new ArrayList<>());
        List<String> titles = new ArrayList<>();
        for (String title : library.map(Story::title, failed::add)) {
            titles.add(title);
        }
        assertEquals(200, titles.size());
        assertEquals("Story 100", titles.get(100));
        assertEquals(deleted.stream().map(name -> lib.resolve(name) + ": skipped: cannot read: no such file or folder")
                .toList(), failed.stream().map(Problem::toString).sorted().toList());
        failed.clear();
        int standIns = 0;
        for (Story story : library.all(failed::add)) {
            standIns += !story.sections().isEmpty() && text(story).startsWith("(lede could not") ? 1 : 0;
        }
        assertEquals(3, standIns);
        assertEquals(3, failed.size());
    }

    @ParameterizedTest(name = "cached {0}")
    @ValueSource(booleans = {false, true})
    void aFolderRemovedWhileLedeRunsGivesStandInsThenAClearError(boolean cached) throws Exception {
        story("001_ok.txt", "Fine");
        Library library = load(cached);
        deleteTree(lib);
        Story story = library.open(library.stories().get(0));
        assertEquals("Fine", story.title());
        assertEquals("(lede could not read this story: its file is gone, deleted or renamed after the list was read)", text(story));
        LibraryException reload = assertThrows(LibraryException.class, () -> load(cached));
        assertEquals("library folder not found: " + lib, reload.getMessage());
    }

    @ParameterizedTest(name = "cached {0}")
    @ValueSource(booleans = {false, true})
    void aLibraryFolderThatIsALoopOrAFileIsAClearError(boolean cached) throws Exception {
        Path loop = lib.resolve("loop");
        Files.createSymbolicLink(loop, loop);
        Path file = story("story.txt", "A file");
        Path pipe = lib.resolve("pipe");
        mkfifo(pipe);
        LibraryLoader loader = new LibraryLoader(cached ? cache : null, "test", StoryLimits.DEFAULT,
                LibraryLoader.Progress.NONE);
        String looped = assertThrows(LibraryException.class, () -> loader.read(List.of(loop))).getMessage();
        assertTrue(looped.startsWith("cannot read library folder " + loop + ": Too many levels of symbolic links"),
                looped);
        assertEquals("not a folder: " + file,
                assertThrows(LibraryException.class, () -> loader.read(List.of(file))).getMessage());
        assertEquals("not a folder: " + pipe,
                assertThrows(LibraryException.class, () -> loader.read(List.of(pipe))).getMessage());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
