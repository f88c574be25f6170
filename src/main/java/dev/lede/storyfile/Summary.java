package dev.lede.storyfile;

import java.util.List;

/**
 * What a list shows and selects of a story, as {@link StoryParser#parse} would give it.
 *
 * @param title    the first paragraph
 * @param date     the front-matter date as written, or null
 * @param sections the number of sections
 * @param feed     the front-matter {@code feed}, or null
 * @param url      the front-matter {@code url}, or null
 * @param author   the front-matter {@code author}, or null
 * @param tags     the front-matter {@code tags} (a list or one value), never null
 * @param time     the front-matter {@code date}, else {@code fetched}, as milliseconds since the epoch
 *                 ({@link StoryDates}); {@link #NO_TIME} when neither reads
 */
public record Summary(String title, String date, int sections, String feed, String url, String author,
                      List<String> tags, long time) {

    /** The time of a story whose front matter gives none: the library uses the file's modification time. */
    public static final long NO_TIME = Long.MIN_VALUE;

    public Summary {
        tags = List.copyOf(tags);
    }

    /** A story without front matter. */
    public Summary(String title, String date, int sections) {
        this(title, date, sections, null, null, null, List.of(), NO_TIME);
    }
}
