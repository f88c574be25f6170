package dev.lede.tui;

import dev.lede.library.StoryRef;
import dev.lede.search.Hit;
import dev.lede.search.Search;
import dev.lede.search.SearchQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stories a filter keeps: the title matches at once, then the full-text hits when the background search
 * publishes them, each story once and in that order. An answer to an older filter is dropped.
 */
final class ListFilter {

    private final Search search;
    private final FullTextSearch fullText;
    private SearchQuery query;
    /** The stories kept, or null for all of them. */
    private List<StoryRef> matches;
    private final Set<String> matchedIds = new HashSet<>();
    private boolean searching;
    private String failure;

    ListFilter(Search search) {
        this.search = search;
        this.fullText = new FullTextSearch(search);
    }

    /**
     * Filters by new text.
     *
     * @return why nothing matches (too many words), or null
     */
    String set(String text) {
        clear();
        query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            return null;
        }
        if (query.isTooLong()) {
            matches = new ArrayList<>();
            return "at most " + SearchQuery.MAX_CLAUSES + " words and phrases";
        }
        matches = new ArrayList<>(search.titleMatches(query));
        matches.forEach(ref -> matchedIds.add(ref.id()));
        searching = true;
        fullText.start(query);
        return null;
    }

    /** No filter: every story. */
    void clear() {
        query = null;
        matches = null;
        matchedIds.clear();
        searching = false;
    }

    /**
     * Takes in the full-text answer published since the last call, if it answers this filter.
     *
     * @return true when the matches or {@link #searching()} changed
     */
    boolean poll() {
        return merge(fullText.take());
    }

    boolean merge(FullTextSearch.Answer answer) {
        failure = null;
        if (answer == null || query == null || !answer.query().equals(query)) {
            return false;
        }
        searching = false;
        failure = answer.failure();
        for (Hit hit : answer.hits()) {
            if (matchedIds.add(hit.ref().id())) {
                matches.add(hit.ref());
            }
        }
        return true;
    }

    /** Why the last answer taken in has no hits, or null. */
    String failure() {
        return failure;
    }

    /** The filter as parsed, or null for none. */
    SearchQuery query() {
        return query;
    }

    /** The stories the filter keeps, or null when it keeps all of them. */
    List<StoryRef> matches() {
        return matches;
    }

    /** True while a full-text search for the filter is running. */
    boolean searching() {
        return searching;
    }

    /** Stops the background search. */
    void close() {
        fullText.close();
    }
}
