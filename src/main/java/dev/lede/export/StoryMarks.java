package dev.lede.export;

/**
 * Which stories are read and starred, for the {@code read} and {@code starred} fields of the JSON formats; the
 * export package knows nothing of where that is kept.
 */
public interface StoryMarks {

    boolean isRead(String id);

    boolean isStarred(String id);
}
