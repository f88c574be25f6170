package dev.lede.state;

import dev.lede.state.ReadState.Mark;
import java.nio.ByteBuffer;
import java.util.Collection;

/**
 * The read and the starred stories, in memory, by the 64-bit keyed hash of their ids; not thread-safe ({@link
 * ReadState} guards it). Built for a quick start: an open-addressing table of {@code long}s, loaded from the
 * file's hashes with no object per story. Two ids share a mark only if their hashes agree, about one chance in
 * 10^7 for a million marked stories against a million others, and the key (random for each file) keeps anyone
 * from choosing ids that collide.
 */
final class Marks {

    static final int READ = 1;
    static final int STAR = 2;
    private static final int SEEN = 4;

    private final long key;
    /** The hashes, 0 for an empty slot (a hash of 0 is taken as 1); never more than half full. */
    private long[] hashes = new long[32];
    private byte[] flags = new byte[32];
    private int entries;
    private int read;
    private int starred;

    Marks(long key) {
        this.key = key;
    }

    long key() {
        return key;
    }

    void apply(Mark mark, Collection<String> ids) {
        reserve(ids.size());
        for (String id : ids) {
            apply(mark, hash(id));
        }
    }

    /** Applies {@code mark} to the {@code count} hashes of 8 bytes from {@code source[from]}. */
    void apply(Mark mark, ByteBuffer source, int from, int count) {
        if (mark == Mark.READ || mark == Mark.STAR) {
            reserve(count);
        }
        long[] read = new long[count];
        source.slice(from, count * 8).asLongBuffer().get(read);
        for (long hash : read) {
            apply(mark, hash);
        }
    }

    private void apply(Mark mark, long hashRead) {
        long hash = hashRead == 0 ? 1 : hashRead;
        boolean on = mark == Mark.READ || mark == Mark.STAR;
        int bit = mark == Mark.READ || mark == Mark.UNREAD ? READ : STAR;
        int slot = slot(hash);
        if (hashes[slot] == 0) {
            if (!on) {
                return;
            }
            hashes[slot] = hash;
            entries++;
        }
        set(slot, bit, on);
        if (entries * 2 > hashes.length) {
            resize(hashes.length * 2);
        }
    }

    boolean has(String id, int bit) {
        int slot = slot(hash(id));
        return hashes[slot] != 0 && (flags[slot] & bit) != 0;
    }

    int readCount() {
        return read;
    }

    int starredCount() {
        return starred;
    }

    /** How many marks there are: read ones plus starred ones. */
    int size() {
        return read + starred;
    }

    /** A copy with this change made. */
    Marks with(Mark mark, Collection<String> ids) {
        Marks copy = keeping(slot -> true);
        copy.apply(mark, ids);
        return copy;
    }

    /** Which slots to keep. */
    interface SlotFilter {
        boolean keep(int slot);
    }

    /** A copy holding the marks of the slots {@code filter} keeps. */
    Marks keeping(SlotFilter filter) {
        Marks copy = new Marks(key);
        copy.reserve(entries);
        for (int slot = 0; slot < hashes.length; slot++) {
            if ((flags[slot] & (READ | STAR)) != 0 && filter.keep(slot)) {
                int to = copy.slot(hashes[slot]);
                copy.hashes[to] = hashes[slot];
                copy.entries++;
                copy.set(to, READ, (flags[slot] & READ) != 0);
                copy.set(to, STAR, (flags[slot] & STAR) != 0);
            }
        }
        return copy;
    }

    /**
     * @param marks how many marks (a read mark, a star) the stories that are not in the library have
     * @param kept  the marks without them; null when there are none
     */
    record Missing(int marks, Marks kept) {
    }

    /** How many marks belong to stories whose ids are not among {@code ids}, and a copy without them. */
    Missing missing(Collection<String> ids) {
        for (String id : ids) {
            int slot = slot(hash(id));
            if (hashes[slot] != 0) {
                flags[slot] |= SEEN;
            }
        }
        int missing = 0;
        for (int slot = 0; slot < hashes.length; slot++) {
            if ((flags[slot] & SEEN) == 0) {
                missing += Integer.bitCount(flags[slot] & (READ | STAR));
            }
        }
        Marks kept = missing == 0 ? null : keeping(slot -> (flags[slot] & SEEN) != 0);
        for (int slot = 0; slot < hashes.length; slot++) {
            flags[slot] &= ~SEEN;
        }
        return new Missing(missing, kept);
    }

    /** The hashes of the stories that have {@code bit}: the first {@code count[0]} of the array. */
    long[] hashes(int bit, int[] count) {
        long[] found = new long[bit == READ ? read : starred];
        int n = 0;
        for (int slot = 0; slot < hashes.length; slot++) {
            if ((flags[slot] & bit) != 0) {
                found[n++] = hashes[slot];
            }
        }
        count[0] = n;
        return found;
    }

    private void set(int slot, int bit, boolean on) {
        boolean was = (flags[slot] & bit) != 0;
        if (was == on) {
            return;
        }
        flags[slot] = (byte) (on ? flags[slot] | bit : flags[slot] & ~bit);
        int change = on ? 1 : -1;
        if (bit == READ) {
            read += change;
        } else {
            starred += change;
        }
    }

    /** The slot that holds {@code hash}, or the empty one where it would go. */
    private int slot(long hash) {
        int mask = hashes.length - 1;
        int slot = (int) (hash ^ hash >>> 32) & mask;
        while (hashes[slot] != 0 && hashes[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Makes room for {@code count} more entries. */
    private void reserve(int count) {
        int size = hashes.length;
        while ((entries + (long) count) * 2 > size && size < 1 << 30) {
            size *= 2;
        }
        if (size != hashes.length) {
            resize(size);
        }
    }

    private void resize(int size) {
        long[] oldHashes = hashes;
        byte[] oldFlags = flags;
        hashes = new long[size];
        flags = new byte[size];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0 && (oldFlags[i] & (READ | STAR)) != 0) {
                int slot = slot(oldHashes[i]);
                hashes[slot] = oldHashes[i];
                flags[slot] = oldFlags[i];
            } else if (oldHashes[i] != 0) {
                entries--; // no mark left: not carried over
            }
        }
    }

    /** The id's hash under this key ({@link IdHash}). */
    long hash(String id) {
        return IdHash.of(key, id);
    }
}
