package dev.lede.library;

import dev.lede.library.cache.FileStamp;
import dev.lede.library.cache.FolderCache;
import dev.lede.storyfile.StoryLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Fifo;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list cache saves work and never changes what a library lists. */
class ListCacheTest {

    @TempDir
    Path lib;

    @TempDir
    Path cache;

    @BeforeEach
    void threeStories() {
        Stories.write(lib, "001_a.txt", Stories.story("Alpha", 2));
        Stories.write(lib, "002_b.txt", Stories.story("Beta", 3));
        Stories.write(lib, "003_c.txt", Stories.story("Gamma", 1));
    }

    private Library load() throws LibraryException {
        return new LibraryLoader(cache, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE).read(List.of(lib));
    }

    private static List<String> titles(Library library) {
        return library.stories().stream().map(StoryRef::title).toList();
    }

    private Path cacheFile() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("lists"))) {
            return files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
    }

    @Test
    void secondLoadServesTheSameListFromTheCache() throws Exception {
        Library first = load();
        assertTrue(Files.exists(cacheFile()));
        Library second = load();
        assertEquals(first.stories(), second.stories());
        assertEquals(LibraryLoader.load(List.of(lib)).stories(), second.stories());
    }

    @Test
    void anAddedFileIsListed() throws Exception {
        load();
        Stories.write(lib, "004_d.txt", Stories.story("Delta", 1));
        assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta"), titles(load()));
    }

    @Test
    void aDeletedFileIsGone() throws Exception {
        load();
        Files.delete(lib.resolve("002_b.txt"));
        assertEquals(List.of("Alpha", "Gamma"), titles(load()));
    }

    @Test
    void aChangedFileShowsItsNewTitleAndSections() throws Exception {
        load();
        Stories.write(lib, "002_b.txt", Stories.story("Beta, revised at length", 4));
        StoryRef beta = load().stories().get(1);
        assertEquals("Beta, revised at length", beta.title());
        assertEquals(4, beta.sections());
    }

    @Test
    void aFileReplacedByRenameIsNoticedEvenWithTheSameSizeAndTime() throws Exception {
        load();
        Path file = lib.resolve("002_b.txt");
        FileTime time = Files.getLastModifiedTime(file);
        Path replacement = Stories.write(lib, ".tmp", Stories.story("Bxta", 3));
        Files.setLastModifiedTime(replacement, time);
        Files.move(replacement, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals("Bxta", load().stories().get(1).title());
    }

    @Test
    void aSameSizeEditInTheSameSecondIsNoticed() throws Exception {
        Path file = lib.resolve("002_b.txt");
        Files.writeString(file, Stories.story("Beta", 3)); // just written: inside the racy window
        FileTime written = Files.getLastModifiedTime(file);
        assertEquals("Beta", load().stories().get(1).title());
        Files.writeString(file, Stories.story("Bxta", 3)); // same size, in place, same inode
        Files.setLastModifiedTime(file, written); // and the same mtime, as a coarse clock would give
        assertEquals("Bxta", load().stories().get(1).title());
    }

    @Test
    void aSettledUnchangedStampIsServedFromTheCache() throws Exception {
        // the documented blind spot, which shows the cache is really used: an in-place same-size edit whose
        // mtime is then set back to the old value keeps the stamp (--no-cache reads every file)
        Path file = lib.resolve("002_b.txt");
        FileTime settled = Files.getLastModifiedTime(file);
        load();
        Files.writeString(file, Stories.story("Bxta", 3));
        Files.setLastModifiedTime(file, settled);
        assertEquals("Beta", load().stories().get(1).title());
        assertEquals("Bxta", LibraryLoader.load(List.of(lib)).stories().get(1).title());
    }

    @Test
    void aCorruptCacheIsRebuilt() throws Exception {
        load();
        Path file = cacheFile();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        Stories.write(lib, "004_d.txt", Stories.story("Delta", 1));
        assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta"), titles(load()));
        FolderCache.Snapshot rebuilt = new FolderCache(cache, "test", StoryLimits.DEFAULT).read(lib);
        assertNotNull(rebuilt);
        assertEquals(4, rebuilt.size());
    }

    @Test
    void aTruncatedOrGarbageCacheIsIgnored() throws Exception {
        load();
        Path file = cacheFile();
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 40));
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(load()));
        Files.write(file, new byte[] {1, 2, 3});
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(load()));
    }

    @Test
    void anUnusableCacheFolderStillLists() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");
        Library library = new LibraryLoader(notAFolder, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE).read(List.of(lib));
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(library));
    }

    @Test
    void anUnreadableCacheFolderStillLists() throws Exception {
        load();
        Path lists = cache.resolve("lists");
        Files.setPosixFilePermissions(lists, java.util.Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(lists), "permissions do not bind root");
            Stories.write(lib, "004_d.txt", Stories.story("Delta", 1));
            assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta"), titles(load()));
        } finally {
            Files.setPosixFilePermissions(lists, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aCacheOfAnotherBuildIsNotUsed() throws Exception {
        Path file = lib.resolve("002_b.txt");
        FileTime settled = Files.getLastModifiedTime(file);
        load();
        Files.writeString(file, Stories.story("Bxta", 3));
        Files.setLastModifiedTime(file, settled);
        Library other = new LibraryLoader(cache, "another build", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE).read(List.of(lib));
        assertEquals("Bxta", other.stories().get(1).title());
    }

    /** Where the cache of {@code lib} goes, with its folder made. */
    private Path cachePath() throws IOException {
        Path file = new FolderCache(cache, "test", StoryLimits.DEFAULT).fileFor(lib);
        Files.createDirectories(file.getParent());
        return file;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLinkAtTheCachePathIsReplacedAndItsTargetLeftAsItWas(@TempDir Path elsewhere) throws Exception {
        load();
        Path file = cacheFile();
        Path precious = Files.writeString(elsewhere.resolve("precious"), "precious\n");
        Files.delete(file);
        Files.createSymbolicLink(file, precious);
        Stories.write(lib, "004_d.txt", Stories.story("Delta", 1));
        assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta"), titles(load()));
        assertEquals("precious\n", Files.readString(precious));
        assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS));
        assertEquals(4, new FolderCache(cache, "test", StoryLimits.DEFAULT).read(lib).size());
    }

    @Test
    void aDanglingLinkAtTheCachePathDoesNotCreateItsTarget(@TempDir Path elsewhere) throws Exception {
        Files.createSymbolicLink(cachePath(), elsewhere.resolve("created"));
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(load()));
        assertEquals(List.of(), names(elsewhere));
    }

    @Test
    void aLinkInPlaceOfTheCacheFolderIsNotFollowed(@TempDir Path elsewhere) throws Exception {
        Files.createSymbolicLink(cache.resolve("lists"), elsewhere);
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(load()));
        assertEquals(List.of(), names(elsewhere));
    }

    @Test
    void theNextWriteRemovesWhatAKilledCacheWriteLeftAndNothingElse() throws Exception {
        load();
        Path file = cacheFile();
        String name = file.getFileName().toString();
        Path killed = Files.writeString(file.resolveSibling("." + name + ".123456.tmp"), "half a cache");
        Path other = Files.writeString(file.resolveSibling("." + name + ".x1.tmp"), "not lede's name");
        Stories.write(lib, "004_d.txt", Stories.story("Delta", 1));
        assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta"), titles(load()));
        assertFalse(Files.exists(killed, LinkOption.NOFOLLOW_LINKS), "the killed write's temporary file");
        assertTrue(Files.exists(other), "a name lede does not make");
    }

    @Test
    void aFifoAtTheCachePathIsIgnoredWithoutBlocking() throws Exception {
        Path fifo = Fifo.make(cachePath());
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(Fifo.withoutBlocking(fifo, this::load)));
        assertTrue(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "replaced by a real cache");
    }

    @Test
    void aPlantedCacheOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path file = cachePath();
        try (RandomAccessFile planted = new RandomAccessFile(file.toFile(), "rw")) {
            planted.setLength(FolderCache.MAX_BYTES + 1); // sparse: costs no disk
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertNull(new FolderCache(cache, "test", StoryLimits.DEFAULT).read(lib));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < FolderCache.MAX_BYTES / 8, "allocated " + allocated + " bytes");
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(load()));
        assertTrue(Files.size(file) < 4096, "replaced by the real cache");
    }

    @Test
    void aCacheFileOfAnotherUserIsNotUsed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "only root can give a file to another user");
        Path file = lib.resolve("002_b.txt");
        FileTime settled = Files.getLastModifiedTime(file);
        load();
        Files.writeString(file, Stories.story("Bxta", 3));
        Files.setLastModifiedTime(file, settled); // the cache, if used, would still say Beta
        Files.setAttribute(cacheFile(), "unix:uid", 65534);
        assertEquals("Bxta", load().stories().get(1).title());
    }

    @Test
    void theCacheFoldersAreMadeForTheUserAlone() throws Exception {
        Path fresh = cache.resolve("new/lede");
        new LibraryLoader(fresh, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE).read(List.of(lib));
        for (Path folder : List.of(cache.resolve("new"), fresh, fresh.resolve("lists"))) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)),
                    folder.toString());
        }
        Files.setPosixFilePermissions(fresh.resolve("lists"), PosixFilePermissions.fromString("rwxrwxrwx"));
        Stories.write(lib, "004_d.txt", Stories.story("Delta", 1));
        new LibraryLoader(fresh, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE).read(List.of(lib));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve("lists"))),
                "an older lede's folder, or one opened by hand, is closed again");
    }

    @Test
    void progressCountsEveryFile() throws Exception {
        int[] last = {0, 0};
        new LibraryLoader(cache, "test", StoryLimits.DEFAULT, (done, total) -> {
            synchronized (last) {
                last[0] = Math.max(last[0], done);
                last[1] = total;
            }
        }).read(List.of(lib));
        assertEquals(3, last[0]);
        assertEquals(3, last[1]);
    }
}
