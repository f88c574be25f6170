package dev.lede.library;

import java.nio.file.Path;

/**
 * What the list of a library needs to know about one story, without its text. Open the story with
 * {@link Library#open(StoryRef)}.
 *
 * @param id       the id ({@link dev.lede.storyfile.StoryIds}): one line of visible text
 * @param file     the file's path as the user named its folder, as it is (JSON gives it so; messages escape it)
 * @param date     the front-matter date as written, or null
 * @param sections the number of sections
 */
public record StoryRef(String id, Path path, String file, String title, String date, int sections) {
}
