package dev.lede.library;

import java.nio.file.Path;

/**
 * What the list of a library needs to know about one story, without its text. Open the story with
 * {@link Library#open(StoryRef)}.
 *
 * @param file     the file as shown to the user (in warnings and exports)
 * @param date     the front-matter date as written, or null
 * @param sections the number of sections
 */
public record StoryRef(String id, Path path, String file, String title, String date, int sections) {
}
