package dev.lede.library.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.storyfile.StoryLimits;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list cache larger than the old limit of 128 MiB (the cache of a folder of a million stories is 130 to 200 MB) is
 * read, mapped rather than copied onto the heap, while a planted file that is not a cache is refused unread.
 */
class LargeCacheTest {

    private static final long OLD_LIMIT = 128 << 20;

    @TempDir
    Path cache;

    private final Path folder = Path.of("/library/of/a/million/stories");
    private final FileStamp stamp = new FileStamp(1, 2, 3, true);

    private FolderCache folderCache() {
        return new FolderCache(cache, "test", StoryLimits.DEFAULT);
    }

    @Test
    void aCacheLargerThanTheOldLimitIsReadWithoutCopyingItOntoTheHeap() throws Exception {
        FolderCache.Writer one = new FolderCache.Writer(stamp, 4, 1);
        String message = "m".repeat(1 << 20);
        one.add(new FolderCache.Entry("a.txt", stamp, null, List.of(new FolderCache.CachedProblem(7, message))));
        assertTrue(folderCache().write(folder, one));
        FolderCache.Snapshot small = folderCache().read(folder);
        int copies = (int) (OLD_LIMIT >> 20) + 4;
        FolderCache.Writer big = new FolderCache.Writer(stamp, 4, copies);
        for (int i = 0; i < copies; i++) {
            big.copy(small, 0); // streamed from the mapping: the writer holds no copy either
        }
        assertTrue(folderCache().write(folder, big));
        Path file = folderCache().fileFor(folder);
        assertTrue(Files.size(file) > OLD_LIMIT, Files.size(file) + " bytes");

        long before = allocated();
        FolderCache.Snapshot read = folderCache().read(folder);
        long allocated = allocated() - before;
        assertNotNull(read);
        assertTrue(allocated < 16 << 20, "allocated " + allocated + " bytes to read " + Files.size(file));
        assertEquals(copies, read.size());
        assertTrue(read.hasStamp(copies - 1, stamp));
        FolderCache.Entry last = read.entry(copies - 1, read.name(copies - 1));
        assertEquals(List.of(new FolderCache.CachedProblem(7, message)), last.problems());
        assertNull(last.summary());
        assertEquals(stamp, last.stamp());
    }

    @Test
    void aPlantedFileBelowTheLimitThatIsNoCacheIsRefusedUnread() throws Exception {
        assertTrue(folderCache().write(folder, new FolderCache.Writer(stamp, 4, 0)));
        Path file = folderCache().fileFor(folder);
        try (RandomAccessFile planted = new RandomAccessFile(file.toFile(), "rw")) {
            planted.setLength(1L << 30); // sparse: a gigabyte of zeros, no magic
        }
        long before = allocated();
        assertNull(folderCache().read(folder));
        assertTrue(allocated() - before < 1 << 20, "allocated " + (allocated() - before) + " bytes");
    }

    @Test
    void aCacheWithOneByteChangedIsRefused() throws Exception {
        FolderCache.Writer one = new FolderCache.Writer(stamp, 4, 1);
        one.add(new FolderCache.Entry("a.txt", stamp, null, List.of()));
        assertTrue(folderCache().write(folder, one));
        Path file = folderCache().fileFor(folder);
        byte[] bytes = Files.readAllBytes(file);
        assertNotNull(folderCache().read(folder));
        for (int at : new int[] {bytes.length / 2, bytes.length - 1, 0}) {
            byte[] changed = bytes.clone();
            changed[at] ^= 1;
            Files.write(file, changed);
            assertNull(folderCache().read(folder), "byte " + at + " changed");
        }
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
