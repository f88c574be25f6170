package dev.lede.safefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * A temporary file or folder that this process is writing: locked for as long as it is open (an exclusive lock on
 * the file itself, or on a {@code lede.lock} file inside the folder), and deleted when it is closed or when the JVM
 * shuts down (on SIGTERM, SIGINT or SIGHUP too, through a shutdown hook; not on SIGKILL, nor on those signals under
 * {@code java -Xrs}, which runs no hook then). What such a kill leaves behind, {@link #removeDead} removes: a
 * temporary named as lede names them that no process holds locked belongs to a lede that is gone, since the kernel
 * drops a dead process's locks.
 *
 * <p>The set of open temporaries is static because a shutdown hook is one per JVM.
 */
public final class TempFile implements Closeable {

    private static final String LOCK = "lede.lock";
    private static final int ATTEMPTS = 5;
    /**
     * Every temporary this process has open, with its file key: the shutdown hook deletes them, and cleaners pass
     * over them without opening them (closing any channel to a file drops every lock this process holds on it).
     */
    private static final Map<Path, Object> OPEN = new ConcurrentHashMap<>();
    /**
     * Set when the JVM starts shutting down. The other threads go on running while the hook deletes what is open, so
     * a temporary made after that moment deletes itself instead of outliving the hook.
     */
    private static volatile boolean shuttingDown;
    /** Held (shared) from making a temporary until it is in {@link #OPEN}; the hook waits for it (exclusive). */
    private static final ReentrantReadWriteLock MAKING = new ReentrantReadWriteLock();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(TempFile::deleteAllOpen, "lede-temp-cleanup"));
        } catch (IllegalStateException e) {
            // first used by another shutdown hook: the JVM is already going, and close() still deletes
        }
    }

    private final Path path;
    private final FileChannel channel;
    private boolean kept;

    private TempFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** A new empty file {@code prefix<digits>suffix} in {@code dir}, readable only by its owner, locked. */
    static TempFile file(Path dir, String prefix, String suffix) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path path = made(() -> Files.createTempFile(dir, prefix, suffix));
            TempFile temp = locked(path, path, false, attempt);
            if (temp != null) {
                return temp;
            }
        }
    }

    /** A new empty folder {@code prefix<digits>} in the system's temporary folder, for its owner only, locked. */
    public static TempFile folder(String prefix) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path path = made(() -> Files.createTempDirectory(prefix));
            TempFile temp = locked(path, path.resolve(LOCK), true, attempt);
            if (temp != null) {
                return temp;
            }
        }
    }

    /** Makes a temporary and puts it in {@link #OPEN} at once, so that a shutdown from then on deletes it. */
    private static Path made(Maker maker) throws IOException {
        MAKING.readLock().lock();
        try {
            if (shuttingDown) {
                throw new IOException("lede is stopping");
            }
            Path path = maker.make().toAbsolutePath();
            OPEN.put(path, path);
            return path;
        } finally {
            MAKING.readLock().unlock();
        }
    }

    @FunctionalInterface
    private interface Maker {
        Path make() throws IOException;
    }

    /** Work that makes something inside a temporary: see {@link #beforeShutdown}. */
    @FunctionalInterface
    public interface Making<T> {
        T make() throws IOException;
    }

    /**
     * Runs {@code work}, which makes folders inside a temporary (a library opening its folder makes it again when it
     * is missing), only while the JVM is not shutting down, and before the shutdown's cleaning can start: so nothing
     * it makes can come back after the cleaning deleted the temporary.
     *
     * @throws IOException when the JVM is shutting down
     */
    public static <T> T beforeShutdown(Making<T> work) throws IOException {
        MAKING.readLock().lock();
        try {
            if (shuttingDown) {
                throw new IOException("lede is stopping");
            }
            return work.make();
        } finally {
            MAKING.readLock().unlock();
        }
    }

    /**
     * Locks {@code lockFile}; null when a cleaner of another process took {@code path} for a dead one's between its
     * creation and the lock, and deleted it (it deletes only while holding the lock, so once the lock is ours, the
     * file still being there proves it was not).
     */
    private static TempFile locked(Path path, Path lockFile, boolean folder, int attempt) throws IOException {
        FileChannel channel = null;
        try {
            BasicFileAttributes made = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            OPEN.put(path, key(made, path));
            channel = folder
                    ? FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                    : FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            lock(channel);
            if (Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                return new TempFile(path, channel);
            }
        } catch (NoSuchFileException | OverlappingFileLockException e) {
            // removed, or being removed, by a cleaner: try a new name
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            OPEN.remove(path);
            delete(path);
            throw e;
        }
        closeQuietly(channel);
        OPEN.remove(path);
        if (attempt >= ATTEMPTS) {
            throw new IOException("cannot create a temporary file in " + path.getParent()
                    + ": it is deleted as soon as it is made");
        }
        return null;
    }

    /**
     * Locks the temporary for its life. A file system without locks (some network ones) fails every lock: then no
     * cleaner can lock the temporary either, and none ever removes it.
     */
    private static void lock(FileChannel channel) throws IOException {
        try {
            channel.lock();
        } catch (NoSuchFileException | OverlappingFileLockException e) {
            throw e;
        } catch (IOException e) {
            // no locks here
        }
    }

    /** The file or folder. */
    public Path path() {
        return path;
    }

    /** The open file, for reading and writing; for a folder, its lock file. Closed by {@link #close}. */
    FileChannel channel() {
        return channel;
    }

    /** Keeps the path from being deleted at {@link #close}: it was renamed, and whatever is there now is not ours. */
    void keep() {
        kept = true;
    }

    /** Deletes the file or folder (unless {@link #keep kept}) and lets go of its lock. */
    @Override
    public void close() throws IOException {
        try {
            if (!kept) {
                delete(path);
            }
        } finally {
            OPEN.remove(path);
            channel.close();
        }
    }

    /**
     * Deletes the temporary files in {@code dir} whose names {@code named} accepts and that no process holds locked.
     * Links, other kinds of file, folders and this process's own temporaries are left alone, and so is anything that
     * cannot be opened. Never fails: a folder that cannot be read is left as it is.
     *
     * @return how many were deleted
     */
    static int removeDead(Path dir, Predicate<String> named) {
        return removeDead(dir, named, null);
    }

    /**
     * Deletes the dead temporaries beside this one, files and folders, as {@link #removeDead(Path, Predicate)} does:
     * a folder when it holds a {@code lede.lock} that no process holds locked, and only when it has this one's owner
     * (in a shared folder such as {@code /tmp}, another user could swap a link in under a folder being deleted).
     *
     * @return how many were deleted
     */
    public int removeDeadBeside(Predicate<String> named) {
        try {
            return removeDead(path.getParent(), named, Files.getOwner(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** With {@code owner} null, files only. */
    private static int removeDead(Path dir, Predicate<String> named, UserPrincipal owner) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                entry -> named.test(entry.getFileName().toString()))) {
            for (Path entry : entries) {
                if (removeIfDead(entry, owner)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the leftovers stay for a later run
        }
        return removed;
    }

    /** True when {@code name} is {@code prefix}, digits, {@code suffix}: as {@link #file} and {@link #folder} name. */
    public static boolean isNamed(String name, String prefix, String suffix) {
        if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.length() <= prefix.length() + suffix.length()) {
            return false;
        }
        return name.substring(prefix.length(), name.length() - suffix.length()).chars()
                .allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean removeIfDead(Path entry, UserPrincipal owner) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            boolean folder = attributes.isDirectory() && owner != null
                    && owner.equals(Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS));
            Path lockFile = folder ? entry.resolve(LOCK) : entry;
            boolean ours = OPEN.containsValue(key(attributes, entry.toAbsolutePath()));
            if (ours || !(folder || attributes.isRegularFile())
                    || !Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            // read and write: should a FIFO be swapped in after the check above, Linux opens it without waiting
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
                 FileLock lock = tryLock(channel)) {
                if (lock == null) {
                    return false; // its writer is alive
                }
                delete(entry);
                return !Files.exists(entry, LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What tells a file apart: its file key (device and inode), or where there is none its path. */
    private static Object key(BasicFileAttributes attributes, Path path) {
        return attributes.fileKey() != null ? attributes.fileKey() : path;
    }

    /** The lock, or null when another process holds it, or another thread or channel of this one. */
    static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** True once the JVM has begun to shut down (a signal): long work writing into a temporary should stop. */
    public static boolean shuttingDown() {
        return shuttingDown;
    }

    private static void deleteAllOpen() {
        shuttingDown = true;
        try {
            MAKING.writeLock().tryLock(1, TimeUnit.SECONDS); // let a temporary being made get into OPEN; never released
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Path path : OPEN.keySet()) {
            delete(path);
        }
    }

    /**
     * Deletes a file, or a folder and what it holds (never following a link), as far as it can. A folder's lock file
     * goes last, once nothing else is left (threads still writing into it may add files while it is deleted), so that
     * a folder that could not be emptied can still be told for a dead one's and removed by a later run.
     */
    private static void delete(Path path) {
        try {
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(path);
                return;
            }
            Path lockFile = path.resolve(LOCK);
            // threads still writing into the folder (Lucene's, on a signal) may add files for a while
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3); // a loaded machine: a segment's flush
            for (int round = 0; round < 3 || System.nanoTime() < deadline; round++) {
                if (round >= 3) {
                    Thread.sleep(10);
                }
                deleteTreeBut(path, lockFile);
                try (DirectoryStream<Path> left = Files.newDirectoryStream(path, p -> !p.equals(lockFile))) {
                    if (!left.iterator().hasNext()) {
                        Files.deleteIfExists(lockFile);
                        Files.delete(path);
                        return;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // what cannot be deleted now, a later run's removeDead will
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTreeBut(Path root, Path kept) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(kept)) {
                    Files.deleteIfExists(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // deleted meanwhile
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (!dir.equals(root)) {
                    Files.deleteIfExists(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
