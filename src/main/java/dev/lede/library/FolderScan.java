package dev.lede.library;

import dev.lede.library.cache.FileStamp;
import dev.lede.library.cache.FolderCache;
import dev.lede.storyfile.Problem;
import dev.lede.storyfile.StoryIds;
import dev.lede.storyfile.StoryLimits;
import dev.lede.storyfile.StoryParser;
import dev.lede.storyfile.Summary;
import dev.lede.storyfile.SummaryResult;
import dev.lede.text.TextCleaner;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * One scan of one library folder: which {@code .txt} files it holds and the summary of each, taken from the cache
 * where the cache provably still holds the file's content, read and summarised afresh everywhere else.
 *
 * <p>When is a cached entry used? Only when the file's stamp (size, mtime, identity: one stat) equals the cached
 * stamp <em>and</em> the file had last changed well before the scan that cached it (see
 * {@link FileStamp#settledBefore}); otherwise a change in the same clock tick as the cached read could go unseen.
 * The list of names is taken from the cache, without reading the folder, under the same rule applied to the
 * folder's own stamp: adding, removing or renaming a file changes the folder's mtime (and inode, when the folder
 * itself is replaced). An edit in place does not, which is why every file is still stat'ed on every scan.
 */
final class FolderScan {

    /**
     * One file of the folder: its name, its story (null when skipped), its problems, and a number that changes
     * whenever the file does (0 when the file changed too recently for its stamp to be trusted).
     */
    record Scanned(String name, StoryRef ref, List<Problem> problems, long version) {
    }

    /**
     * What Java makes of bytes in a file name that its character set cannot decode (U+FFFD): the name, encoded again,
     * is not the file's.
     */
    private static final char UNDECODABLE = '\uFFFD';

    /** Below this many files one thread does it all: starting the fork-join pool costs more than it saves. */
    private static final int PARALLEL_FROM = 64;

    private final Path dir;
    private final FolderCache cache;
    private final StoryLimits limits;
    private boolean trusted;
    private final Shared shared = new Shared();

    /** @param cache the list cache, or null; it must have been made for the same {@code limits} */
    FolderScan(Path dir, FolderCache cache, StoryLimits limits) {
        this.dir = dir;
        this.cache = cache;
        this.limits = limits;
    }

    /** Scans the folder, counting each file looked at in {@code count}: every file is stat'ed. */
    List<Scanned> scan(Count count) throws LibraryException {
        return scan(count, false);
    }

    /**
     * Scans the folder; with {@code trust}, when the folder's own stamp says its names are those of the cache, takes
     * each settled cached entry as it is, without stat'ing its file (see {@link #trusted()}).
     */
    List<Scanned> scan(Count count, boolean trust) throws LibraryException {
        long scanStart = nowNanos();
        FileStamp folder = folderStamp();
        FolderCache.Snapshot old = cache == null ? null : cache.read(dir);
        boolean sameNames = old != null && old.folder().equals(folder) && folder.settledBefore(old.scanStart());
        String[] names = sameNames ? names(old) : listNames();
        int[] previous = sameNames ? identity(names.length) : match(names, old);
        trusted = trust && sameNames;
        FolderCache.Entry[] fresh = new FolderCache.Entry[names.length];
        Scanned[] scanned = new Scanned[names.length];
        count.expect(names.length);
        IntConsumer scanOne = i -> {
            Path path = pathOf(names[i]);
            FolderCache.Entry entry = trusted && path != null ? old.entry(previous[i], names[i]) : null;
            if (entry != null && entry.stamp().settledBefore(old.scanStart())) {
                scanned[i] = scanned(path.toString(), path, entry, scanStart);
                count.done();
                return;
            }
            FileStamp stamp = path == null ? FileStamp.NONE : stat(path);
            if (path == null) {
                entry = skipped(names[i], stamp, "skipped: its name cannot be written in the character set of the"
                        + " locale, so lede cannot open it; run lede under a UTF-8 locale (LC_ALL=C.UTF-8)");
                fresh[i] = entry;
            } else if (previous[i] >= 0 && old.hasStamp(previous[i], stamp)
                    && stamp.settledBefore(old.scanStart())) {
                entry = old.entry(previous[i], names[i]);
            } else {
                entry = read(names[i], path, stamp);
                fresh[i] = entry;
            }
            scanned[i] = scanned(path == null ? dir + File.separator + names[i] : path.toString(), path, entry,
                    scanStart);
            count.done();
        };
        if (names.length < PARALLEL_FROM) {
            for (int i = 0; i < names.length; i++) {
                scanOne.accept(i);
            }
        } else {
            IntStream.range(0, names.length).parallel().forEach(scanOne);
        }
        if (cache != null && !trusted && (!sameNames || anyFresh(fresh))) {
            writeCache(folder, scanStart, old, previous, fresh);
        }
        return Arrays.asList(scanned);
    }

    /**
     * True when the last {@link #scan(Count, boolean) scan} trusted the cache: its stories are those of the files as
     * last checked, and a file edited in place since then is listed as it was (the caller checks it later).
     */
    boolean trusted() {
        return trusted;
    }

    private static boolean anyFresh(FolderCache.Entry[] fresh) {
        for (FolderCache.Entry entry : fresh) {
            if (entry != null) {
                return true;
            }
        }
        return false;
    }

    private static int[] identity(int length) {
        int[] indexes = new int[length];
        for (int i = 0; i < length; i++) {
            indexes[i] = i;
        }
        return indexes;
    }

    /** Files looked at so far, out of those of the folders listed so far, told to a progress. */
    static final class Count {
        private final LibraryLoader.Progress progress;
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;

        Count(LibraryLoader.Progress progress) {
            this.progress = progress;
        }

        void expect(int more) {
            total += more;
        }

        void done() {
            progress.update(done.incrementAndGet(), total);
        }
    }

    /** The next snapshot: fresh entries written out, the others copied byte for byte from the last one. */
    private void writeCache(FileStamp folder, long scanStart, FolderCache.Snapshot old, int[] previous,
                            FolderCache.Entry[] fresh) {
        FolderCache.Writer writer = new FolderCache.Writer(folder, scanStart, fresh.length);
        for (int i = 0; i < fresh.length; i++) {
            if (fresh[i] != null) {
                writer.add(fresh[i]);
            } else {
                writer.copy(old, previous[i]);
            }
        }
        cache.write(dir, writer);
    }

    /**
     * The path of a name the folder listed, or null when the locale's character set cannot write it (Java decoded
     * it as something else, so the file cannot be opened by that name).
     */
    private Path pathOf(String name) {
        try {
            return dir.resolve(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static FileStamp stat(Path path) {
        try {
            return FileStamp.of(path);
        } catch (IOException | SecurityException e) {
            return FileStamp.NONE;
        }
    }

    private FolderCache.Entry read(String name, Path path, FileStamp stamp) {
        if (stamp == FileStamp.NONE) {
            return skipped(name, stamp, "skipped: " + whyNoStat(path, name));
        }
        if (!stamp.regular()) {
            return skipped(name, stamp, "skipped: not a regular file");
        }
        byte[] bytes;
        try {
            bytes = limits.read(path);
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            return skipped(name, stamp, "skipped: cannot read: " + LibraryLoader.reason(e));
        }
        SummaryResult result = StoryParser.summarize(bytes, "", limits);
        List<FolderCache.CachedProblem> problems = new ArrayList<>(result.problems().size());
        for (Problem problem : result.problems()) {
            problems.add(new FolderCache.CachedProblem(problem.line(), problem.message()));
        }
        return new FolderCache.Entry(name, stamp, result.summary(), problems);
    }

    /**
     * Why a file could not be stat'ed (gone, a symlink loop …): the stat again, for its exception. A file listed by a
     * name holding {@link #UNDECODABLE} and not found by it is one whose name is not valid UTF-8.
     */
    private static String whyNoStat(Path path, String name) {
        try {
            FileStamp.of(path);
            return "cannot read: it changed while the folder was read";
        } catch (NoSuchFileException e) {
            return name.indexOf(UNDECODABLE) >= 0
                    ? "its name is not valid UTF-8, so lede cannot open it; rename the file"
                    : "cannot read: " + LibraryLoader.reason(e);
        } catch (IOException | SecurityException e) {
            return "cannot read: " + LibraryLoader.reason(e);
        }
    }

    private static FolderCache.Entry skipped(String name, FileStamp stamp, String message) {
        return new FolderCache.Entry(name, stamp, null, List.of(new FolderCache.CachedProblem(0, message)));
    }

    /**
     * The story and problems of one file, labelled with its path as the user named the folder, as it is; {@code path}
     * is null when the file cannot be opened by its name.
     */
    private Scanned scanned(String label, Path path, FolderCache.Entry entry, long scanStart) {
        List<Problem> problems = List.of();
        if (!entry.problems().isEmpty()) {
            problems = new ArrayList<>(entry.problems().size());
            for (FolderCache.CachedProblem problem : entry.problems()) {
                problems.add(new Problem(label, problem.line(), problem.message()));
            }
        }
        Summary summary = entry.summary();
        StoryRef ref = summary == null ? null : StoryRef.inFolder(dir, entry.name(),
                StoryIds.fromFileName(entry.name()), summary.title(), summary.date(), summary.sections(), summary.url(),
                shared.of(new StoryRef.Meta(summary.feed(), summary.author(), summary.tags())), summary.time() != Summary.NO_TIME ? summary.time() : Math.floorDiv(entry.stamp().mtime(), 1_000_000L));
        long version = entry.stamp().settledBefore(scanStart) ? version(entry.stamp(), entry.name()) : 0;
        return new Scanned(entry.name(), ref, problems, version);
    }

    /**
     * Mixes the stamp and the file name into one number, never 0 (the name, not the path: the same folder spelled
     * {@code lib} or {@code /home/me/lib} must give the same versions, or every search would re-index it); a 64-bit
     * finaliser makes near stamps give far numbers.
     */
    static long version(FileStamp stamp, String name) {
        long h = name.hashCode();
        h = mix(h ^ stamp.size());
        h = mix(h ^ stamp.mtime());
        h = mix(h ^ stamp.identity());
        return h == 0 ? 1 : h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static String[] names(FolderCache.Snapshot snapshot) {
        String[] names = new String[snapshot.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = snapshot.name(i);
        }
        return names;
    }

    /** For each name, the index of the snapshot entry of the same name (both are in name order), or -1. */
    private static int[] match(String[] names, FolderCache.Snapshot old) {
        int[] matched = new int[names.length];
        Arrays.fill(matched, -1);
        if (old == null) {
            return matched;
        }
        int j = 0;
        String oldName = old.size() > 0 ? old.name(0) : null;
        for (int i = 0; i < names.length && oldName != null; i++) {
            while (oldName != null && oldName.compareTo(names[i]) < 0) {
                oldName = ++j < old.size() ? old.name(j) : null;
            }
            if (names[i].equals(oldName)) {
                matched[i] = j;
            }
        }
        return matched;
    }

    private FileStamp folderStamp() throws LibraryException {
        String shown = TextCleaner.escaped(dir.toString());
        FileStamp stamp;
        try {
            stamp = FileStamp.of(dir);
        } catch (NoSuchFileException e) {
            throw new LibraryException("library folder not found: " + shown);
        } catch (IOException | SecurityException e) {
            throw new LibraryException("cannot read library folder " + shown + ": " + LibraryLoader.reason(e));
        }
        if (!Files.isDirectory(dir)) {
            throw new LibraryException("not a folder: " + shown);
        }
        return stamp;
    }

    /** The folder's {@code .txt} files that are not hidden, in name order. */
    private String[] listNames() throws LibraryException {
        String[] all = dir.toFile().list();
        if (all == null) {
            throw new LibraryException("cannot read library folder " + TextCleaner.escaped(dir.toString()) + ": "
                    + whyUnreadable());
        }
        List<String> names = new ArrayList<>(all.length);
        for (String name : all) {
            if (name.endsWith(".txt") && !name.startsWith(".")) {
                names.add(name);
            }
        }
        String[] sorted = names.toArray(new String[0]);
        Arrays.sort(sorted);
        return sorted;
    }

    /** {@link File#list} gives no reason; ask again the way that does. */
    private String whyUnreadable() {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            return "unknown error";
        } catch (IOException | SecurityException e) {
            return LibraryLoader.reason(e);
        }
    }

    static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
