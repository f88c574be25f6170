package dev.lede.state;

import dev.lede.state.ReadState.Mark;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The bytes of the marks file, pure. A header line names the format, the file's generation (new at each
 * compaction) and the key of the id hashes (kept for the file's life); then one record per change: a byte naming
 * the mark ({@code r}ead, {@code u}nread, {@code s}tar, {@code x} unstar), the number of ids (4 bytes), a CRC-32 of
 * the mark, the number and the ids (4 bytes), and each id as its 64-bit keyed hash ({@link Marks#hash}), 8 bytes,
 * big-endian. A record cut short by a kill, or any damage, fails its check; reading stops at the first record that
 * is not whole.
 *
 * <pre>
 * lede marks 2 5e1f0c2a9d3b4471 0c3a91e27f1d4b60\n
 * r [2] [crc] [hash] [hash]
 * u [1] [crc] [hash]
 * </pre>
 */
final class MarksFormat {

    static final String MAGIC = "lede marks 2 ";
    /** The header: the magic, two numbers of 16 hex digits and a space and a line break. */
    static final int HEADER_BYTES = MAGIC.length() + 16 + 1 + 16 + 1;
    private static final int RECORD_HEAD = 1 + 4 + 4;
    private static final byte[] CODES = {'r', 'u', 's', 'x'};

    /**
     * What reading found.
     *
     * @param whole   the index in what was read up to which the records are whole
     * @param ids     how many ids those records hold
     * @param problem why reading stopped before the end, or null when everything was whole
     */
    record Read(int whole, long ids, String problem) {
    }

    /** The generation and key a header names. */
    record Header(long generation, long key) {
    }

    /** Where the records read go. */
    interface Sink {
        /** A whole record: {@code count} hashes of 8 bytes from {@code bytes[from]}. */
        void record(Mark mark, ByteBuffer bytes, int from, int count);
    }

    private MarksFormat() {
    }

    static byte[] header(long generation, long key) {
        HexFormat hex = HexFormat.of();
        return (MAGIC + hex.toHexDigits(generation) + " " + hex.toHexDigits(key) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** What a header says, or null when {@code bytes} do not start with a whole header. */
    static Header header(byte[] bytes, int length) {
        if (length < HEADER_BYTES || bytes[HEADER_BYTES - 1] != '\n' || bytes[MAGIC.length() + 16] != ' ') {
            return null;
        }
        for (int i = 0; i < MAGIC.length(); i++) {
            if (bytes[i] != MAGIC.charAt(i)) {
                return null;
            }
        }
        Long generation = hex(bytes, MAGIC.length());
        Long key = hex(bytes, MAGIC.length() + 17);
        return generation == null || key == null ? null : new Header(generation, key);
    }

    /**
     * The version a first line of another version of this format names ({@code lede marks 3 …} gives 3), or null
     * when the bytes are this version or not a marks file of lede's at all.
     */
    static Integer otherVersion(byte[] bytes, int length) {
        String prefix = "lede marks ";
        int at = prefix.length();
        if (length <= at || !new String(bytes, 0, at, StandardCharsets.US_ASCII).equals(prefix)) {
            return null;
        }
        int end = at;
        while (end < length && end < at + 6 && bytes[end] >= '0' && bytes[end] <= '9') {
            end++;
        }
        if (end == at || end >= length || bytes[end] != ' ') {
            return null;
        }
        int version = Integer.parseInt(new String(bytes, at, end - at, StandardCharsets.US_ASCII));
        return MAGIC.equals(prefix + version + " ") ? null : version;
    }

    /** One record: {@code mark} of the first {@code count} of {@code hashes}. */
    static byte[] record(Mark mark, long[] hashes, int count) {
        ByteBuffer record = ByteBuffer.allocate(RECORD_HEAD + count * 8);
        record.put(CODES[mark.ordinal()]).putInt(count).putInt(0);
        for (int i = 0; i < count; i++) {
            record.putLong(hashes[i]);
        }
        CRC32 crc = crc(record.array(), 0, count);
        record.putInt(5, (int) crc.getValue());
        return record.array();
    }

    /**
     * Reads the records of {@code bytes[from, length)} into {@code sink}, each as it is found whole; a first record
     * that is not whole stops the reading.
     */
    static Read read(byte[] bytes, int from, int length, Sink sink) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        int at = from;
        long ids = 0;
        while (at < length) {
            if (length - at < RECORD_HEAD) {
                return new Read(at, ids, "a record cut short");
            }
            Mark mark = mark(bytes[at]);
            if (mark == null) {
                return new Read(at, ids, "not a record");
            }
            int count = buffer.getInt(at + 1);
            if (count < 0 || count > (length - at - RECORD_HEAD) / 8) {
                return new Read(at, ids, "a record cut short");
            }
            if ((int) crc(bytes, at, count).getValue() != buffer.getInt(at + 5)) {
                return new Read(at, ids, "a record whose check sum does not match");
            }
            sink.record(mark, buffer, at + RECORD_HEAD, count);
            ids += count;
            at += RECORD_HEAD + count * 8;
        }
        return new Read(at, ids, null);
    }

    /** The CRC of the record at {@code at}: its mark, its count and its hashes. */
    private static CRC32 crc(byte[] bytes, int at, int count) {
        CRC32 crc = new CRC32();
        crc.update(bytes, at, 5);
        crc.update(bytes, at + RECORD_HEAD, count * 8);
        return crc;
    }

    private static Mark mark(byte code) {
        for (Mark mark : Mark.values()) {
            if (CODES[mark.ordinal()] == code) {
                return mark;
            }
        }
        return null;
    }

    /** Sixteen lower-case hex digits at {@code from} as a number, or null. */
    static Long hex(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 16; i++) {
            int digit = Character.digit(bytes[i], 16);
            if (digit < 0 || bytes[i] != Character.toLowerCase(bytes[i])) {
                return null;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
