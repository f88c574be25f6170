package dev.lede.library;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The orders a list of stories can be shown in, by the names preferences and options use. */
public enum StoryOrder {
    /** File-name order, as the library loads them. */
    FILE,
    /** By title, ignoring case and accents. */
    TITLE,
    /** Newest first by {@link StoryRef#time}: the front-matter date, else when the story arrived. */
    DATE,
    /** By feed name, ignoring case and accents (stories of no feed last), then newest first. */
    FEED;

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
        Comparator<StoryRef> newest = Comparator.comparingLong(StoryRef::time).reversed();
        return switch (this) {
            case TITLE -> Comparator.comparing(StoryRef::title, collator());
            case FEED -> Comparator.comparing(StoryRef::feed, Comparator.nullsLast(collator())).thenComparing(newest);
            default -> newest;
        };
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return collator;
    }
}
