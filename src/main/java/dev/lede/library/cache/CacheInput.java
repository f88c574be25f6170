package dev.lede.library.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link CacheOutput} wrote, never past {@code limit}: a length that does not fit what is left throws
 * {@link CorruptCacheException} instead of allocating it.
 */
final class CacheInput {

    /** The bytes are not a cache this build wrote. */
    static final class CorruptCacheException extends RuntimeException {
        CorruptCacheException() {
            super("corrupt cache", null, false, false);
        }
    }

    private final ByteBuffer bytes;
    private final int limit;
    private int position;

    /** Reads {@code bytes} (a mapped file, big-endian) from index 0, never at or past {@code limit}. */
    CacheInput(ByteBuffer bytes, int limit) {
        this.bytes = bytes;
        this.limit = limit;
    }

    CacheInput skip(int count) {
        need(count);
        position += count;
        return this;
    }

    int readByte() {
        need(1);
        return bytes.get(position++) & 0xff;
    }

    int readInt() {
        need(4);
        int v = bytes.getInt(position);
        position += 4;
        return v;
    }

    long readLong() {
        need(8);
        long v = bytes.getLong(position);
        position += 8;
        return v;
    }

    /** A count of things that each take at least one byte: never more than the bytes left. */
    int readCount() {
        int count = readInt();
        if (count < 0 || count > limit - position) {
            throw new CorruptCacheException();
        }
        return count;
    }

    String readString() {
        byte[] utf8 = new byte[readCount()];
        bytes.get(position, utf8);
        position += utf8.length;
        return new String(utf8, StandardCharsets.UTF_8);
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        return position == limit;
    }

    private void need(int count) {
        if (count < 0 || count > limit - position) {
            throw new CorruptCacheException();
        }
    }
}
