package dev.lede.storyfile;

/**
 * What a list shows of a story, as {@link StoryParser#parse} would give it.
 *
 * @param title    the first paragraph
 * @param date     the front-matter date as written, or null
 * @param sections the number of sections
 */
public record Summary(String title, String date, int sections) {
}
