package dev.lede.library;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each front matter ({@link StoryRef.Meta}: feed name, author, tags) that the stories of a folder repeat,
 * so a million stories of a hundred feeds hold a hundred feed names. Thread-safe (a scan summarises files in parallel); after {@link #LIMIT}
 * different values it keeps no more, so a folder whose every story has its own author costs no table of them.
 */
final class Shared {

    static final int LIMIT = 4096;

    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    /** The copy of {@code value} held already, else {@code value} (null for null). */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        Object held = values.size() < LIMIT ? values.putIfAbsent(value, value) : values.get(value);
        return held == null ? value : (T) held;
    }
}
