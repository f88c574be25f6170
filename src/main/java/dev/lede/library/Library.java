package dev.lede.library;

import dev.lede.library.cache.FileStamp;
import dev.lede.story.Paragraph;
import dev.lede.story.Section;
import dev.lede.story.Story;
import dev.lede.storyfile.ParseResult;
import dev.lede.storyfile.Problem;
import dev.lede.storyfile.StoryLimits;
import dev.lede.storyfile.StoryParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The stories of some folders, in file-name order, and the warnings loading gave. The list holds light
 * {@link StoryRef}s; {@link #open} reads and parses one story when it is needed, so a library of 100,000 stories
 * holds only their titles in memory.
 */
public final class Library {

    private final List<Path> dirs;
    private final StoryLimits limits;
    private final List<StoryRef> stories;
    private final List<Problem> problems;
    private final int skipped;
    private final IdIndex byId;
    private final long[] versions;
    private final boolean checked;
    private final boolean partial;
    private final String lists;

    Library(List<Path> dirs, StoryLimits limits, List<StoryRef> stories, List<Problem> problems, int skipped,
            IdIndex byId, long[] versions, boolean checked, boolean partial, String lists) {
        this.dirs = List.copyOf(dirs);
        this.limits = limits;
        this.stories = List.copyOf(stories);
        this.problems = List.copyOf(problems);
        this.skipped = skipped;
        this.byId = byId;
        this.versions = versions;
        this.checked = checked;
        this.partial = partial;
        this.lists = lists;
    }

    public List<Path> dirs() {
        return dirs;
    }

    /**
     * The same library with its stories in another order (each keeps its {@link #version}); this one when the order
     * is already file-name order.
     */
    public Library sorted(StoryOrder order) {
        List<StoryRef> sorted = order.sort(stories);
        return sorted == stories ? this : with(sorted);
    }

    /**
     * The same library with only {@code chosen} of its stories, in that order (each keeps its {@link #version};
     * {@link #find} still finds every story): for a command that exports the stories a selection chose.
     *
     * @throws IllegalArgumentException when one of them is not a story this library loaded (one {@link #find} finds)
     */
    public Library with(List<StoryRef> chosen) {
        long[] reordered = new long[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            reordered[i] = byId.version(indexOf(chosen.get(i)));
        }
        return new Library(dirs, limits, chosen, problems, skipped, byId, reordered, checked, partial, lists);
    }

    /** Where the story is among those loaded ({@link #find} finds it). */
    private int indexOf(StoryRef ref) {
        int at = byId.indexOf(ref);
        if (at < 0) {
            throw new IllegalArgumentException("not a story of this library: " + ref.file());
        }
        return at;
    }

    /**
     * The same library with only the stories {@code keep} accepts (each keeps its {@link #version}; {@link #find}
     * still finds every story); this one when it accepts them all.
     */
    public Library only(Predicate<StoryRef> keep) {
        List<StoryRef> kept = new ArrayList<>();
        long[] keptVersions = new long[stories.size()];
        for (int i = 0; i < stories.size(); i++) {
            if (keep.test(stories.get(i))) {
                keptVersions[kept.size()] = versions[i];
                kept.add(stories.get(i));
            }
        }
        return kept.size() == stories.size() ? this : new Library(dirs, limits, kept, problems, skipped, byId,
                Arrays.copyOf(keptVersions, kept.size()), checked, partial, lists);
    }

    /** The stories in file-name order, unless {@link #sorted} gave another. */
    public List<StoryRef> stories() {
        return stories;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** How many files were skipped; each has at least one problem. */
    public int skipped() {
        return skipped;
    }

    /**
     * A number that changes whenever the file of story {@code index} changes (it mixes the file's name, size, mtime
     * and identity as the library was loaded); for indexes that must know which stories to read again. It is 0 when
     * the file changed within seconds of loading, too recently for its stamp to prove anything: read it again.
     */
    public long version(int index) {
        return versions[index];
    }

    /**
     * True when every file was stat'ed as the library was read; false when it was read {@link
     * LibraryLoader#readTrusting trusting the cache}, so that a story edited in place since the cache was written is
     * listed as it was until {@link #changed} or a checked read finds it.
     */
    public boolean checked() {
        return checked;
    }

    /**
     * True when this is not every story of its folders but some a search's index found ({@link
     * LibraryLoader#partial}): nothing may take a story missing from it for a story gone from the folders.
     */
    public boolean partial() {
        return partial;
    }

    /**
     * What proves that a later {@link LibraryLoader#readTrusting trusting read} of the same folders would list the
     * same stories ({@link LibraryLoader#listsStamp}), taken right after this one; null when nothing can, or when
     * some file was skipped (its warning would go unsaid).
     */
    public String listsStamp() {
        return lists;
    }

    /**
     * True when the file of this story of the library is not the one that was listed: changed, replaced or gone since
     * the library was read, or changed too recently then to be sure (one {@code stat}).
     *
     * @throws IllegalArgumentException when it is not a story this library loaded (one {@link #find} finds)
     */
    public boolean changed(StoryRef ref) {
        long version = byId.version(indexOf(ref));
        if (version == 0) {
            return true;
        }
        try {
            FileStamp now = FileStamp.of(ref.path());
            return FolderScan.version(now, ref.path().getFileName().toString()) != version;
        } catch (IOException | SecurityException e) {
            return true;
        }
    }

    public Optional<StoryRef> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The story as its file holds it now, or, when the file can no longer be read as a story (deleted or changed
     * since the library was loaded), a stand-in with the listed title and one paragraph saying why.
     */
    public Story open(StoryRef ref) {
        return open(ref, problem -> { });
    }

    /** Like {@link #open(StoryRef)}, telling {@code failed} why whenever it gives the stand-in. */
    public Story open(StoryRef ref, Consumer<Problem> failed) {
        ParseResult result = parse(ref);
        if (result.story() != null) {
            return result.story();
        }
        Problem why = result.problems().isEmpty() ? new Problem(ref.file(), 0, "unknown reason")
                : result.problems().get(0);
        failed.accept(why);
        String said = ref.path() != null && Files.notExists(ref.path())
                ? "(lede could not read this story: its file is gone, deleted or renamed after the list was read)"
                : "(lede could not read this story: " + why.message() + ")";
        return new Story(ref.id(), ref.file(), ref.title(), "", Map.of(), List.of(new Section(null,
                List.of(new Paragraph(said)))));
    }

    /** Reads and parses the story's file now: the story, or why not, with the parser's warnings. */
    public ParseResult parse(StoryRef ref) {
        return parse(ref.path(), ref.file(), ref.id(), limits);
    }

    static ParseResult parse(Path path, String file, String id, StoryLimits limits) {
        byte[] bytes;
        try {
            if (!Files.readAttributes(path, BasicFileAttributes.class).isRegularFile()) {
                return new ParseResult(null, List.of(new Problem(file, 0, "skipped: not a regular file")));
            }
            bytes = limits.read(path);
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            return new ParseResult(null, List.of(new Problem(file, 0,
                    "skipped: cannot read: " + LibraryLoader.reason(e))));
        }
        return StoryParser.parse(bytes, file, id, limits);
    }

    /**
     * Every story, opened in order; for exports. Stories are read and parsed a little ahead on other threads, and
     * only a bounded window of them is held at a time.
     */
    public Iterable<Story> all() {
        return all(problem -> { });
    }

    /** Like {@link #all()}, telling {@code failed} (from any thread) why a story is a stand-in. */
    public Iterable<Story> all(Consumer<Problem> failed) {
        return map(story -> story, failed);
    }

    /**
     * Every story, opened and passed through {@code work} on other threads a few batches ahead, the results in
     * library order: for exports whose stories can be written each on its own (JSON Lines).
     */
    public <T> Iterable<T> map(Function<? super Story, ? extends T> work) {
        return map(work, problem -> { });
    }

    /**
     * Like {@link #map(Function)}, telling {@code failed} why a story could not be read and was passed to
     * {@code work} as a stand-in; called from the read-ahead threads, so it must be thread-safe.
     */
    public <T> Iterable<T> map(Function<? super Story, ? extends T> work, Consumer<Problem> failed) {
        return () -> new ReadAhead<>(this, stories, work, failed);
    }
}
