package dev.lede.library;

import dev.lede.story.Story;
import dev.lede.storyfile.Problem;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Opens stories in order while a few batches ahead are read, parsed and turned into {@code T} on other threads: the
 * consumer (an exporter writing one story after another) rarely waits, and at most {@code WINDOW × BATCH} results are
 * held at once.
 * The threads are daemons and end when the iteration ends or a second after it is abandoned.
 */
final class ReadAhead<T> implements Iterator<T> {

    private static final int BATCH = 64;
    private static final int WINDOW = 4;

    private final Library library;
    private final List<StoryRef> refs;
    private final Function<? super Story, ? extends T> work;
    private final Consumer<Problem> failed;
    private final ArrayDeque<CompletableFuture<Object[]>> pending = new ArrayDeque<>();
    private ExecutorService workers;
    private int submitted;
    private Object[] current = new Object[0];
    private int index;
    private int position;

    ReadAhead(Library library, List<StoryRef> refs, Function<? super Story, ? extends T> work,
              Consumer<Problem> failed) {
        this.library = library;
        this.refs = refs;
        this.work = work;
        this.failed = failed;
    }

    @Override
    public boolean hasNext() {
        return position < refs.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (index == current.length) {
            current = nextBatch();
            index = 0;
        }
        position++;
        T result = (T) current[index];
        current[index++] = null;
        if (position == refs.size()) {
            stop();
        }
        return result;
    }

    private Object[] nextBatch() {
        if (refs.size() <= BATCH) {
            return open(0, refs.size());
        }
        if (workers == null) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, "lede-read-ahead");
                        thread.setDaemon(true);
                        return thread;
                    });
            pool.allowCoreThreadTimeOut(true);
            workers = pool;
        }
        while (pending.size() < WINDOW && submitted < refs.size()) {
            int from = submitted;
            int to = Math.min(refs.size(), from + BATCH);
            pending.add(CompletableFuture.supplyAsync(() -> open(from, to), workers));
            submitted = to;
        }
        Object[] batch = pending.remove().join();
        if (submitted < refs.size()) {
            int from = submitted;
            int to = Math.min(refs.size(), from + BATCH);
            pending.add(CompletableFuture.supplyAsync(() -> open(from, to), workers));
            submitted = to;
        }
        return batch;
    }

    private Object[] open(int from, int to) {
        Object[] batch = new Object[to - from];
        for (int i = from; i < to; i++) {
            batch[i - from] = work.apply(library.open(refs.get(i), failed));
        }
        return batch;
    }

    private void stop() {
        if (workers != null) {
            workers.shutdown();
            workers = null;
        }
    }
}
