package dev.lede.library;

import dev.lede.storyfile.StoryLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
