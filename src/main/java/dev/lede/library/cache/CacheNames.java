package dev.lede.library.cache;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** File names for things in the cache folder, made from the key that the file is for. */
public final class CacheNames {

    private CacheNames() {
    }

    /**
     * 32 hex digits: two differently mixed 64-bit FNV-1a hashes of the key's UTF-8 bytes. Not cryptographic: a cache
     * file holds its whole key (or is checked against the library), so a collision costs a rebuild, never a wrong
     * answer; and it spares a short run the start-up of Java's security providers that {@code MessageDigest} needs.
     */
    public static String of(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        long a = 0xcbf29ce484222325L;
        long b = 0x84222325cbf29ce4L;
        for (byte x : bytes) {
            a = (a ^ (x & 0xff)) * 0x100000001b3L;
            b = (b ^ (x & 0xff)) * 0x100000001b3L;
            b ^= b >>> 29;
        }
        return HexFormat.of().toHexDigits(a) + HexFormat.of().toHexDigits(b);
    }
}
