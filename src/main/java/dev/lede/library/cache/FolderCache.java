package dev.lede.library.cache;

import dev.lede.safefile.OwnFolder;
import dev.lede.storyfile.StoryLimits;
import dev.lede.storyfile.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * before it is opened; {@link #write} is atomic (a temporary file renamed over whatever is there, a link too, never
 * through it) and never fails loudly, so an unwritable cache folder just means no cache. See {@link OwnFolder}.
 *
 * <p>Layout, big-endian: magic, format, key (build and folder), folder stamp, scan start, entry count, the entries,
 * then the checksum. An entry is: name, size, mtime, identity, regular, kind (0 skipped, 1 summary), [title, sections,
 * a byte of flags saying which of date, feed, url, author, tags and time follow, then those: tags as a count and
 * strings, time as a long], problem count, then (line, message) per problem. Strings are a length and UTF-8.
 */
public final class FolderCache {

    /** One story file as a scan found it; {@code summary} is null when the file was skipped. */
    public record Entry(String name, FileStamp stamp, Summary summary, List<CachedProblem> problems) {
    }

    /** A problem without its file label, which is made again from the folder as the user named it. */
    public record CachedProblem(int line, String message) {
    }

    private static final long MAGIC = 0x4c4544454c535431L; // "LEDELST1"
    private static final int FORMAT = 3;
    private static final int DATE = 1;
    private static final int FEED = 2;
    private static final int URL = 4;
    private static final int AUTHOR = 8;
    private static final int TAGS = 16;
    private static final int TIME = 32;
    private static final String LISTS = "lists";

    /**
     * The largest cache file read or written: about ten times the cache of a 100,000-story folder (130 bytes a story,
     * 13 MB), so a real cache never comes near it, while a planted or runaway file is refused before it is read.
     */
    public static final int MAX_BYTES = 128 << 20;

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
            return Snapshot.decode(OwnFolder.find(dir, LISTS).read(fileName(folder), MAX_BYTES), key(folder));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    /** Writes a snapshot for this library folder; returns false (and changes nothing) when it cannot. */
    public boolean write(Path folder, Writer snapshot) {
        try {
            byte[] bytes = snapshot.finish(key(folder));
            if (bytes.length > MAX_BYTES) {
                return false; // it would not be read
            }
            OwnFolder.make(dir, LISTS).write(fileName(folder), bytes);
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
        private final byte[] bytes;
        private final int[] starts;

        private Snapshot(FileStamp folder, long scanStart, byte[] bytes, int[] starts) {
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
            return readEntry(in, name);
        }

        private static Entry readEntry(CacheInput in, String name) {
            FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readLong(), in.readByte() == 1);
            int kind = in.readByte();
            Summary summary = kind == 0 ? null : readSummary(in);
            int count = in.readCount();
            List<CachedProblem> problems = count == 0 ? List.of() : new ArrayList<>(count);
            for (int p = 0; p < count; p++) {
                problems.add(new CachedProblem(in.readInt(), in.readString()));
            }
            return new Entry(name, stamp, summary, problems);
        }

        private static Summary readSummary(CacheInput in) {
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
            in.skip(3 * Long.BYTES + 1);
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
            int count = in.readCount();
            for (int p = 0; p < count; p++) {
                in.skip(Integer.BYTES);
                in.skip(in.readCount());
            }
        }

        /** The snapshot in these bytes, or null when they are not a whole snapshot written for this key. */
        public static Snapshot decode(byte[] bytes, String key) {
            if (bytes.length < 16) {
                return null;
            }
            int end = bytes.length - 8;
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, end);
            if (new CacheInput(bytes, bytes.length).skip(end).readLong() != crc.getValue()) {
                return null;
            }
            CacheInput in = new CacheInput(bytes, end);
            if (in.readLong() != MAGIC || in.readInt() != FORMAT || !in.readString().equals(key)) {
                return null;
            }
            FileStamp folder = new FileStamp(in.readLong(), in.readLong(), in.readLong(), in.readByte() == 1);
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

    /** Builds the next snapshot in name order, from fresh entries and entries copied from the last one. */
    public static final class Writer {

        private final CacheOutput out;
        private final CacheOutput head = new CacheOutput(64);
        private int count;

        public Writer(FileStamp folder, long scanStart, int expected) {
            out = new CacheOutput(expected * 160);
            writeStamp(head, folder);
            head.writeLong(scanStart);
        }

        public void copy(Snapshot snapshot, int i) {
            out.write(snapshot.bytes, snapshot.starts[i], snapshot.starts[i + 1] - snapshot.starts[i]);
            count++;
        }

        public void add(Entry entry) {
            out.writeString(entry.name());
            writeStamp(out, entry.stamp());
            Summary summary = entry.summary();
            out.writeByte(summary == null ? 0 : 1);
            if (summary != null) {
                writeSummary(out, summary);
            }
            out.writeInt(entry.problems().size());
            for (CachedProblem problem : entry.problems()) {
                out.writeInt(problem.line());
                out.writeString(problem.message());
            }
            count++;
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

        public byte[] finish(String key) {
            CacheOutput all = new CacheOutput(out.size() + 256);
            all.writeLong(MAGIC);
            all.writeInt(FORMAT);
            all.writeString(key);
            all.write(head.buffer(), 0, head.size());
            all.writeInt(count);
            all.write(out.buffer(), 0, out.size());
            CRC32C crc = new CRC32C();
            crc.update(all.buffer(), 0, all.size());
            all.writeLong(crc.getValue());
            return all.toByteArray();
        }

        private static void writeStamp(CacheOutput out, FileStamp stamp) {
            out.writeLong(stamp.size());
            out.writeLong(stamp.mtime());
            out.writeLong(stamp.identity());
            out.writeByte(stamp.regular() ? 1 : 0);
        }
    }
}
