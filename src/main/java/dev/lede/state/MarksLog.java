package dev.lede.state;

import dev.lede.safefile.AtomicFile;
import dev.lede.safefile.OwnFolder;
import dev.lede.state.ReadState.Mark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The marks file, {@code <state>/reading/marks} ({@link MarksFormat}), and the marks it holds: read once whole,
 * then only what other processes appended since; each change appended as one record and forced to disk while
 * holding the folder's lock ({@code .marks.lock}), so two lede processes never write at once and each first reads
 * what the other wrote. Compaction writes the marks as they are into a new file (a new generation in its header)
 * and renames it over the log. Not thread-safe: {@link ReadState} guards it.
 */
final class MarksLog {

    static final String FOLDER = "reading";
    static final String NAME = "marks";
    /** The most of the file that is read: 512 MiB, some 60 million marks. */
    private static final int MAX_BYTES = 512 << 20;
    /** Ids in the log beyond twice the marks they make before opening compacts it. */
    private static final int SLACK = 10_000;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Path stateDir;
    private final Path file;
    private Marks marks = new Marks(ThreadLocalRandom.current().nextLong());
    /** True once a whole header was read; {@link #generation} is then the file's. */
    private boolean known;
    private long generation;
    /** How far the file was read: the end of its last whole record. */
    private long offset;
    /** The ids in the records up to {@link #offset}. */
    private long ids;
    /** What is wrong with the file beyond {@link #offset} (not whole records, or not lede's), or null. */
    private String problem;
    /**
     * Set when the file is in another version of the format (a newer lede's, read by an older one): it is then
     * neither read nor ever written over, so the marks it holds survive going back to an older lede.
     */
    private String otherVersion;

    MarksLog(Path stateDir) {
        this.stateDir = stateDir;
        this.file = stateDir.resolve(FOLDER).resolve(NAME);
    }

    Path file() {
        return file;
    }

    Marks marks() {
        return marks;
    }

    /**
     * Reads the file: what it holds beyond what was read already, or all of it when it was replaced since. A part
     * that is not whole, read without the lock, may be a record another process is writing: it is read again under
     * the lock.
     *
     * @return what is wrong with the file, or null
     */
    String load() throws IOException {
        catchUp();
        if (problem != null && known) {
            AtomicFile.Lock lock;
            try {
                lock = lock(false);
            } catch (IOException e) { // a folder lede may not write: what was read is all there is
                return problem;
            }
            try (lock) {
                catchUp();
            }
        }
        return problem;
    }

    /** True when the log holds more than twice the ids its marks need, and some more. */
    boolean worthCompacting() {
        return ids > 2L * marks.size() + SLACK;
    }

    /**
     * Saves one change: under the lock, reads what others wrote, then appends the record and forces it to disk; a
     * file that is missing, damaged or not lede's is written anew, holding the marks with this change. The marks in
     * memory change only once it is saved.
     */
    void append(Mark mark, Collection<String> changed) throws IOException {
        try (AtomicFile.Lock lock = lock(true)) {
            catchUp();
            refuseOtherVersion();
            if (!known || problem != null) {
                rewrite(marks.with(mark, changed));
                return;
            }
            long[] hashes = new long[changed.size()];
            int n = 0;
            for (String id : changed) {
                hashes[n++] = marks.hash(id);
            }
            byte[] record = MarksFormat.record(mark, hashes, n);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buffer = ByteBuffer.wrap(record);
                long at = offset;
                while (buffer.hasRemaining()) {
                    at += channel.write(buffer, at);
                }
                channel.force(false);
            }
            offset += record.length;
            ids += n;
            marks.apply(mark, changed);
        }
    }

    /**
     * Compaction: under the lock, reads what others wrote, then replaces the file with one holding the marks that
     * {@code keep} makes of them.
     */
    void compact(UnaryOperator<Marks> keep) throws IOException {
        try (AtomicFile.Lock lock = lock(true)) {
            catchUp();
            refuseOtherVersion();
            rewrite(keep.apply(marks));
        }
    }

    private void catchUp() throws IOException {
        otherVersion = null;
        BasicFileAttributes attributes;
        try {
            // a basic lstat, not OwnFolder.find: a third of the time an empty state takes (writes check the owner)
            BasicFileAttributes folder = Files.readAttributes(file.getParent(), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!folder.isDirectory()) {
                forget(file.getParent() + " is " + kind(folder) + ", not a folder of lede's: no story is marked"
                        + " read");
                return;
            }
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            forget(null);
            return;
        }
        if (!attributes.isRegularFile()) {
            forget(file + " is " + kind(attributes) + ", not a file lede made: no story is marked read");
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            byte[] head = new byte[MarksFormat.HEADER_BYTES];
            MarksFormat.Header header = MarksFormat.header(head, readFully(channel, 0, head, head.length));
            if (header == null) {
                Integer version = MarksFormat.otherVersion(head, (int) Math.min(size, head.length));
                if (version != null) {
                    otherVersion = file + " is in version " + version + " of the marks format, which this lede"
                            + " (version 2) does not read: it leaves the file as it is; use the lede that wrote it";
                    forget(otherVersion + "; no story is marked read");
                    return;
                }
                forget(file + ": not a marks file of lede's (its first line is not one): no story is marked read");
                return;
            }
            if (!known || header.generation() != generation || size < offset) {
                forget(null);
                marks = new Marks(header.key());
                known = true;
                generation = header.generation();
                offset = MarksFormat.HEADER_BYTES;
            }
            problem = null;
            if (size == offset) {
                return;
            }
            long end = Math.min(size, offset + MAX_BYTES);
            byte[] bytes = new byte[(int) (end - offset)];
            int length = readFully(channel, offset, bytes, bytes.length);
            MarksFormat.Read read = MarksFormat.read(bytes, 0, length, marks::apply);
            long at = offset;
            offset += read.whole();
            ids += read.ids();
            if (read.problem() != null) {
                problem = file + ": " + read.problem() + " at byte " + (at + read.whole()) + ": read the marks"
                        + " before it; the next mark writes the file anew without the rest";
            } else if (end < size) {
                problem = file + " is larger than " + MAX_BYTES + " bytes: read the marks in the first " + MAX_BYTES;
            }
        }
    }

    /** Refuses to write over a file in another version of the format. */
    private void refuseOtherVersion() throws IOException {
        if (otherVersion != null) {
            throw new IOException(otherVersion);
        }
    }

    /** Forgets what was read: the file is gone, or is another file now, or cannot be used ({@code why}). */
    private void forget(String why) {
        if (known) {
            marks = new Marks(marks.key());
        }
        known = false;
        offset = 0;
        ids = 0;
        problem = why;
    }

    /** Replaces the file with one holding {@code next}, under a new generation. Called holding the lock. */
    private void rewrite(Marks next) throws IOException {
        long newGeneration = ThreadLocalRandom.current().nextLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(next.size() * 8 + 128);
        bytes.writeBytes(MarksFormat.header(newGeneration, next.key()));
        int[] count = new int[1];
        long[] read = next.hashes(Marks.READ, count);
        if (count[0] > 0) {
            bytes.writeBytes(MarksFormat.record(Mark.READ, read, count[0]));
        }
        long[] starred = next.hashes(Marks.STAR, count);
        if (count[0] > 0) {
            bytes.writeBytes(MarksFormat.record(Mark.STAR, starred, count[0]));
        }
        byte[] content = bytes.toByteArray();
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is a folder, not a file lede made; remove it to keep marks");
        }
        OwnFolder.make(stateDir, FOLDER).writeDurably(NAME, content);
        marks = next;
        known = true;
        generation = newGeneration;
        offset = content.length;
        ids = next.size();
        problem = null;
    }

    /** The folder's lock; {@code make}: the folder is made when missing. */
    private AtomicFile.Lock lock(boolean make) throws IOException {
        Path folder = make ? OwnFolder.make(stateDir, FOLDER).path() : file.getParent();
        return AtomicFile.lock(folder.resolve(NAME), WAIT);
    }

    private static int readFully(FileChannel channel, long position, byte[] into, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        return buffer.position();
    }

    private static String kind(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        return attributes.isSymbolicLink() ? "a symbolic link" : "not a regular file";
    }

    /** A file system error as one line naming the file: Java's own message is often the bare path. */
    static String describe(FileSystemException e) {
        String what = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "no such file or folder"
                : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        return (e.getOtherFile() != null ? e.getOtherFile() : e.getFile()) + ": " + what;
    }
}
