package dev.lede.library.cache;

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

    private final byte[] bytes;
    private final int limit;
    private int position;

    CacheInput(byte[] bytes, int limit) {
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
        return bytes[position++] & 0xff;
    }

    int readInt() {
        need(4);
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (bytes[position++] & 0xff);
        }
        return v;
    }

    long readLong() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (bytes[position++] & 0xff);
        }
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
        int length = readCount();
        String s = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return s;
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
