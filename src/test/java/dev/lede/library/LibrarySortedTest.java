package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibrarySortedTest {

    @Test
    void sortedReordersTheStoriesAndEachKeepsItsVersion() throws Exception {
        Library library = LibraryLoader.load(List.of(Path.of("src/test/resources/tui/library")));
        assertSame(library, library.sorted(StoryOrder.FILE));
        Library byTitle = library.sorted(StoryOrder.TITLE);
        assertEquals(List.of("seed", "budget", "tokyo"), byTitle.stories().stream().map(StoryRef::id).toList());
        for (int i = 0; i < byTitle.stories().size(); i++) {
            int was = library.stories().indexOf(byTitle.stories().get(i));
            assertEquals(library.version(was), byTitle.version(i));
        }
        assertEquals(library.problems(), byTitle.problems());
    }
}
