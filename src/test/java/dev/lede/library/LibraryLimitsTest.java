package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.storyfile.StoryLimits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size limit per story file holds for the library: a larger file is skipped with a warning, never read whole. */
class LibraryLimitsTest {

    @Test
    void aFileOverTheLimitIsSkippedWithAWarning(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("001_small.txt"), "Small\n\nThe lede.\n");
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("002_huge.txt").toFile(), "rw")) {
            huge.setLength(4L * StoryLimits.DEFAULT_MAX_FILE_BYTES);
        }
        Library library = LibraryLoader.load(List.of(dir));
        assertEquals(List.of("small"), library.stories().stream().map(StoryRef::id).toList());
        assertEquals(1, library.skipped());
        assertTrue(library.problems().get(0).toString()
                .endsWith("002_huge.txt: skipped: larger than 16 MiB, the size limit for one story file"),
                library.problems().toString());
    }

    @Test
    void readingStopsOneByteAfterTheLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.txt");
        Files.write(file, new byte[5000]);
        assertEquals(1001, new StoryLimits(1000).read(file).length);
        assertEquals(5000, new StoryLimits(5000).read(file).length);
    }
}
