package dev.lede.state;

/**
 * A story id as a 64-bit hash under a key, as the state files keep ids (the marks log, the checkpoints): the key is
 * random for each file and written in it, so that no one can choose ids whose hashes collide.
 */
final class IdHash {

    private static final long FNV_PRIME = 0x100000001b3L;

    private IdHash() {
    }

    /**
     * FNV-1a over the id's UTF-16 characters from a start the key sets, then MurmurHash3's finaliser; never 0.
     */
    static long of(long key, String id) {
        long h = 0xcbf29ce484222325L ^ key;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * FNV_PRIME;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
