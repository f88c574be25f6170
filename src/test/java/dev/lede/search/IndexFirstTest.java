package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import dev.lede.storyfile.StoryLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search answered from the index alone gives exactly the hits a search of the loaded library gives, and only when
 * the index proves it was made of what a trusting read would list now.
 */
class IndexFirstTest {

    private static final FileTime SETTLED = FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS));

    @TempDir
    Path lib;

    @TempDir
    Path cache;

    private void write(String name, String text) throws IOException {
        Path file = lib.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    @BeforeEach
    void library() throws IOException {
        write("001_body.txt", "---\ndate: 2026-11-30T08:00:00Z\nfeed: Harbour News\nurl: https://example.org/a\n"
                + "author: Ana Ortiz\ntags: [port, fish]\n---\nTrade talks resume\nThe harbour council met again.\n"
                + "Context: Officials said the fishing quotas were a matter of trust.");
        write("002_title.txt", "Fishing quotas agreed\nA short lede.\nContext: Nothing more to say.");
        write("003_ελλάδα.txt", "Quotas for fishing boats\nThe fishing fleet welcomed new quotas.");
        write("004_none.txt", "Weather\nRain again.");
        Files.setLastModifiedTime(lib, SETTLED);
    }

    private LibraryLoader loader() {
        return new LibraryLoader(cache, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE);
    }

    private List<Hit> searched(String query) throws Exception {
        return new Search(loader().read(List.of(lib)), cache, "test", LibraryLoader.Progress.NONE)
                .run(SearchQuery.parse(query));
    }

    private Search.Answer fromIndex(String query) throws Exception {
        return Search.fromIndex(loader(), List.of(lib), cache, "test", SearchQuery.parse(query));
    }

    @Test
    void theIndexAloneGivesTheSameHitsAndStoriesAsTheLoadedLibrary() throws Exception {
        assertNull(fromIndex("fishing"), "no index yet");
        List<Hit> loaded = searched("fishing");
        Search.Answer answer = fromIndex("fishing");
        assertNotNull(answer);
        assertEquals(loaded.stream().map(Hit::ref).toList(), answer.hits().stream().map(Hit::ref).toList(),
                "every field of every story, front matter and tags included");
        assertEquals(loaded.stream().map(Hit::score).toList(), answer.hits().stream().map(Hit::score).toList());
        Library partial = answer.library();
        assertTrue(partial.partial());
        assertFalse(partial.checked());
        assertEquals(3, partial.stories().size());
        for (Hit hit : answer.hits()) {
            assertFalse(partial.changed(hit.ref()), "its version is the file's");
        }
        assertEquals("Trade talks resume", partial.open(partial.find("body").orElseThrow()).title());
        assertEquals(List.of(), fromIndex("nowhere").hits());
    }

    @Test
    void anAddedStoryChangesTheFolderSoTheIndexAloneNoLongerAnswers() throws Exception {
        searched("fishing");
        write("005_more.txt", "More fishing\nBoats.");
        assertNull(fromIndex("fishing"));
        assertEquals(4, searched("fishing").size());
        assertNull(fromIndex("fishing"), "the folder changed moments ago");
        Files.setLastModifiedTime(lib, SETTLED); // as it is seconds later
        assertEquals(4, searched("fishing").size());
        assertEquals(4, fromIndex("fishing").hits().size(), "the index caught up");
    }

    @Test
    void aListCacheWrittenAgainMeansTheIndexMustLookAtTheLibrary() throws Exception {
        searched("fishing");
        write("002_title.txt", "Weather again\nNothing."); // in place: only a checked read sees it
        Files.setLastModifiedTime(lib, SETTLED);
        assertEquals(3, fromIndex("fishing").hits().size(), "the index still proves what the cache says");
        Library partial = fromIndex("fishing").library();
        assertTrue(partial.changed(partial.find("title").orElseThrow()), "and the caller sees the hit changed");
        loader().read(List.of(lib)); // a list, or the reader's check: the cache is written again
        assertNull(fromIndex("fishing"));
        assertEquals(2, searched("fishing").size());
        assertEquals(2, fromIndex("fishing").hits().size());
    }

    @Test
    void aFolderThatChangedMomentsAgoIsNeverTakenOnTrust() throws Exception {
        Files.setLastModifiedTime(lib, FileTime.from(Instant.now()));
        searched("fishing");
        assertNull(fromIndex("fishing"), "a story added in the same clock tick could be missing");
    }

    @Test
    void aLibraryWithASkippedFileIsNeverAnsweredWithoutItsWarning() throws Exception {
        write("006_empty.txt", "");
        Files.setLastModifiedTime(lib, SETTLED);
        searched("fishing");
        assertNull(fromIndex("fishing"));
    }

    @Test
    void withoutACacheThereIsNoAnswerFromTheIndex() throws Exception {
        assertNull(Search.fromIndex(new LibraryLoader(null, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE),
                List.of(lib), null, "test", SearchQuery.parse("fishing")));
    }
}
