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

/**
 * Fetches feeds into their folders of stories, {@code <data>/feeds/<name>/}: every feed asked at once (conditional
 * requests from its state), then for each answer every new or changed item written as a story file, each whole or
 * not at all (a temporary file renamed over the name), then the feed's state. A kill at any moment leaves every
 * story old or new and the state of before, so the next fetch asks for the whole feed again and finishes the job.
 * An item that left the feed keeps its story; a feed that moved permanently keeps its folder and has its
 * subscription changed.
 */
public final class FeedSync {

    /** Told how many feeds are done; called from the thread that runs the sync. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /** Story files written at once: each write waits for the disk (it is forced before its rename). */
    private static final int WRITERS = 8;

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
        List<FeedState> old = new ArrayList<>();
        List<FetchRequest> requests = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < feeds.size(); i++) {
            FeedState state = states.read(feeds.get(i).name());
            old.add(state);
            if (state.retryAfter() == null || !now.isBefore(state.retryAfter())) {
                asked.add(i);
                requests.add(new FetchRequest(feeds.get(i).url(), state.etag(), state.lastModified()));
            }
        }
        progress.update(0, feeds.size());
        List<FetchResult> results = requests.isEmpty() ? List.of() : source.fetchAll(requests);
        Map<Integer, FetchResult> byFeed = new HashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            byFeed.put(asked.get(i), results.get(i));
        }
        List<FeedReport> reports = new ArrayList<>();
        for (int i = 0; i < feeds.size(); i++) {
            FetchResult result = byFeed.get(i);
            reports.add(result == null ? deferred(feeds.get(i), old.get(i).retryAfter())
                    : store(feeds.get(i), old.get(i), result, clock.instant()));
            progress.update(i + 1, feeds.size());
        }
        return reports;
    }

    private static FeedReport deferred(Subscription feed, Instant until) {
        return new FeedReport(feed.name(), FeedReport.Outcome.DEFERRED, 0, 0, null,
                "not asked: the server asked lede to wait until " + until);
    }

    private FeedReport store(Subscription feed, FeedState old, FetchResult result, Instant now) {
        return switch (result.status()) {
            case FAILED -> failed(feed, old, result, line(result.error()), now);
            case DEFERRED -> {
                save(feed, new FeedState(old.etag(), old.lastModified(), result.retryAfter(), old.lastFetch(),
                        old.newItems(), old.lastError(), old.items()));
                yield new FeedReport(feed.name(), FeedReport.Outcome.DEFERRED, 0, 0, null, line(result.error()));
            }
            case NOT_MODIFIED -> {
                URI moved = moved(feed, result);
                String error = save(feed, new FeedState(or(result.etag(), old.etag()),
                        or(result.lastModified(), old.lastModified()), result.retryAfter(), now, 0, null,
                        old.items()));
                yield new FeedReport(feed.name(), error == null ? FeedReport.Outcome.NOT_MODIFIED
                        : FeedReport.Outcome.FAILED, 0, 0, moved, error);
            }
            case OK -> fetched(feed, old, result, now);
        };
    }

    private FeedReport fetched(Subscription feed, FeedState old, FetchResult result, Instant now) {
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
            written = write(current, parsed.entries(), old, now);
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

    private Written write(Subscription feed, List<FeedEntry> entries, FeedState old, Instant now)
            throws IOException {
        Path dir = feedsDir.resolve(feed.name());
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
        List<String> errors = writeAll(dir, toWrite, brief);
        for (String failed : errors) {
            done.remove(StoryNames.idOf(failed.substring(0, failed.indexOf(' '))));
        }
        String error = errors.isEmpty() ? null : "cannot write " + errors.get(0);
        return new Written(added, changed, done, error);
    }

    /** Writes stories {@link #WRITERS} at a time; why each that failed did. */
    private List<String> writeAll(Path dir, Map<String, FeedEntry> files, BriefSource brief) {
        List<Future<String>> writes = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, Math.min(WRITERS, files.size())));
        try {
            files.forEach((file, entry) -> writes.add(writers.submit(() -> writeOne(dir, file, entry, brief))));
            List<String> errors = new ArrayList<>();
            for (Future<String> write : writes) {
                String error = write.get();
                if (error != null) {
                    errors.add(error);
                }
            }
            return errors;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(files.keySet().iterator().next() + " : interrupted");
        } catch (ExecutionException e) {
            return List.of(files.keySet().iterator().next() + " : " + line(String.valueOf(e.getCause())));
        } finally {
            writers.shutdownNow();
        }
    }

    /**
     * Writes one story, whole or not at all; null, or {@code "<file> : why"}.
     */
    private String writeOne(Path dir, String file, FeedEntry entry, BriefSource brief) {
        try {
            String text = source.brief(entry, brief);
            AtomicFile.create(dir.resolve(file), out -> out.write(text), true);
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
        save(feed, new FeedState(old.etag(), old.lastModified(), result.retryAfter(), now, 0, error, old.items()));
        return new FeedReport(feed.name(), FeedReport.Outcome.FAILED, 0, 0, null, error);
    }

    /** Saves a feed's state; null, or why it could not be saved. */
    private String save(Subscription feed, FeedState state) {
        try {
            states.write(feed.name(), state);
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
