package dev.lede.library;

/**
 * The stories of a library by id: an open-addressing table of indexes into one array, with each id's hash kept
 * beside it, instead of a {@code HashMap} node and an id string per story. Filled once while loading, then only read.
 */
final class IdIndex {

    private final StoryRef[] refs;
    /** Each story's {@link Library#version} as it was loaded. */
    private final long[] versions;
    private final int[] hashes;
    /** Index + 1 into {@link #refs}, 0 where free; a power of two at least twice the stories, probed linearly. */
    private final int[] slots;
    private int size;

    /** @param capacity how many stories at most will be added */
    IdIndex(int capacity) {
        refs = new StoryRef[capacity];
        versions = new long[capacity];
        hashes = new int[capacity];
        slots = new int[Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2];
    }

    /**
     * Adds the story, with the version its file had when it was loaded, unless one of the same id is there already:
     * then that one, else null.
     */
    StoryRef putIfAbsent(StoryRef ref, long version) {
        String id = ref.id();
        int hash = spread(id.hashCode());
        int slot = hash & (slots.length - 1);
        for (; slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int at = slots[slot] - 1;
            if (hashes[at] == hash && refs[at].id().equals(id)) {
                return refs[at];
            }
        }
        refs[size] = ref;
        versions[size] = version;
        hashes[size] = hash;
        slots[slot] = ++size;
        return null;
    }

    /** The story of this id, or null. */
    StoryRef get(String id) {
        int at = find(id);
        return at < 0 ? null : refs[at];
    }

    /** Where this very story is (not another of its id), or -1. */
    int indexOf(StoryRef ref) {
        int at = find(ref.id());
        return at >= 0 && refs[at] == ref ? at : -1;
    }

    private int find(String id) {
        int hash = spread(id.hashCode());
        for (int slot = hash & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int at = slots[slot] - 1;
            if (hashes[at] == hash && refs[at].id().equals(id)) {
                return at;
            }
        }
        return -1;
    }

    /** The version of the story at {@link #indexOf}. */
    long version(int index) {
        return versions[index];
    }

    private static int spread(int h) {
        h *= 0x9e3779b9;
        return h ^ (h >>> 16);
    }
}
