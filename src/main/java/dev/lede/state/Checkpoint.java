package dev.lede.state;

import dev.lede.safefile.AtomicFile;
import dev.lede.safefile.OwnFolder;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One checkpoint ({@link Checkpoints#open}): the stories already emitted through it, by the keyed hashes of their
 * ids, as a sorted array of {@code long}s (a million ids are 8 MB, read with no object per id). Safe to use from
 * several threads. Two ids look alike only if their hashes agree: about one chance in 10^7 that one of a million new
 * stories is taken for emitted when a million are.
 */
public final class Checkpoint {

    /** When more of the ids than this are missing from the library, and most of them are, none is dropped. */
    private static final int MISSING_AT_ONCE = 100;
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long[] NONE = {};

    private final Path stateDir;
    private final String name;
    private long key;
    private long[] hashes;
    /** Where each bucket of {@link #hashes} starts ({@link #bucket}), made at the first {@link #isNew}; or null. */
    private int[] starts;
    private int bucketBits;

    private Checkpoint(Path stateDir, String name, long key, long[] hashes) {
        this.stateDir = stateDir;
        this.name = name;
        this.key = key;
        this.hashes = hashes;
    }

    /**
     * Reads the checkpoint under its lock, when the folder is there and lede may write it: a file is read by its
     * name, and a commit renaming another over it meanwhile would make it a different file halfway.
     */
    static Checkpoint open(Path stateDir, String name) throws IOException {
        Path folder = stateDir.resolve(Checkpoints.FOLDER);
        AtomicFile.Lock lock = null;
        try {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && Files.isWritable(folder)) {
                lock = AtomicFile.lock(folder.resolve(name), WAIT);
            }
            return opened(stateDir, name);
        } catch (FileSystemException e) {
            throw new IOException(MarksLog.describe(e), e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private static Checkpoint opened(Path stateDir, String name) throws IOException {
        CheckpointFormat.Content content = read(stateDir, name);
        return content == null ? new Checkpoint(stateDir, name, ThreadLocalRandom.current().nextLong(), NONE)
                : new Checkpoint(stateDir, name, content.key(), content.hashes());
    }

    /** The file, {@code <stateDir>/checkpoints/NAME}, which may not exist yet. */
    public Path file() {
        return stateDir.resolve(Checkpoints.FOLDER).resolve(name);
    }

    /** True when no story with this id was emitted through this checkpoint (as it was read or last committed). */
    public synchronized boolean isNew(String id) {
        long hash = IdHash.of(key, id);
        if (starts == null) {
            index();
        }
        int bucket = bucket(hash);
        return Arrays.binarySearch(hashes, starts[bucket], starts[bucket + 1], hash) < 0;
    }

    /**
     * Buckets of about four hashes by their top bits, so that a look-up reads the table of starts and one bucket,
     * not the 20 places far apart that a binary search of a million hashes reads (a cache miss each).
     */
    private void index() {
        bucketBits = Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(1, hashes.length / 4)));
        starts = new int[(1 << bucketBits) + 1];
        int at = 0;
        for (int bucket = 0; bucket < 1 << bucketBits; bucket++) {
            starts[bucket] = at;
            while (at < hashes.length && bucket(hashes[at]) == bucket) {
                at++;
            }
        }
        starts[1 << bucketBits] = hashes.length;
    }

    /** The top bits of the hash, in the order of the signed hashes. */
    private int bucket(long hash) {
        return (int) ((hash ^ Long.MIN_VALUE) >>> (64 - bucketBits));
    }

    /** How many ids it holds. */
    public synchronized int size() {
        return hashes.length;
    }

    /**
     * Adds the ids {@code emitted} and saves the checkpoint: under its lock, the file is read again (so that what
     * another process committed meanwhile is kept), and a new file, forced to disk, is renamed over it and the folder
     * forced, so that a kill or a power cut at any moment leaves the old checkpoint or the new one, whole. Given the
     * ids of the whole library ({@code libraryIdsOrNull}), it drops the ids of the stories no longer there, unless
     * more than 100 are missing and they are most of the ids (a library folder that is an empty mount point: its
     * stories would all come again). Writes nothing when nothing changes.
     *
     * @throws IOException when the file is damaged or of a newer lede (and is then left as it is), or cannot be
     *                     written; the checkpoint is then unchanged
     */
    public synchronized void commit(Collection<String> emitted, Collection<String> libraryIdsOrNull)
            throws IOException {
        try {
            OwnFolder folder = OwnFolder.make(stateDir, Checkpoints.FOLDER);
            try (AtomicFile.Lock lock = AtomicFile.lock(folder.path().resolve(name), WAIT)) {
                CheckpointFormat.Content now = read(stateDir, name);
                long nowKey = now == null ? key : now.key();
                long[] current = now == null ? NONE : now.hashes();
                long[] kept = libraryIdsOrNull == null ? current : present(current, sorted(nowKey, libraryIdsOrNull));
                long[] next = union(kept, sorted(nowKey, emitted));
                if (next.length != current.length || kept.length != current.length) {
                    folder.writeDurably(name, CheckpointFormat.write(nowKey, next));
                    AtomicFile.forceFolder(folder.path());
                    if (now == null) {
                        AtomicFile.forceFolder(stateDir); // which holds the folder, perhaps just made
                    }
                }
                key = nowKey;
                hashes = next;
                starts = null;
            }
        } catch (FileSystemException e) {
            throw new IOException(MarksLog.describe(e), e);
        }
    }

    /** What the file holds, or null when there is none. */
    private static CheckpointFormat.Content read(Path stateDir, String name) throws IOException {
        byte[] bytes;
        try {
            bytes = OwnFolder.find(stateDir, Checkpoints.FOLDER).read(name, CheckpointFormat.MAX_BYTES);
        } catch (NoSuchFileException e) {
            return null;
        } catch (FileSystemException e) {
            throw new IOException(MarksLog.describe(e), e);
        }
        try {
            return CheckpointFormat.read(bytes);
        } catch (CheckpointFormat.Refused e) {
            Path file = stateDir.resolve(Checkpoints.FOLDER).resolve(name);
            throw new IOException(file + " is " + e.getMessage() + (e.newer
                    ? ": use that lede, or remove the file to start this checkpoint again"
                    : ": remove it to start this checkpoint again (its next run then takes every story)"));
        }
    }

    /** The hashes of {@code ids} under {@code key}, sorted, each once. */
    private static long[] sorted(long key, Collection<String> ids) {
        long[] hashes = new long[ids.size()];
        int n = 0;
        for (String id : ids) {
            hashes[n++] = IdHash.of(key, id);
        }
        Arrays.sort(hashes, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || hashes[distinct - 1] != hashes[i]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
    }

    /** The hashes of {@code current} that are in {@code library} (both sorted); all of them when too many are not. */
    private static long[] present(long[] current, long[] library) {
        long[] kept = new long[current.length];
        int n = 0;
        for (int i = 0, j = 0; i < current.length && j < library.length; ) {
            if (current[i] < library[j]) {
                i++;
            } else if (current[i] > library[j]) {
                j++;
            } else {
                kept[n++] = current[i++];
                j++;
            }
        }
        int missing = current.length - n;
        if (missing > MISSING_AT_ONCE && missing * 2L > current.length) {
            return current;
        }
        return n == current.length ? current : Arrays.copyOf(kept, n);
    }

    /** The hashes in {@code a} or {@code b} (both sorted, each once), sorted, each once. */
    private static long[] union(long[] a, long[] b) {
        long[] both = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            long next = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            both[n++] = next;
        }
        return n == a.length ? a : Arrays.copyOf(both, n);
    }
}
