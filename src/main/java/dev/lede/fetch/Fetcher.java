package dev.lede.fetch;

import dev.lede.fetch.FetchResult.Status;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * Fetches feeds over HTTP as a good citizen (see the package). Thread-safe; {@link #close()} stops its threads.
 */
public final class Fetcher implements AutoCloseable {

    /** How many feeds are fetched at once in all, whatever their hosts. */
    static final int PARALLEL = 8;

    private final FetchOptions options;
    private final Clock clock;
    private final ExecutorService clientThreads;
    private final ExecutorService workers;
    private final HttpClient client;

    public Fetcher(FetchOptions options) {
        this(options, Clock.systemUTC(), (SSLContext) null);
    }

    /** For tests: a fixed clock, and TLS that trusts a test server ({@code null}: the JDK's trust store). */
    Fetcher(FetchOptions options, Clock clock, SSLContext tls) {
        this(options, clock, tls == null ? Fetcher::defaultTls : () -> tls);
    }

    /** For tests: {@code tls} is asked for the TLS context when the first https connection needs it. */
    Fetcher(FetchOptions options, Clock clock, Supplier<SSLContext> tls) {
        this.options = options;
        this.clock = clock;
        this.clientThreads = Executors.newCachedThreadPool(daemons("lede-http-"));
        this.workers = Executors.newFixedThreadPool(PARALLEL, daemons("lede-fetch-"));
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(clientThreads)
                .sslContext(new LazyTls(tls))
                .sslParameters(LazyTls.parameters());
        this.client = builder.build();
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no TLS in this JDK", e);
        }
    }

    /** One feed, one request per hop. Never throws for a network fault: that is a FAILED result with one line. */
    public FetchResult fetch(FetchRequest request) {
        Instant notBefore = request.notBefore();
        if (notBefore != null && clock.instant().isBefore(notBefore)) {
            return new FetchResult(Status.DEFERRED, request.uri(), false, null, null, request.etag(),
                    request.lastModified(), notBefore, "not asked: the server asked to wait until "
                    + notBefore.truncatedTo(ChronoUnit.SECONDS));
        }
        try {
            return new SingleFetch(client, options, request, clock).run();
        } catch (RuntimeException e) {
            // a fault of lede's, not the network's: still one feed's line, so every other feed arrives
            return new FetchResult(Status.FAILED, request.uri(), false, null, null, null, null, null,
                    "internal error: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Every feed, {@link FetchOptions#perHost()} at a time per host (of the feed's own address) and
     * {@value #PARALLEL} at a time in all; the results in the order of the requests.
     */
    public List<FetchResult> fetchAll(List<FetchRequest> requests) {
        FetchResult[] results = new FetchResult[requests.size()];
        fetchEach(requests, (i, result) -> results[i] = result);
        return List.of(results);
    }

    /**
     * Every feed as {@link #fetchAll} fetches them, each answer given to {@code answered} (with the index of its
     * request) as soon as it arrives, on the thread that fetched it, while the others are still fetched; returns
     * once every request has had its answer. A fetch that was interrupted is answered FAILED.
     */
    public void fetchEach(List<FetchRequest> requests, BiConsumer<Integer, FetchResult> answered) {
        boolean[] given = new boolean[requests.size()];
        List<Future<?>> running = new ArrayList<>();
        for (Queue<Integer> queue : byHost(requests).values()) {
            for (int i = 0; i < Math.min(options.perHost(), queue.size()); i++) {
                running.add(workers.submit(() -> drain(queue, requests, given, answered)));
            }
        }
        try {
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            running.forEach(worker -> worker.cancel(true));
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            running.forEach(worker -> worker.cancel(true));
            throw new IllegalStateException("fetching failed", e.getCause());
        }
        interrupted(requests, given, answered);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        clientThreads.shutdownNow();
    }

    private void drain(Queue<Integer> queue, List<FetchRequest> requests, boolean[] given,
            BiConsumer<Integer, FetchResult> answered) {
        for (Integer i = queue.poll(); i != null && !Thread.currentThread().isInterrupted(); i = queue.poll()) {
            FetchResult result = fetch(requests.get(i));
            synchronized (given) {
                given[i] = true;
            }
            answered.accept(i, result);
        }
    }

    private static Map<String, Queue<Integer>> byHost(List<FetchRequest> requests) {
        Map<String, Queue<Integer>> queues = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            URI uri = requests.get(i).uri();
            String host = uri == null || uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            queues.computeIfAbsent(host, h -> new ConcurrentLinkedQueue<>()).add(i);
        }
        return queues;
    }

    /** Answers, FAILED, every request that an interruption left without its answer. */
    private static void interrupted(List<FetchRequest> requests, boolean[] given,
            BiConsumer<Integer, FetchResult> answered) {
        for (int i = 0; i < given.length; i++) {
            boolean missing;
            synchronized (given) {
                missing = !given[i];
                given[i] = true;
            }
            if (missing) {
                FetchRequest request = requests.get(i);
                answered.accept(i, new FetchResult(Status.FAILED, request.uri(), false, null, null, null, null, null,
                        "interrupted"));
            }
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
