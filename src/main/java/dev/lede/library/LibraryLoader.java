package dev.lede.library;

import dev.lede.library.cache.FileStamp;
import dev.lede.library.cache.FolderCache;
import dev.lede.storyfile.Problem;
import dev.lede.storyfile.StoryLimits;
import dev.lede.text.TextCleaner;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Loads the list of every {@code .txt} story of some folders: light {@link StoryRef}s (title, id, date, section
 * count) in file-name order, read in parallel, through the list cache when there is one. Stories are parsed whole
 * only when {@link Library#open opened}.
 */
public final class LibraryLoader {

    /** Told how far loading has come; called from loading threads, so it must be thread-safe and quick. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    private final FolderCache cache;
    private final StoryLimits limits;
    private final Progress progress;

    /**
     * @param cacheDir the cache folder (e.g. {@code ~/.cache/lede}), or null for no cache
     * @param build    identifies this build of lede; caches written by another build are ignored
     * @param limits   the size limit per story file, for listing and for every later {@link Library#open}
     * @param progress told how many files have been looked at
     */
    public LibraryLoader(Path cacheDir, String build, StoryLimits limits, Progress progress) {
        this.cache = cacheDir == null ? null : new FolderCache(cacheDir, build, limits);
        this.limits = limits;
        this.progress = progress;
    }

    /** Loads without a cache, under the default limits. */
    public static Library load(List<Path> dirs) throws LibraryException {
        return new LibraryLoader(null, "", StoryLimits.DEFAULT, Progress.NONE).read(dirs);
    }

    /** Loads the stories of these folders; the cache only ever saves work, it never changes the result. */
    public Library read(List<Path> dirs) throws LibraryException {
        return read(dirs, false);
    }

    /**
     * Loads the stories of these folders as the cache last saw them, without a {@code stat} per file wherever a
     * folder's own stamp shows that its names have not changed since (a story added, removed or renamed changes it):
     * what the reader shows at once and what a search starts from. A file edited in place since is listed as it
     * was; such a library is not {@link Library#checked()}, and {@link Library#changed} tells a story that changed.
     */
    public Library readTrusting(List<Path> dirs) throws LibraryException {
        return read(dirs, true);
    }

    private Library read(List<Path> dirs, boolean trust) throws LibraryException {
        long start = FolderScan.nowNanos();
        List<FolderScan.Scanned> found = new ArrayList<>();
        FolderScan.Count count = new FolderScan.Count(progress);
        boolean checked = true;
        for (Path dir : dirs) {
            FolderScan scan = new FolderScan(dir, cache, limits);
            found.addAll(scan.scan(count, trust));
            checked &= !scan.trusted();
        }
        if (dirs.size() > 1) {
            found.sort(Comparator.comparing(FolderScan.Scanned::name));
        }
        return assemble(dirs, found, checked, start);
    }

    /**
     * The stamps of these folders and of their list cache files, which a {@link #readTrusting trusting read} lists
     * the stories of: while they are the same, so is what it lists. Null when there is no cache, a folder changed
     * within {@link FileStamp#RACY_WINDOW_NANOS} of {@code since} (nanoseconds since the epoch; a file added in the
     * same clock tick could go unseen), or a stamp cannot be read.
     */
    public String listsStamp(List<Path> dirs, long since) {
        if (cache == null) {
            return null;
        }
        StringBuilder stamp = new StringBuilder();
        try {
            for (Path dir : dirs) {
                FileStamp folder = FileStamp.of(dir);
                FileStamp list = FileStamp.of(cache.fileFor(dir));
                if (!folder.settledBefore(since) || !list.regular()) {
                    return null;
                }
                stamp.append(folder).append(list).append('\n');
            }
        } catch (IOException | SecurityException e) {
            return null;
        }
        return stamp.toString();
    }

    /** {@link #listsStamp(List, long)} as of now. */
    public String listsStamp(List<Path> dirs) {
        return listsStamp(dirs, FolderScan.nowNanos());
    }

    /**
     * A library of only these stories of the folders, with the versions their files had (a search answered from its
     * index): {@link Library#partial}, never {@link Library#checked}; {@link Library#changed} checks each.
     */
    public Library partial(List<Path> dirs, List<StoryRef> stories, long[] versions) {
        IdIndex byId = new IdIndex(stories.size());
        for (int i = 0; i < stories.size(); i++) {
            byId.putIfAbsent(stories.get(i), versions[i]);
        }
        return new Library(dirs, limits, stories, List.of(), 0, byId, versions.clone(), false, true, null);
    }

    private Library assemble(List<Path> dirs, List<FolderScan.Scanned> found, boolean checked, long start) {
        List<StoryRef> stories = new ArrayList<>(found.size());
        long[] versions = new long[found.size()];
        List<Problem> problems = new ArrayList<>();
        IdIndex byId = new IdIndex(found.size());
        int skipped = 0;
        for (FolderScan.Scanned scanned : found) {
            problems.addAll(scanned.problems());
            StoryRef ref = scanned.ref();
            if (ref == null) {
                skipped++;
                continue;
            }
            StoryRef first = byId.putIfAbsent(ref, scanned.version());
            if (first != null) {
                problems.add(new Problem(ref.file(), 0,
                        "skipped: id '" + ref.id() + "' is already used by " + first.file()));
                skipped++;
                continue;
            }
            versions[stories.size()] = scanned.version();
            stories.add(ref);
        }
        String lists = problems.isEmpty() ? listsStamp(dirs, start) : null;
        return new Library(dirs, limits, stories, problems, skipped, byId, Arrays.copyOf(versions, stories.size()),
                checked, false, lists);
    }

    /**
     * Why a file or folder could not be read, in words and without its path (warnings are labelled with the file
     * already): {@code no such file or folder}, {@code permission denied}, the system's reason ({@code Too many levels
     * of symbolic links …}, {@code Input/output error}), else the kind of failure and its message.
     */
    static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return TextCleaner.clean(f.getReason()).strip();
        }
        String message = e.getMessage();
        if (e instanceof IOException && message != null) {
            return TextCleaner.clean(message).strip();
        }
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return TextCleaner.clean(message == null ? kind : kind + " " + message).strip();
    }
}
