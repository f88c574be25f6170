package dev.lede.tui;

import dev.lede.search.Hit;
import dev.lede.search.Search;
import dev.lede.search.SearchQuery;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the list filter's full-text search on one background thread. The UI thread {@link #start starts} a query and
 * {@link #take takes} the answer when it is there; the worker only publishes. Starting a new query drops the one
 * still waiting, and an answer to an older query is thrown away by the caller, who compares the query.
 */
final class FullTextSearch {

    /** The hits for a query, or why there are none. */
    record Answer(SearchQuery query, List<Hit> hits, String failure) {
    }

    private final Search search;
    private final AtomicReference<Answer> published = new AtomicReference<>();
    private ExecutorService worker;
    private Future<?> pending;

    FullTextSearch(Search search) {
        this.search = search;
    }

    void start(SearchQuery query) {
        if (pending != null) {
            pending.cancel(false);
        }
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(run -> {
                Thread thread = new Thread(run, "lede-search");
                thread.setDaemon(true);
                return thread;
            });
        }
        pending = worker.submit(() -> {
            Answer answer;
            try {
                answer = new Answer(query, search.run(query), null);
            } catch (Exception | OutOfMemoryError e) {
                answer = new Answer(query, List.of(), e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage());
            }
            published.set(answer);
        });
    }

    /** The answer published since the last call, or null. */
    Answer take() {
        return published.getAndSet(null);
    }

    void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
