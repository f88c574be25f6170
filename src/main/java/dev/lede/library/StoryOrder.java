package dev.lede.library;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The orders a list of stories can be shown in, by the names preferences use. */
public enum StoryOrder {
    /** File-name order, as the library loads them. */
    FILE,
    /** By title, ignoring case and accents. */
    TITLE,
    /** Newest first by front-matter date; stories without a date last. */
    DATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stories in this order; ties keep file-name order. */
    public List<StoryRef> sort(List<StoryRef> stories) {
        if (this == FILE) {
            return stories;
        }
        List<StoryRef> sorted = new ArrayList<>(stories);
        sorted.sort(comparator());
        return List.copyOf(sorted);
    }

    private Comparator<StoryRef> comparator() {
        if (this == TITLE) {
            Collator collator = Collator.getInstance(Locale.ROOT);
            collator.setStrength(Collator.PRIMARY);
            return Comparator.comparing(StoryRef::title, collator);
        }
        // ISO dates (2025-01-31, 2025-01-31T08:00Z) sort as text.
        return Comparator.comparing(StoryRef::date, Comparator.nullsLast(Comparator.<String>reverseOrder()));
    }
}
