package dev.lede.atomic;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Set;

/** Writes a file whole or not at all. */
public final class AtomicFile {

    /** Writes text to a writer; may throw. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code target} through a temporary file in the same folder, forced to disk and then renamed over it.
     * An existing target keeps its permissions; a symbolic link is written through to the file it points to.
     */
    public static void write(Path target, Content content) throws IOException {
        Path real = resolveLinks(target);
        Path dir = real.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + real.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                         StandardCharsets.UTF_8), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            copyPermissions(real, temp);
            move(temp, real);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code text} as UTF-8, like {@link #write(Path, Content)}. */
    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /**
     * Locks {@code target} against other processes (and other threads) that lock it too, for a read-modify-write:
     * an exclusive lock on {@code .NAME.lock} beside the file the target resolves to, which stays behind when the
     * lock is released. The target is replaced by renames, so the lock cannot be taken on the target itself.
     *
     * @param timeout how long to wait for another holder to finish
     * @throws IOException when the lock file cannot be created, or the lock is still held after {@code timeout}
     */
    public static Lock lock(Path target, Duration timeout) throws IOException {
        Path real = resolveLinks(target);
        Path lockFile = real.toAbsolutePath().resolveSibling("." + real.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new Lock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("another process is still saving " + target + " after "
                            + timeout.toSeconds() + " s");
                }
                Thread.sleep(10);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to save " + target);
        }
    }

    /**
     * Deletes the temporary files that writes of {@code target} killed before their rename left beside it
     * ({@code .NAME.<digits>.tmp}), and nothing else. Call it only while holding {@link #lock}, so that no write in
     * progress is mistaken for a leftover.
     *
     * @return how many were deleted
     */
    public static int removeLeftovers(Path target) throws IOException {
        Path real = resolveLinks(target);
        String name = real.getFileName().toString();
        String prefix = "." + name + ".";
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(real.toAbsolutePath().getParent(),
                f -> isLeftover(f.getFileName().toString(), prefix))) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean isLeftover(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(".tmp")) {
            return false;
        }
        String middle = name.substring(prefix.length(), name.length() - ".tmp".length());
        return !middle.isEmpty() && middle.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // another thread of this process holds it
        }
    }

    /** A held lock; closing releases it. */
    public static final class Lock implements Closeable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        /** Releases the lock; closing again does nothing. */
        @Override
        public void close() throws IOException {
            if (!channel.isOpen()) {
                return;
            }
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    static void move(Path temp, Path real) throws IOException {
        try {
            Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path resolveLinks(Path target) throws IOException {
        Path path = target;
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops > 40) {
                throw new IOException("too many levels of symbolic links: " + target);
            }
            Path link = Files.readSymbolicLink(path);
            path = path.toAbsolutePath().getParent().resolve(link);
        }
        return path;
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(from)
                ? Files.getPosixFilePermissions(from)
                : Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        view.setPermissions(permissions);
    }
}
