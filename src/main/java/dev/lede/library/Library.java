package dev.lede.library;

import dev.lede.story.Story;
import dev.lede.storyfile.Problem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stories of some folders, in file-name order, and the warnings loading gave. The list holds light
 * {@link StoryRef}s; {@link #open} gives a whole story.
 */
public final class Library {

    private final List<Path> dirs;
    private final List<StoryRef> stories;
    private final List<Problem> problems;
    private final int skipped;
    private final Map<String, StoryRef> byId = new HashMap<>();
    private final Map<StoryRef, Story> parsed;

    Library(List<Path> dirs, List<StoryRef> stories, List<Problem> problems, int skipped,
            Map<StoryRef, Story> parsed) {
        this.dirs = List.copyOf(dirs);
        this.stories = List.copyOf(stories);
        this.problems = List.copyOf(problems);
        this.skipped = skipped;
        this.parsed = Map.copyOf(parsed);
        stories.forEach(ref -> byId.put(ref.id(), ref));
    }

    public List<Path> dirs() {
        return dirs;
    }

    /** The stories in file-name order. */
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

    public Optional<StoryRef> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The whole story. */
    public Story open(StoryRef ref) {
        return parsed.get(ref);
    }

    /** Every story, opened in order; for exports. */
    public Iterable<Story> all() {
        return () -> stories.stream().map(this::open).iterator();
    }
}
