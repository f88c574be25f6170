package dev.lede.library;

import dev.lede.story.Story;
import dev.lede.storyfile.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The loaded stories of some folders, in file-name order, and the warnings loading gave.
 *
 * @param skipped how many files were skipped (each has at least one problem)
 */
public record Library(List<Path> dirs, List<Story> stories, List<Problem> problems, int skipped) {

    public Library {
        dirs = List.copyOf(dirs);
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }

    public Optional<Story> find(String id) {
        return Optional.ofNullable(byId().get(id));
    }

    private Map<String, Story> byId() {
        return stories.stream().collect(Collectors.toMap(Story::id, Function.identity()));
    }
}
