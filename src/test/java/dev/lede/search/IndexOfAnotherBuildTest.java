package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import dev.lede.storyfile.StoryLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading: the index of another build of lede (an older or newer one, perhaps of another index format) is never
 * opened by this one, which builds its own; so whatever that index holds cannot be misread.
 */
class IndexOfAnotherBuildTest {

    @Test
    void anotherBuildsIndexIsNeverReadEvenWhenItIsGarbage(@TempDir Path lib, @TempDir Path cache) throws Exception {
        Path story = lib.resolve("001_fish.txt");
        Files.writeString(story, "Fishing quotas agreed\nThe fleet welcomed the quotas.");
        Files.setLastModifiedTime(story, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        assertEquals(List.of("fish"), ids(lib, cache, "lede-0.1.0"));
        try (Stream<Path> files = Files.walk(cache.resolve("index"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, new byte[] {'n', 'e', 'w', 'e', 'r', 0, 1, 2}); // what a newer format might hold
            }
        }
        assertEquals(List.of("fish"), ids(lib, cache, "lede-0.2.0"));
        try (Stream<Path> indexes = Files.list(cache.resolve("index"))) {
            assertEquals(2, indexes.filter(Files::isDirectory).count());
        }
    }

    private static List<String> ids(Path lib, Path cache, String build) throws Exception {
        Library library = new LibraryLoader(cache, build, StoryLimits.DEFAULT, LibraryLoader.Progress.NONE)
                .read(List.of(lib));
        return new Search(library, cache, build, LibraryLoader.Progress.NONE).run(SearchQuery.parse("quotas"))
                .stream().map(h -> h.ref().id()).toList();
    }
}
