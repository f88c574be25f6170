package dev.lede.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The bytes of a checkpoint file, pure. A header line names the format and its version, the key of the id hashes
 * (random for each file, kept for its life) and how many ids follow; then each id as its 64-bit keyed hash
 * ({@link IdHash}), 8 bytes, big-endian, in increasing order, none twice; then a CRC-32 of everything before it. A file
 * cut short, grown, or changed anywhere fails one of these checks and is refused whole, never read in part: a
 * checkpoint read as emptier than it is would emit again what a script already had.
 *
 * <pre>
 * lede checkpoint 1 5e1f0c2a9d3b4471 00000000000f4240\n
 * [hash] [hash] … [crc]
 * </pre>
 */
final class CheckpointFormat {

    static final String MAGIC = "lede checkpoint ";
    static final int VERSION = 1;
    /** The header: the magic, the version (one digit), two numbers of 16 hex digits, spaces and a line break. */
    static final int HEADER_BYTES = MAGIC.length() + 1 + 1 + 16 + 1 + 16 + 1;
    /** The most ids a file may hold: 64 million, 512 MiB. */
    static final int MAX_IDS = 64 << 20;
    static final int MAX_BYTES = HEADER_BYTES + MAX_IDS * 8 + 4;

    /** What a file holds: the key of its hashes and the hashes, sorted. */
    record Content(long key, long[] hashes) {
    }

    /** Why a file cannot be read: {@code newer} when it was written in a later version of the format. */
    static final class Refused extends Exception {
        final boolean newer;

        Refused(String why, boolean newer) {
            super(why, null, false, false);
            this.newer = newer;
        }
    }

    private CheckpointFormat() {
    }

    static byte[] write(long key, long[] hashes) {
        HexFormat hex = HexFormat.of();
        byte[] header = (MAGIC + VERSION + " " + hex.toHexDigits(key) + " " + hex.toHexDigits((long) hashes.length)
                + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer bytes = ByteBuffer.allocate(header.length + hashes.length * 8 + 4);
        bytes.put(header);
        bytes.asLongBuffer().put(hashes);
        bytes.position(header.length + hashes.length * 8);
        CRC32 crc = new CRC32();
        crc.update(bytes.array(), 0, bytes.position());
        bytes.putInt((int) crc.getValue());
        return bytes.array();
    }

    /** What the bytes of a file hold. */
    static Content read(byte[] bytes) throws Refused {
        int version = version(bytes);
        if (version != VERSION) {
            throw version > VERSION
                    ? new Refused("written by a newer lede (checkpoint format " + version + "; this lede reads "
                            + VERSION + ")", true)
                    : new Refused("not a checkpoint file of lede's", false);
        }
        if (bytes.length < HEADER_BYTES || bytes[MAGIC.length() + 1] != ' ' || bytes[MAGIC.length() + 18] != ' '
                || bytes[HEADER_BYTES - 1] != '\n') {
            throw new Refused("damaged: its first line is cut or changed", false);
        }
        Long key = MarksFormat.hex(bytes, MAGIC.length() + 2);
        Long count = MarksFormat.hex(bytes, MAGIC.length() + 19);
        if (key == null || count == null) {
            throw new Refused("damaged: its first line is cut or changed", false);
        }
        if (count < 0 || count > MAX_IDS || bytes.length != HEADER_BYTES + count * 8 + 4) {
            throw new Refused("damaged: " + bytes.length + " bytes where its first line promises "
                    + (count < 0 || count > MAX_IDS ? "too many ids" : (HEADER_BYTES + count * 8 + 4)), false);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != buffer.getInt(bytes.length - 4)) {
            throw new Refused("damaged: its check sum does not match", false);
        }
        long[] hashes = new long[(int) (long) count];
        buffer.slice(HEADER_BYTES, hashes.length * 8).asLongBuffer().get(hashes);
        for (int i = 1; i < hashes.length; i++) {
            if (hashes[i - 1] >= hashes[i]) {
                throw new Refused("damaged: its ids are out of order", false);
            }
        }
        return new Content(key, hashes);
    }

    /** The version after the magic (digits up to a space), 0 when the file does not start with the magic. */
    private static int version(byte[] bytes) {
        for (int i = 0; i < MAGIC.length(); i++) {
            if (i >= bytes.length || bytes[i] != MAGIC.charAt(i)) {
                return 0;
            }
        }
        int version = 0;
        int at = MAGIC.length();
        for (; at < bytes.length && at < MAGIC.length() + 9 && bytes[at] >= '0' && bytes[at] <= '9'; at++) {
            version = version * 10 + bytes[at] - '0';
        }
        return at < bytes.length && bytes[at] == ' ' ? version : 0;
    }
}
