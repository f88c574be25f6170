package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import dev.lede.library.StoryRef;
import dev.lede.search.Hit;
import dev.lede.search.Search;
import dev.lede.search.SearchQuery;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ListFilterTest {

    private final Library library = VirtualReader.load(VirtualReader.LIBRARY);
    private final ListFilter filter = new ListFilter(new Search(library, null, "", LibraryLoader.Progress.NONE));

    @AfterEach
    void close() {
        filter.close();
    }

    private StoryRef story(String id) {
        return library.stories().stream().filter(ref -> ref.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<StoryRef> refs) {
        return refs.stream().map(StoryRef::id).toList();
    }

    private static FullTextSearch.Answer answer(String text, StoryRef... hits) {
        return new FullTextSearch.Answer(SearchQuery.parse(text),
                java.util.Arrays.stream(hits).map(ref -> new Hit(ref, 1f)).toList(), null);
    }

    @Test
    void noFilterKeepsEveryStory() {
        assertNull(filter.matches());
        assertNull(filter.set(""));
        assertNull(filter.matches(), "an empty filter keeps every story");
        assertTrue(filter.query().isEmpty());
        assertFalse(filter.searching());
    }

    @Test
    void titleMatchesComeAtOnceAndTheFullTextIsSearched() {
        assertNull(filter.set("tokyo"));
        assertEquals(List.of("tokyo"), ids(filter.matches()));
        assertTrue(filter.searching());
    }

    @Test
    void fullTextHitsAreAddedAfterTheTitleMatchesEachStoryOnce() {
        filter.set("tokyo");
        assertTrue(filter.merge(answer("tokyo", story("budget"), story("tokyo"), story("seed"))));
        assertEquals(List.of("tokyo", "budget", "seed"), ids(filter.matches()));
        assertFalse(filter.searching());
        assertNull(filter.failure());
    }

    @Test
    void anAnswerToAnOlderFilterIsDropped() {
        filter.set("tokyo");
        assertFalse(filter.merge(answer("tok", story("budget"))));
        assertEquals(List.of("tokyo"), ids(filter.matches()));
        assertTrue(filter.searching());
        filter.clear();
        assertFalse(filter.merge(answer("tokyo", story("budget"))), "nor taken in without a filter");
        assertNull(filter.matches());
    }

    @Test
    void aFailedSearchSaysWhyAndEndsTheSearching() {
        filter.set("tokyo");
        assertTrue(filter.merge(new FullTextSearch.Answer(SearchQuery.parse("tokyo"), List.of(), "disk full")));
        assertEquals("disk full", filter.failure());
        assertFalse(filter.searching());
        assertEquals(List.of("tokyo"), ids(filter.matches()));
    }

    @Test
    void tooManyWordsMatchNothingAndSaySo() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i <= SearchQuery.MAX_CLAUSES; i++) {
            words.append("word").append(i).append(' ');
        }
        assertEquals("at most " + SearchQuery.MAX_CLAUSES + " words and phrases", filter.set(words.toString()));
        assertEquals(List.of(), filter.matches());
        assertFalse(filter.searching());
    }

    @Test
    void theBackgroundSearchAnswersThroughPoll() throws InterruptedException {
        filter.set("parliament");
        long giveUp = System.nanoTime() + 30_000_000_000L;
        while (!filter.poll()) {
            assertTrue(System.nanoTime() < giveUp, "the full-text search never answered");
            Thread.sleep(10);
        }
        assertFalse(filter.searching());
        assertTrue(filter.matches().size() >= 1, ids(filter.matches()).toString());
    }
}
