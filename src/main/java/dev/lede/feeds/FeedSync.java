package dev.lede.feeds;

import dev.lede.feedfile.BriefSource;
import dev.lede.feedfile.FeedEntry;
import dev.lede.feedfile.FeedException;
import dev.lede.feedfile.ParsedFeed;
import dev.lede.fetch.FetchRequest;
import dev.lede.fetch.FetchResult;
import dev.lede.safefile.AtomicFile;
import dev.lede.text.TextCleaner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;

/**
 * Fetches feeds into their folders of stories, {@code <data>/feeds/<name>/}: every feed asked at once (conditional
 * requests from its state), and each answer, as soon as it arrives, parsed and its new and changed items written as
 * story files while the others still download. Each story is whole or not at all (a temporary file renamed over the
 * name); a feed's stories are forced to disk together, then its state is saved. A kill at any moment leaves every
 * story old or new and the state of before, so the next fetch asks for the whole feed again and finishes the job; a
 * power loss cannot leave a state saying stories were fetched that are not on disk. An item that left the feed keeps
 * its story; a feed that moved permanently keeps its folder and has its subscription changed.
 */
public final class FeedSync {

    /** Told how far a sync is; called from the sync's threads, never from two at once. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        /** {@code done} of the {@code total} feeds have answered (or were not asked). */
        void update(int done, int total);

        /** As {@link #update(int, int)}, with how many stories have been written so far. */
        default void update(int done, int total, int stories) {
            update(done, total);
        }
    }

    /**
     * Feeds parsed and written at once: more than the cores, since each one waits for the disk while its stories
     * are forced, and the others use the cores meanwhile.
     */
    static final int WRITERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** Answers that wait for a writer at most (besides those being written and being downloaded): their bodies. */
    private static final int WAITING = WRITERS;

    private final SubscriptionStore subscriptions;
    private final StateStore states;
    private final Path feedsDir;
    private final FeedSource source;
    private final Clock clock;

    /**
     * @param feedsDir the folder of the feeds' folders, {@code $XDG_DATA_HOME/lede/feeds}
     */
    public FeedSync(SubscriptionStore subscriptions, StateStore states, Path feedsDir, FeedSource source,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.states = states;
        this.feedsDir = feedsDir;
        this.source = source;
        this.clock = clock;
    }

    /** Fetches these feeds and writes what is new; one report per feed, in the same order. */
    public List<FeedReport> fetch(List<Subscription> feeds, Progress progress) {
        Instant now = clock.instant();
        FeedReport[] reports = new FeedReport[feeds.size()];
        List<FeedState> old = new ArrayList<>();
        List<FetchRequest> requests = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < feeds.size(); i++) {
            FeedState state = states.header(feeds.get(i).name()); // its items only if a body comes
            old.add(state);
            if (state.retryAfter() == null || !now.isBefore(state.retryAfter())) {
                asked.add(i);
                requests.add(new FetchRequest(feeds.get(i).url(), state.etag(), state.lastModified()));
            } else {
                reports[i] = deferred(feeds.get(i), state.retryAfter());
            }
        }
        Counts counts = new Counts(progress, feeds.size());
        counts.answered(feeds.size() - asked.size());
        if (!requests.isEmpty()) {
            storeEach(requests, (k, result) -> {
                int i = asked.get(k);
                reports[i] = storeSafely(feeds.get(i), old.get(i), result, counts);
            }, counts);
        }
        counts.answered(0);
        for (int i = 0; i < reports.length; i++) {
            if (reports[i] == null) { // a writer that died of an Error: the feed says so, the others arrived
                reports[i] = new FeedReport(feeds.get(i).name(), FeedReport.Outcome.FAILED, 0, 0, null,
                        "internal error");
            }
        }
        return List.of(reports);
    }

    /**
     * Fetches the requests and gives each answer to {@code store} on one of the {@link #WRITERS} as soon as it
     * arrives; the fetch waits while {@link #WAITING} answers wait for a writer. Returns once all are stored.
     */
    private void storeEach(List<FetchRequest> requests, BiConsumer<Integer, FetchResult> store, Counts counts) {
        ExecutorService writers = Executors.newFixedThreadPool(Math.min(WRITERS, requests.size()));
        Semaphore room = new Semaphore(WRITERS + WAITING);
        List<Future<?>> writing = new ArrayList<>();
        try {
            source.fetchEach(requests, (k, result) -> {
                counts.answered(1);
                room.acquireUninterruptibly();
                Future<?> write = writers.submit(() -> {
                    try {
                        store.accept(k, result);
                    } finally {
                        room.release();
                    }
                });
                synchronized (writing) {
                    writing.add(write);
                }
            });
            waitFor(writing);
        } finally {
            writers.shutdown();
        }
    }

    /** Waits until every write has ended, even when interrupted meanwhile (the interruption is kept). */
    private static void waitFor(List<Future<?>> writing) {
        List<Future<?>> all;
        synchronized (writing) {
            all = List.copyOf(writing);
        }
        boolean interrupted = false;
        for (Future<?> write : all) {
            while (true) {
                try {
                    write.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    break; // storeSafely reports every fault of its feed
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many feeds have answered and stories were written, told to the progress one call at a time. */
    private static final class Counts {
        private final Progress progress;
        private final int total;
        private int answered;
        private int stories;

        Counts(Progress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        synchronized void answered(int more) {
            answered += more;
            progress.update(answered, total, stories);
        }

        synchronized void written() {
            stories++;
            progress.update(answered, total, stories);
        }
    }

    private static FeedReport deferred(Subscription feed, Instant until) {
        return new FeedReport(feed.name(), FeedReport.Outcome.DEFERRED, 0, 0, null,
                "not asked: the server asked lede to wait until " + until);
    }

    /** {@link #store}, with a fault of lede's own reported as the feed's, so that every other feed still arrives. */
    private FeedReport storeSafely(Subscription feed, FeedState old, FetchResult result, Counts counts) {
        try {
            return store(feed, old, result, clock.instant(), counts);
        } catch (RuntimeException e) {
            return new FeedReport(feed.name(), FeedReport.Outcome.FAILED, 0, 0, null,
                    "internal error: " + e.getClass().getSimpleName());
        }
    }

    private FeedReport store(Subscription feed, FeedState old, FetchResult result, Instant now, Counts counts) {
        return switch (result.status()) {
            case FAILED -> failed(feed, old, result, line(result.error()), now);
            case DEFERRED -> {
                saveHeader(feed, new FeedState(old.etag(), old.lastModified(), result.retryAfter(), old.lastFetch(),
                        old.newItems(), old.lastError(), Map.of()));
                yield new FeedReport(feed.name(), FeedReport.Outcome.DEFERRED, 0, 0, null, line(result.error()));
            }
            case NOT_MODIFIED -> {
                URI moved = moved(feed, result);
                String error = saveHeader(feed, new FeedState(or(result.etag(), old.etag()),
                        or(result.lastModified(), old.lastModified()), result.retryAfter(), now, 0, null, Map.of()));
                yield new FeedReport(feed.name(), error == null ? FeedReport.Outcome.NOT_MODIFIED
                        : FeedReport.Outcome.FAILED, 0, 0, moved, error);
            }
            case OK -> fetched(feed, old, result, now, counts);
        };
    }

    private FeedReport fetched(Subscription feed, FeedState header, FetchResult result, Instant now, Counts counts) {
        FeedState old = header.with(states.items(feed.name()));
        ParsedFeed parsed;
        try {
            parsed = source.parse(result.body(), result.contentType(), result.finalUri());
        } catch (FeedException | RuntimeException e) {
            return failed(feed, old, result, line(e.getMessage()), now);
        }
        URI moved = moved(feed, result);
        Subscription current = moved == null ? feed : feed.at(moved);
        Written written;
        try {
            written = write(current, parsed.entries(), old, now, counts);
        } catch (IOException e) {
            return failed(feed, old, result, "cannot write its stories: " + line(e.getMessage()), now);
        }
        // A failed item leaves the old ETag, so that the next fetch gets the whole feed and tries again.
        boolean whole = written.error == null;
        String error = save(feed, new FeedState(whole ? result.etag() : old.etag(),
                whole ? result.lastModified() : old.lastModified(), result.retryAfter(), now, written.added,
                written.error, whole ? written.items : merged(old.items(), written.items)));
        String problem = written.error != null ? written.error : error;
        return new FeedReport(feed.name(), problem == null ? FeedReport.Outcome.FETCHED : FeedReport.Outcome.FAILED,
                written.added, written.changed, moved, problem);
    }

    /** What writing a feed's items did. */
    private record Written(int added, int changed, Map<String, String> items, String error) {
    }

    private Written write(Subscription feed, List<FeedEntry> entries, FeedState old, Instant now, Counts counts)
            throws IOException {
        Path dir = feedsDir.resolve(feed.name());
        List<Path> made = missing(dir);
        Files.createDirectories(dir);
        Map<String, String> existing = existing(dir);
        Map<String, String> items = new LinkedHashMap<>();
        Map<String, FeedEntry> toWrite = new LinkedHashMap<>();
        int added = 0;
        int changed = 0;
        int undated = 0;
        for (FeedEntry entry : entries) {
            String id = StoryNames.id(feed.name(), entry);
            if (items.containsKey(id)) {
                continue; // the same item twice in one document: the first one counts
            }
            String version = StoryNames.version(entry);
            items.put(id, version);
            String file = existing.get(id);
            if (file == null) {
                Instant seen = now.minusSeconds(entry.published() == null ? undated++ : 0);
                file = StoryNames.name(StoryNames.when(entry.published(), seen), entry.title(), id);
                added++;
            } else if (version.equals(old.items().get(id))) {
                continue;
            } else {
                changed++;
            }
            toWrite.put(file, entry);
        }
        AtomicFile.removeLeftovers(dir, leftBehind(dir)); // only those no live writer holds
        BriefSource brief = new BriefSource(feed.name(), feed.url().toString(), now);
        Map<String, String> done = new LinkedHashMap<>(items);
        List<String> written = new ArrayList<>();
        String error = null;
        for (Map.Entry<String, FeedEntry> story : toWrite.entrySet()) {
            String problem = writeOne(dir, story.getKey(), story.getValue(), brief);
            if (problem == null) {
                written.add(story.getKey());
                counts.written();
            } else {
                done.remove(StoryNames.idOf(story.getKey()));
                error = error != null ? error : "cannot write " + problem;
            }
        }
        // on disk before the state says they were fetched: else, after a power loss, a 304 would never bring them
        AtomicFile.force(dir, written);
        for (Path folder : made) {
            AtomicFile.forceFolder(folder.getParent());
        }
        return new Written(added, changed, done, error);
    }

    /** The folders on the way to {@code dir} that are not there yet, the outermost first. */
    private static List<Path> missing(Path dir) {
        List<Path> missing = new ArrayList<>();
        for (Path folder = dir; folder != null && !Files.isDirectory(folder); folder = folder.getParent()) {
            missing.add(0, folder);
        }
        return missing;
    }

    /**
     * Writes one story, whole or not at all, not yet forced to disk; null, or {@code "<file> : why"}.
     */
    private String writeOne(Path dir, String file, FeedEntry entry, BriefSource brief) {
        try {
            String text = source.brief(entry, brief);
            AtomicFile.replaceUnforced(dir.resolve(file), out -> out.write(text));
            return null;
        } catch (IOException | RuntimeException e) {
            return file + " : " + line(e.getMessage());
        }
    }

    /** The stories already in a feed's folder, file name by id hash. */
    private static Map<String, String> existing(Path dir) throws IOException {
        Map<String, String> byId = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = StoryNames.idOf(name);
                if (id != null) {
                    byId.merge(id, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        return byId;
    }

    /**
     * The story files whose writes left a temporary file ({@code .NAME.<digits>.tmp}), the story itself made or
     * not: a new item's write killed before its rename named a file that the next fetch may name otherwise.
     */
    private static Set<String> leftBehind(Path dir) throws IOException {
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                int digits = name.lastIndexOf('.', name.length() - ".tmp".length() - 1);
                String target = digits > 1 ? name.substring(1, digits) : "";
                if (StoryNames.idOf(target) != null) {
                    names.add(target);
                }
            }
        }
        return names;
    }

    private static Map<String, String> merged(Map<String, String> old, Map<String, String> written) {
        Map<String, String> all = new HashMap<>(old);
        all.putAll(written);
        return all;
    }

    /**
     * The feed's new address when the fetch says it moved permanently to another http(s) address, after saving it
     * in the subscription; else null.
     */
    private URI moved(Subscription feed, FetchResult result) {
        URI to = result.finalUri();
        if (!result.movedPermanently() || to == null || to.equals(feed.url()) || to.getScheme() == null
                || !to.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            return null;
        }
        try {
            URI checked = SubscriptionStore.url(to.toString());
            subscriptions.move(feed.name(), checked);
            return checked;
        } catch (FeedsException e) {
            return null;
        }
    }

    private FeedReport failed(Subscription feed, FeedState old, FetchResult result, String error, Instant now) {
        saveHeader(feed, new FeedState(old.etag(), old.lastModified(), result.retryAfter(), now, 0, error, Map.of()));
        return new FeedReport(feed.name(), FeedReport.Outcome.FAILED, 0, 0, null, error);
    }

    /** Saves a feed's state with its items; null, or why it could not be saved. */
    private String save(Subscription feed, FeedState state) {
        try {
            states.write(feed.name(), state);
            return null;
        } catch (IOException e) {
            return "cannot save its state: " + line(e.getMessage());
        }
    }

    /** Saves a feed's state but its items, which stay as the last answer with a body left them. */
    private String saveHeader(Subscription feed, FeedState state) {
        try {
            states.writeHeader(feed.name(), state);
            return null;
        } catch (IOException e) {
            return "cannot save its state: " + line(e.getMessage());
        }
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    /** A message from the network or the system as one clean line. */
    static String line(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        String clean = TextCleaner.clean(message).strip();
        String first = clean.lines().findFirst().orElse("").strip();
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
