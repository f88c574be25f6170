package dev.lede.storyfile;

import dev.lede.story.Story;
import java.util.List;

/**
 * What reading one file gave.
 *
 * @param story    the story, or null when the file was skipped
 * @param problems warnings, in file order
 */
public record ParseResult(Story story, List<Problem> problems) {

    public ParseResult {
        problems = List.copyOf(problems);
    }

    public boolean skipped() {
        return story == null;
    }
}
