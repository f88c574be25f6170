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
        List<FolderScan.Scanned> found = new ArrayList<>();
        FolderScan.Count count = new FolderScan.Count(progress);
        for (Path dir : dirs) {
            found.addAll(new FolderScan(dir, cache, limits).scan(count));
        }
        if (dirs.size() > 1) {
            found.sort(Comparator.comparing(FolderScan.Scanned::name));
        }
        return assemble(dirs, found);
    }

    private Library assemble(List<Path> dirs, List<FolderScan.Scanned> found) {
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
            StoryRef first = byId.putIfAbsent(ref);
            if (first != null) {
                problems.add(new Problem(ref.file(), 0,
                        "skipped: id '" + ref.id() + "' is already used by " + first.file()));
                skipped++;
                continue;
            }
            versions[stories.size()] = scanned.version();
            stories.add(ref);
        }
        return new Library(dirs, limits, stories, problems, skipped, byId, Arrays.copyOf(versions, stories.size()));
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
