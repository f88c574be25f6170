package dev.lede.cli;

import dev.lede.feeds.FeedsException;
import dev.lede.feeds.Subscription;
import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import dev.lede.library.StoryOrder;
import dev.lede.library.StoryRef;
import dev.lede.search.Hit;
import dev.lede.search.Search;
import dev.lede.search.SearchQuery;
import dev.lede.state.ReadState;
import dev.lede.text.Nearest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import picocli.CommandLine.Option;

/**
 * Which stories a command takes ({@code list}, {@code search}, {@code export}, {@code mark --all}): by feed, folder,
 * tag, date, reading state and search words, in an order, at most so many. Different options combine with AND, the
 * values of one option repeated with OR. The filters read only what the library's list holds ({@link StoryRef}), never
 * a story's file; the reading state and the search index only when an option needs them.
 */
final class Selection {

    /** {@code --checkpoint} / {@code --new-since-last} of the command, mixed into it beside this; null when none. */
    private final CheckpointOption checkpoint;

    Selection() {
        this(null);
    }

    Selection(CheckpointOption checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** How many known names a message offers for a name that is not one. */
    private static final int OFFERED = 5;

    @Option(names = "--feed", paramLabel = "NAME",
            description = "Only the stories of feed NAME, as feeds.yml names it, ignoring case (repeatable: any of them).")
    List<String> feeds = List.of();

    @Option(names = "--folder", paramLabel = "DIR",
            description = "Only the stories in library folder DIR: its path, or its last name (--folder bbc for "
                    + "…/feeds/bbc) (repeatable).")
    List<String> folders = List.of();

    @Option(names = "--tag", paramLabel = "TAG",
            description = "Only the stories tagged TAG, ignoring case (repeatable: any of them).")
    List<String> tags = List.of();

    @Option(names = "--since", paramLabel = "WHEN",
            description = "Only the stories dated WHEN or later: 2026-11-01, 2026-11-01T08:00[+01:00], now, today, "
                    + "yesterday, 30m, 12h, 7d, 2w. A story's date is its front-matter date, else when it was "
                    + "fetched, else its file's time.")
    String since;

    @Option(names = "--until", paramLabel = "WHEN", description = "Only the stories dated before WHEN.")
    String until;

    @Option(names = "--unread", description = "Only the stories not marked read.")
    boolean unread;

    @Option(names = "--starred", description = "Only the starred stories.")
    boolean starred;

    @Option(names = "--query", paramLabel = "TEXT",
            description = "Only the stories that hold every word and \"quoted phrase\" of TEXT, as search finds them.")
    String query;

    /** Null when absent: the command's own order. */
    @Option(names = {"-s", "--sort"}, paramLabel = "ORDER", converter = ListCommand.OrderConverter.class,
            description = "file, title, date (newest first) or feed (then newest first) (default: for list, "
                    + "list.sort of the preferences, built in: file; for search, best match first; else file).")
    StoryOrder sort;

    @Option(names = "--reverse", description = "In the opposite order.")
    boolean reverse;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Only the first N stories, after sorting.")
    Integer limit;

    /** True when {@code --unread} or {@code --starred} need the reading state. */
    boolean needsReadState() {
        return unread || starred;
    }

    /** The first option of the selection given, by name; null when none was. */
    String given() {
        Map<String, Boolean> options = new LinkedHashMap<>();
        options.put("--unread", unread);
        options.put("--starred", starred);
        options.put("--feed", !feeds.isEmpty());
        options.put("--folder", !folders.isEmpty());
        options.put("--tag", !tags.isEmpty());
        options.put("--since", since != null);
        options.put("--until", until != null);
        options.put("--query", query != null);
        options.put("--sort", sort != null);
        options.put("--reverse", reverse);
        options.put("--limit", limit != null);
        return options.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** {@link #select(Library, CommandContext, ReadState, StoryOrder)} in file order unless {@code --sort}. */
    List<StoryRef> select(Library library, CommandContext context, ReadState state) throws IOException {
        return select(library, context, state, StoryOrder.FILE);
    }

    /**
     * The stories of {@code library} this selection takes, in its order, at most {@code --limit}: what the command
     * then emits. None is not an error; on a terminal, stderr says so.
     *
     * @param state     the reading state; may be null unless {@link #needsReadState()}
     * @param byDefault the order without {@code --sort}
     * @throws LedeException with {@link ExitCode#USAGE} for a date that cannot be read, {@code --since} later than
     *                       {@code --until}, a feed, tag or folder the library does not know, a limit below 1
     */
    List<StoryRef> select(Library library, CommandContext context, ReadState state, StoryOrder byDefault)
            throws IOException {
        Predicate<StoryRef> keep = filter(library, context, state);
        List<StoryRef> kept = new ArrayList<>();
        for (StoryRef story : library.stories()) {
            if (keep.test(story)) {
                kept.add(story);
            }
        }
        List<StoryRef> chosen = limited(reversed((sort != null ? sort : byDefault).sort(kept)));
        if (chosen.isEmpty() && context.setup().stderrIsTerminal()) {
            context.err().println("lede: no story matches the selection");
        }
        return chosen;
    }

    /**
     * The hits of {@code ranked} whose stories this selection takes: best first unless {@code --sort}, at most
     * {@code --limit}.
     */
    List<Hit> hits(Library library, CommandContext context, ReadState state, List<Hit> ranked) throws IOException {
        Predicate<StoryRef> keep = filter(library, context, state);
        List<Hit> kept = ranked.stream().filter(hit -> keep.test(hit.ref())).toList();
        if (sort != null) {
            Map<StoryRef, Hit> byStory = new IdentityHashMap<>();
            kept.forEach(hit -> byStory.put(hit.ref(), hit));
            List<StoryRef> inFileOrder = library.stories().stream().filter(byStory::containsKey).toList();
            kept = sort.sort(inFileOrder).stream().map(byStory::get).toList();
        }
        return limited(reversed(kept));
    }

    private <T> List<T> reversed(List<T> items) {
        if (!reverse) {
            return items;
        }
        List<T> reversed = new ArrayList<>(items);
        Collections.reverse(reversed);
        return reversed;
    }

    private <T> List<T> limited(List<T> items) {
        return limit != null && items.size() > limit ? items.subList(0, limit) : items;
    }

    /** Every option as one test; what is wrong with an option is found before anything is read for the others. */
    private Predicate<StoryRef> filter(Library library, CommandContext context, ReadState state) throws IOException {
        if (checkpoint != null && checkpoint.active()) {
            checkpoint.checkpointName(); // a bad name is said before anything is read
        }
        if (limit != null && limit < 1) {
            throw new LedeException(ExitCode.USAGE, "--limit must be at least 1, not " + limit);
        }
        long from = since == null ? Long.MIN_VALUE : When.parse("--since", since, context.clock());
        long to = until == null ? Long.MAX_VALUE : When.parse("--until", until, context.clock());
        if (since != null && until != null && from > to) {
            throw new LedeException(ExitCode.USAGE, "--since " + since + " is later than --until " + until);
        }
        SearchQuery words = query == null ? null : parsed(query, "--query");
        List<Predicate<StoryRef>> tests = new ArrayList<>();
        if (!feeds.isEmpty()) {
            tests.add(byFeed(library, context));
        }
        if (!folders.isEmpty()) {
            tests.add(byFolder(library));
        }
        if (!tags.isEmpty()) {
            tests.add(byTag(library));
        }
        if (since != null || until != null) {
            tests.add(story -> story.time() >= from && story.time() < to);
        }
        if (unread) {
            tests.add(story -> !state.isRead(story.id()));
        }
        if (starred) {
            tests.add(story -> state.isStarred(story.id()));
        }
        if (words != null) {
            Set<StoryRef> found = Collections.newSetFromMap(new IdentityHashMap<>());
            search(library, context, words).forEach(hit -> found.add(hit.ref()));
            tests.add(found::contains);
        }
        Predicate<StoryRef> fresh = checkpoint == null ? null : checkpoint.newOnes(context);
        if (fresh != null) { // the stories a checkpoint has not emitted yet, before --limit takes the first ones
            tests.add(fresh);
        }
        @SuppressWarnings("unchecked")
        Predicate<StoryRef>[] all = tests.toArray(new Predicate[0]);
        return story -> {
            for (Predicate<StoryRef> test : all) {
                if (!test.test(story)) {
                    return false;
                }
            }
            return true;
        };
    }

    private Predicate<StoryRef> byFeed(Library library, CommandContext context) {
        Map<String, String> known = new TreeMap<>();
        for (StoryRef story : library.stories()) {
            if (story.feed() != null) {
                known.putIfAbsent(folded(story.feed()), story.feed());
            }
        }
        Set<String> wanted = new HashSet<>();
        List<Subscription> subscribed = null;
        for (String name : feeds) {
            wanted.add(folded(name));
            if (known.containsKey(folded(name))) {
                continue;
            }
            if (subscribed == null) {
                subscribed = subscriptions(context);
                subscribed.forEach(feed -> known.putIfAbsent(folded(feed.name()), feed.name()));
            }
            if (!known.containsKey(folded(name))) {
                throw new LedeException(ExitCode.USAGE, "--feed: no feed named '" + name + "'"
                        + offered(name, known.values(), "feeds", "no story of the library comes from a feed, and "
                        + "feeds.yml names none"));
            }
        }
        return story -> story.feed() != null && wanted.contains(folded(story.feed()));
    }

    private static List<Subscription> subscriptions(CommandContext context) {
        try {
            return context.subscriptions().load();
        } catch (FeedsException e) {
            throw FeedsCommand.failure(e);
        }
    }

    private Predicate<StoryRef> byTag(Library library) {
        Map<String, String> known = new TreeMap<>();
        for (StoryRef story : library.stories()) {
            for (String tag : story.tags()) {
                known.putIfAbsent(folded(tag), tag);
            }
        }
        Set<String> wanted = new HashSet<>();
        for (String tag : tags) {
            if (!known.containsKey(folded(tag))) {
                throw new LedeException(ExitCode.USAGE, "--tag: no story is tagged '" + tag + "'"
                        + offered(tag, known.values(), "tags", "no story of the library has a tag"));
            }
            wanted.add(folded(tag));
        }
        return story -> {
            for (String tag : story.tags()) {
                if (wanted.contains(folded(tag))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The library's folders {@code --folder} names; a story is in one when its file lies directly in it. */
    private Predicate<StoryRef> byFolder(Library library) {
        Map<Path, Path> absolute = new HashMap<>();
        for (Path dir : library.dirs()) {
            absolute.put(dir, normal(dir));
        }
        Set<Path> chosen = new HashSet<>();
        for (String name : folders) {
            Set<Path> named = named(name, library.dirs());
            if (named.isEmpty()) {
                throw new LedeException(ExitCode.USAGE, "--folder: '" + name + "' is not a folder of the library"
                        + " (folders: " + nearestFolders(name, library.dirs()) + ")");
            }
            chosen.addAll(named);
        }
        Map<Path, Boolean> parents = new HashMap<>();
        return story -> parents.computeIfAbsent(parent(story),
                parent -> chosen.contains(absolute.computeIfAbsent(parent, Selection::normal)));
    }

    /** The folders of {@code dirs}, absolute and normalised, that {@code name} names: by path, or by last name. */
    private static Set<Path> named(String name, List<Path> dirs) {
        Path given;
        try {
            given = Path.of(name);
        } catch (InvalidPathException e) {
            return Set.of();
        }
        Set<Path> named = new HashSet<>();
        Path wanted = name.isEmpty() ? null : normal(given);
        for (Path dir : dirs) {
            Path normal = normal(dir);
            if (normal.equals(wanted) || (given.getNameCount() == 1 && normal.getFileName() != null
                    && normal.getFileName().toString().equals(given.toString()))) {
                named.add(normal);
            }
        }
        return named;
    }

    /** The library's folders, those whose last name is nearest the last name of {@code name} first, at most 5. */
    private static String nearestFolders(String name, List<Path> dirs) {
        Map<String, List<Path>> byName = new TreeMap<>();
        for (Path dir : dirs) {
            byName.computeIfAbsent(lastName(dir), last -> new ArrayList<>()).add(dir);
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf(java.io.File.separatorChar));
        List<String> shown = new ArrayList<>();
        for (String last : Nearest.first(name.substring(slash + 1), byName.keySet(), OFFERED)) {
            byName.get(last).forEach(dir -> shown.add(dir.toString()));
        }
        return String.join(", ", shown.subList(0, Math.min(OFFERED, shown.size())))
                + (dirs.size() > Math.min(OFFERED, shown.size()) ? ", …" : "");
    }

    private static String lastName(Path dir) {
        Path last = normal(dir).getFileName();
        return last == null ? dir.toString() : last.toString();
    }

    private static Path parent(StoryRef story) {
        Path parent = story.path().getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static String folded(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@code " (feeds: bbc, nyt, …)"}: the known names nearest to {@code name} first, or why there are none. */
    private static String offered(String name, Collection<String> known, String what, String none) {
        if (known.isEmpty()) {
            return none.isEmpty() ? "" : " (" + none + ")";
        }
        List<String> nearest = Nearest.first(name, known, OFFERED);
        return " (" + what + ": " + String.join(", ", nearest) + (known.size() > nearest.size() ? ", …" : "") + ")";
    }

    /**
     * The words of a query, or a usage error saying why there are none to search for.
     *
     * @param what the query's name in a message: "the query", "--query"
     */
    static SearchQuery parsed(String text, String what) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            throw new LedeException(ExitCode.USAGE, what + " holds no word to search for");
        }
        if (query.isTooLong()) {
            throw new LedeException(ExitCode.USAGE, String.format(Locale.ROOT,
                    "%s holds %,d different words and phrases; lede searches at most %d",
                    what, query.clauses().size(), SearchQuery.MAX_CLAUSES));
        }
        return query;
    }

    /** Every story of {@code library} that holds the query, best first; a progress line while it indexes. */
    static List<Hit> search(Library library, CommandContext context, SearchQuery query) throws IOException {
        PrintWriter err = context.err();
        ProgressLine progress = context.setup().stderrIsTerminal() ? new ProgressLine(err, "indexing") : null;
        try {
            return new Search(library, context.cacheDir(), context.setup().build(),
                    progress == null ? LibraryLoader.Progress.NONE : progress).run(query);
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
    }

}
