package dev.lede.story;

import java.util.List;
import java.util.Map;

/**
 * One parsed story.
 *
 * @param id       the id taken from the file name
 * @param file     the file the story was read from, as the library named it
 * @param title    the first paragraph, verbatim
 * @param lede     the second paragraph when it is plain, otherwise empty
 * @param meta     front-matter keys and values; empty when the file had none
 * @param sections the sections in file order
 */
public record Story(String id, String file, String title, String lede, Map<String, Object> meta,
                    List<Section> sections) {

    public Story {
        meta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
        sections = List.copyOf(sections);
    }

    public int quoteCount() {
        return sections.stream().mapToInt(Section::quoteCount).sum();
    }
}
