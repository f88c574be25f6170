package dev.lede.library.cache;

import dev.lede.safefile.OwnFolder;
import dev.lede.storyfile.StoryLimits;
import dev.lede.storyfile.Summary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The list cache of one library folder: one binary file under {@code <cache>/lists/}, named by a hash of the
 * folder's absolute path, the lede build and the size limit per story file, holding every story file's stamp and summary as the last scan found
 * them.
 *
 * <p>The cache is only ever a shortcut: {@link #read} returns null for a missing, foreign, outdated or corrupt file
 * (a CRC-32C covers every byte, and every length is checked against what is left), and for anything at its path that
 * is not a regular file of the user's of at most {@link #MAX_BYTES} (a link, a FIFO, a planted huge file), checked
 * before it is opened. The file is mapped, not read onto the heap, and its header (magic, format, key) is checked
 * before the checksum reads the rest, so a file that is not this folder's cache costs no read of it. {@link #write}
 * streams the next snapshot to disk a piece at a time and is atomic (a temporary file renamed over whatever is there, a link too, never
 * through it) and never fails loudly, so an unwritable cache folder just means no cache. See {@link OwnFolder}.
 *
 * <p>Layout, big-endian: magic, format, key (build and folder), folder stamp, scan start, entry count, the entries,
 * then the checksum. An entry is: name, size, mtime, identity, regular, kind (0 skipped, 1 summary), [title, sections,
 * a byte of flags saying which of date, feed, url, author, tags and time follow, then those: tags as a count and
 * strings, time as a long], problem count, then (line, message) per problem. Strings are a length and UTF-8.
 */
public final class FolderCache {

    /**
     * One story file as a scan found it; {@code summary} is null when the file was skipped. It holds its name and,
     * in one array, the rest as the cache file does, decoded when asked for: a first scan of a million files keeps a
     * million fresh entries until it writes them, and these take a third of the memory of the decoded ones.
     */
    public static final class Entry {

        private final String name;
        /** Stamp, kind, summary and problems, as in the cache file. */
        private final byte[] rest;

        public Entry(String name, FileStamp stamp, Summary summary, List<CachedProblem> problems) {
            this.name = name;
            CacheOutput out = new CacheOutput(160);
            Writer.writeRest(out, stamp, summary, problems);
            this.rest = out.toByteArray();
        }

        private Entry(String name, byte[] rest) {
            this.name = name;
            this.rest = rest;
        }

        public String name() {
            return name;
        }

        public FileStamp stamp() {
            return readStamp(in());
        }

        /** The summary, or null when the file was skipped. */
        public Summary summary() {
            CacheInput in = in().skip(STAMP);
            return in.readByte() == 0 ? null : Snapshot.readSummary(in);
        }

        public List<CachedProblem> problems() {
            CacheInput in = in();
            Snapshot.skipToProblems(in);
            int count = in.readCount();
            List<CachedProblem> problems = count == 0 ? List.of() : new ArrayList<>(count);
            for (int p = 0; p < count; p++) {
                problems.add(new CachedProblem(in.readInt(), in.readString()));
            }
            return problems;
        }

        private CacheInput in() {
            return new CacheInput(ByteBuffer.wrap(rest), rest.length);
        }
    }

    private static final int STAMP = 3 * Long.BYTES + 1;

    /** The stamp read back; {@link FileStamp#NONE} itself for its value, which {@link FileStamp} tells by identity. */
    private static FileStamp readStamp(CacheInput in) {
        FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readLong(), in.readByte() == 1);
        return stamp.equals(FileStamp.NONE) ? FileStamp.NONE : stamp;
    }

    /** A problem without its file label, which is made again from the folder as the user named it. */
    public record CachedProblem(int line, String message) {
    }

    private static final long MAGIC = 0x4c4544454c535431L; // "LEDELST1"
    private static final int FORMAT = 3;
    private static final int HEAD = Long.BYTES + Integer.BYTES;
    private static final int DATE = 1;
    private static final int FEED = 2;
    private static final int URL = 4;
    private static final int AUTHOR = 8;
    private static final int TAGS = 16;
    private static final int TIME = 32;
    private static final String LISTS = "lists";

    /**
     * The largest cache file read or written: the most one mapping holds, 2 GiB. A story takes 130 to 200 bytes (a
     * folder of 1,000,000 front-matter stories 200 MB), so this is ten million stories in one folder; a planted or
     * runaway file larger than that is refused before it is opened, and one below it is mapped, never copied onto the
     * heap. (It was 128 MiB, read whole into an array, which a folder of a million stories outgrew.)
     */
    public static final long MAX_BYTES = Integer.MAX_VALUE;

    private final Path dir;
    private final String build;
    private final StoryLimits limits;

    /**
     * @param dir    the cache folder ({@code ~/.cache/lede}); created when first written
     * @param build  identifies the lede build: a cache written by another build is ignored, so a change to the story
     *               format never shows stale summaries
     * @param limits the size limit the scan applies: a cache written under another limit is not this one's (a file
     *               skipped as too large under one limit is a story under another)
     */
    public FolderCache(Path dir, String build, StoryLimits limits) {
        this.dir = dir;
        this.build = build;
        this.limits = limits;
    }

    /** The snapshot last written for this library folder, or null when there is none that can be used. */
    public Snapshot read(Path folder) {
        try {
            return Snapshot.decode(OwnFolder.find(dir, LISTS).map(fileName(folder), MAX_BYTES), key(folder));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    /** Writes a snapshot for this library folder; returns false (and changes nothing) when it cannot. */
    public boolean write(Path folder, Writer snapshot) {
        try {
            String key = key(folder);
            OwnFolder.make(dir, LISTS).write(fileName(folder), channel -> snapshot.writeTo(channel, key));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public Path fileFor(Path folder) {
        return dir.resolve(LISTS).resolve(fileName(folder));
    }

    private String fileName(Path folder) {
        return CacheNames.of(key(folder)) + ".bin";
    }

    /** What a snapshot must have been written for: this build, this size limit and this folder. */
    private String key(Path folder) {
        return build + "\nlimit " + limits.maxFileBytes() + "\n" + folder.toAbsolutePath().normalize();
    }

    /**
     * A snapshot read back: the folder as one scan saw it. Entries stay encoded until asked for, so checking
     * 100,000 stamps allocates nothing, and unchanged entries are copied byte for byte into the next snapshot.
     */
    public static final class Snapshot {

        private final FileStamp folder;
        private final long scanStart;
        private final ByteBuffer bytes;
        private final int[] starts;

        private Snapshot(FileStamp folder, long scanStart, ByteBuffer bytes, int[] starts) {
            this.folder = folder;
            this.scanStart = scanStart;
            this.bytes = bytes;
            this.starts = starts;
        }

        /** The folder's own stamp when it was scanned, to know whether its list of names can have changed. */
        public FileStamp folder() {
            return folder;
        }

        /** When the scan started, in nanoseconds since the epoch (see {@link FileStamp#settledBefore}). */
        public long scanStart() {
            return scanStart;
        }

        public int size() {
            return starts.length - 1;
        }

        public String name(int i) {
            return new CacheInput(bytes, starts[i + 1]).skip(starts[i]).readString();
        }

        /** True when entry {@code i} was cached with exactly this stamp. */
        public boolean hasStamp(int i, FileStamp stamp) {
            CacheInput in = new CacheInput(bytes, starts[i + 1]).skip(starts[i]);
            in.skip(in.readCount());
            return in.readLong() == stamp.size() && in.readLong() == stamp.mtime()
                    && in.readLong() == stamp.identity() && (in.readByte() == 1) == stamp.regular();
        }

        /** Entry {@code i}, whose name the caller already has. */
        public Entry entry(int i, String name) {
            CacheInput in = new CacheInput(bytes, starts[i + 1]).skip(starts[i]);
            in.skip(in.readCount());
            byte[] rest = new byte[starts[i + 1] - in.position()];
            bytes.get(in.position(), rest);
            return new Entry(name, rest);
        }

        static Summary readSummary(CacheInput in) {
            String title = in.readString();
            int sections = in.readInt();
            int flags = in.readByte();
            String date = (flags & DATE) != 0 ? in.readString() : null;
            String feed = (flags & FEED) != 0 ? in.readString() : null;
            String url = (flags & URL) != 0 ? in.readString() : null;
            String author = (flags & AUTHOR) != 0 ? in.readString() : null;
            List<String> tags = List.of();
            if ((flags & TAGS) != 0) {
                int count = in.readCount();
                String[] read = new String[count];
                for (int t = 0; t < count; t++) {
                    read[t] = in.readString();
                }
                tags = List.of(read);
            }
            long time = (flags & TIME) != 0 ? in.readLong() : Summary.NO_TIME;
            return new Summary(title, date, sections, feed, url, author, tags, time);
        }

        private static void skipEntry(CacheInput in) {
            skipToProblems(in);
            int count = in.readCount();
            for (int p = 0; p < count; p++) {
                in.skip(Integer.BYTES);
                in.skip(in.readCount());
            }
        }

        /** Skips an entry's stamp, kind and summary. */
        static void skipToProblems(CacheInput in) {
            in.skip(STAMP);
            int kind = in.readByte();
            if (kind > 1) {
                throw new CacheInput.CorruptCacheException();
            }
            if (kind != 0) {
                in.skip(in.readCount());
                in.skip(Integer.BYTES);
                int flags = in.readByte();
                for (int flag = DATE; flag <= AUTHOR; flag <<= 1) {
                    if ((flags & flag) != 0) {
                        in.skip(in.readCount());
                    }
                }
                if ((flags & TAGS) != 0) {
                    for (int tags = in.readCount(); tags > 0; tags--) {
                        in.skip(in.readCount());
                    }
                }
                if ((flags & TIME) != 0) {
                    in.skip(Long.BYTES);
                }
            }
        }

        /**
         * The snapshot in these bytes (read from index 0 to the limit), or null when they are not a whole snapshot
         * written for this key; the header is checked before the checksum reads everything.
         */
        public static Snapshot decode(ByteBuffer bytes, String key) {
            if (bytes.limit() < HEAD + 2 * Long.BYTES) {
                return null;
            }
            int end = bytes.limit() - Long.BYTES;
            CacheInput in = new CacheInput(bytes, end);
            if (in.readLong() != MAGIC || in.readInt() != FORMAT || !in.readString().equals(key)) {
                return null;
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes.duplicate().position(0).limit(end));
            if (bytes.getLong(end) != crc.getValue()) {
                return null;
            }
            FileStamp folder = readStamp(in);
            long scanStart = in.readLong();
            int count = in.readCount();
            int[] starts = new int[count + 1];
            for (int i = 0; i < count; i++) {
                starts[i] = in.position();
                in.skip(in.readCount());
                skipEntry(in);
            }
            starts[count] = in.position();
            return in.atEnd() ? new Snapshot(folder, scanStart, bytes, starts) : null;
        }
    }

    /**
     * Plans the next snapshot in name order, from fresh entries and entries copied from the last one; {@link #write}
     * writes it out a piece at a time, copying those entries byte for byte from the mapped last snapshot.
     */
    public static final class Writer {

        private final CacheOutput head = new CacheOutput(64);
        private Snapshot from;
        /** Per entry: the fresh entry, or null for entry {@code copied[i]} of {@link #from}. */
        private Entry[] fresh;
        private int[] copied;
        private int count;

        public Writer(FileStamp folder, long scanStart, int expected) {
            fresh = new Entry[Math.max(1, expected)];
            copied = new int[fresh.length];
            writeStamp(head, folder);
            head.writeLong(scanStart);
        }

        /** Copies entry {@code i} of {@code snapshot}; every copy of one writer is from the same snapshot. */
        public void copy(Snapshot snapshot, int i) {
            if (from != null && from != snapshot) {
                throw new IllegalArgumentException("copies from two snapshots");
            }
            from = snapshot;
            grow();
            copied[count++] = i;
        }

        public void add(Entry entry) {
            grow();
            fresh[count++] = entry;
        }

        private void grow() {
            if (count == fresh.length) {
                fresh = Arrays.copyOf(fresh, count * 2);
                copied = Arrays.copyOf(copied, count * 2);
            }
        }

        /** Writes the snapshot for {@code key}; throws when it would be larger than {@link #MAX_BYTES}. */
        void writeTo(FileChannel channel, String key) throws IOException {
            CacheOutput out = new CacheOutput(64 << 10);
            CRC32C crc = new CRC32C();
            long[] written = {0};
            out.writeLong(MAGIC);
            out.writeInt(FORMAT);
            out.writeString(key);
            out.write(head.buffer(), 0, head.size());
            out.writeInt(count);
            for (int i = 0; i < count; i++) {
                if (fresh[i] != null) {
                    writeEntry(out, fresh[i]);
                } else {
                    int start = from.starts[copied[i]];
                    flush(channel, out, crc, written);
                    put(channel, from.bytes.duplicate().position(start).limit(from.starts[copied[i] + 1]), crc,
                            written);
                }
                if (out.size() >= 32 << 10) {
                    flush(channel, out, crc, written);
                }
            }
            flush(channel, out, crc, written);
            out.writeLong(crc.getValue());
            put(channel, ByteBuffer.wrap(out.buffer(), 0, out.size()), null, written);
        }

        private static void flush(FileChannel channel, CacheOutput out, CRC32C crc, long[] written)
                throws IOException {
            put(channel, ByteBuffer.wrap(out.buffer(), 0, out.size()), crc, written);
            out.clear();
        }

        private static void put(FileChannel channel, ByteBuffer bytes, CRC32C crc, long[] written)
                throws IOException {
            written[0] += bytes.remaining();
            if (written[0] > MAX_BYTES) {
                throw new IOException("the list cache would be larger than " + MAX_BYTES + " bytes");
            }
            if (crc != null) {
                crc.update(bytes.duplicate());
            }
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }

        private static void writeEntry(CacheOutput out, Entry entry) {
            out.writeString(entry.name);
            out.write(entry.rest, 0, entry.rest.length);
        }

        static void writeRest(CacheOutput out, FileStamp stamp, Summary summary, List<CachedProblem> problems) {
            writeStamp(out, stamp);
            out.writeByte(summary == null ? 0 : 1);
            if (summary != null) {
                writeSummary(out, summary);
            }
            out.writeInt(problems.size());
            for (CachedProblem problem : problems) {
                out.writeInt(problem.line());
                out.writeString(problem.message());
            }
        }

        private static void writeSummary(CacheOutput out, Summary summary) {
            out.writeString(summary.title());
            out.writeInt(summary.sections());
            int flags = (summary.date() != null ? DATE : 0) | (summary.feed() != null ? FEED : 0)
                    | (summary.url() != null ? URL : 0) | (summary.author() != null ? AUTHOR : 0)
                    | (summary.tags().isEmpty() ? 0 : TAGS) | (summary.time() != Summary.NO_TIME ? TIME : 0);
            out.writeByte(flags);
            for (String text : new String[] {summary.date(), summary.feed(), summary.url(), summary.author()}) {
                if (text != null) {
                    out.writeString(text);
                }
            }
            if (!summary.tags().isEmpty()) {
                out.writeInt(summary.tags().size());
                summary.tags().forEach(out::writeString);
            }
            if (summary.time() != Summary.NO_TIME) {
                out.writeLong(summary.time());
            }
        }

        private static void writeStamp(CacheOutput out, FileStamp stamp) {
            out.writeLong(stamp.size());
            out.writeLong(stamp.mtime());
            out.writeLong(stamp.identity());
            out.writeByte(stamp.regular() ? 1 : 0);
        }
    }
}
