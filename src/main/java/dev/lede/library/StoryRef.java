package dev.lede.library;

import java.nio.file.Path;
import java.util.List;

/**
 * What the list of a library needs to know about one story, without its text: enough to show it, order it and
 * choose it. Open the story with {@link Library#open(StoryRef)}.
 *
 * @param id       the id ({@link dev.lede.storyfile.StoryIds}): one line of visible text
 * @param file     the file's path as the user named its folder, as it is (JSON gives it so; messages escape it)
 * @param date     the front-matter date as written, or null
 * @param sections the number of sections
 * @param feed     the front-matter {@code feed} (the name {@code lede fetch} gave the feed), or null
 * @param url      the front-matter {@code url}, or null
 * @param author   the front-matter {@code author}, or null
 * @param tags     the front-matter {@code tags}, never null
 * @param time     when the story is from, in milliseconds since the epoch: its front-matter {@code date} when that
 *                 reads ({@link dev.lede.storyfile.StoryDates}), else its {@code fetched}, else the file's
 *                 modification time (when it arrived in the library)
 */
public record StoryRef(String id, Path path, String file, String title, String date, int sections, String feed,
                       String url, String author, List<String> tags, long time) {

    public StoryRef {
        tags = List.copyOf(tags);
    }

    /** A story without front matter, of no particular time (tests). */
    public StoryRef(String id, Path path, String file, String title, String date, int sections) {
        this(id, path, file, title, date, sections, null, null, null, List.of(), 0);
    }
}
