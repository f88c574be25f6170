package dev.lede.export;

import dev.lede.story.Story;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-line summary of a story's front matter shown under its title: {@code date · source · author · tags}. */
public final class Metadata {

    private static final List<String> SHOWN = List.of("date", "source", "author", "tags", "url");

    private Metadata() {
    }

    public static String line(Story story) {
        Map<String, Object> meta = story.meta();
        return SHOWN.stream()
                .filter(key -> meta.get(key) != null)
                .map(key -> text(meta.get(key)))
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
