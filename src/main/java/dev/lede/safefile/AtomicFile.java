package dev.lede.safefile;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
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
     * An existing target keeps its permissions, owner and group; a symbolic link is written through to the file it
     * points to.
     *
     * @throws IOException too when the target is another user's and its owner cannot be kept (only root can)
     */
    public static void write(Path target, Content content) throws IOException {
        Path real = resolveLinks(target);
        try (TempFile temp = tempBeside(real)) {
            writeText(temp, content, true);
            keepOwner(real, temp.path());
            copyPermissions(real, temp.path());
            move(temp, real);
        }
    }

    /**
     * Writes {@code file} like {@link #write(Path, Content)}, but never through a link: with {@code replace},
     * whatever is at {@code file} (a file, or a link, not what it points to) is replaced by a rename; without, the
     * file is only made if nothing is there at that moment.
     *
     * @throws FileAlreadyExistsException without {@code replace}, when something is at {@code file}
     */
    public static void create(Path file, Content content, boolean replace) throws IOException {
        create(file, content, replace, true);
    }

    /**
     * Replaces {@code file} like {@link #create(Path, Content, boolean)} does, but without forcing it to disk: for
     * every process it is still whole or not at all (a kill at any moment leaves the old text or the new), but after
     * a power loss it may be old, empty or missing until {@link #force} has forced it. Many files written this way and
     * forced together cost far less than each forced on its own.
     */
    public static void replaceUnforced(Path file, Content content) throws IOException {
        create(file, content, true, false);
    }

    /**
     * Forces the files {@code names} of {@code dir} to disk, then the folder itself, which holds their names: once
     * it returns, the files written (or renamed) there before it survive a power loss.
     */
    public static void force(Path dir, Collection<String> names) throws IOException {
        for (String name : names) {
            // read and write: a FIFO put there is opened without waiting for a writer, and never followed as a link
            try (FileChannel channel = FileChannel.open(dir.resolve(name), StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                channel.force(true);
            }
        }
        forceFolder(dir);
    }

    /** Forces a folder's entries to disk (the files made, renamed or removed in it), where the system can. */
    public static void forceFolder(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException e) {
            return; // a system that cannot open a folder (Windows) keeps its entries by itself
        }
        try (channel) {
            channel.force(true);
        }
    }

    private static void create(Path file, Content content, boolean replace, boolean force) throws IOException {
        Path absolute = file.toAbsolutePath();
        try (TempFile temp = tempBeside(absolute)) {
            writeText(temp, content, force);
            if (Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS) || !Files.exists(absolute)) {
                copyPermissions(absolute, temp.path()); // its own, or the default; after a link, owner-only
            }
            if (replace) {
                move(temp, absolute);
            } else {
                link(temp, absolute);
            }
        }
    }

    /** The temporary file of a write of {@code real}: {@code .NAME.<digits>.tmp} beside it, locked while written. */
    private static TempFile tempBeside(Path real) throws IOException {
        return TempFile.file(real.toAbsolutePath().getParent(), "." + real.getFileName() + ".", ".tmp");
    }

    private static void writeText(TempFile temp, Content content, boolean force) throws IOException {
        FileChannel channel = temp.channel();
        Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                StandardCharsets.UTF_8), 1 << 16);
        content.writeTo(out);
        out.flush();
        if (force) {
            channel.force(true);
        }
    }

    /** Writes {@code text} as UTF-8, like {@link #write(Path, Content)}. */
    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /**
     * Locks {@code target} against other processes (and other threads) that lock it too, for a read-modify-write:
     * an exclusive lock on {@code .NAME.lock} beside the file the target resolves to, which stays behind when the
     * lock is released. The target is replaced by renames, so the lock cannot be taken on the target itself. The lock
     * file is lede's own: a link there is never followed and a FIFO never waited on (both are refused at once, with
     * a message saying to remove them), and one that root makes beside another user's file is given to that user.
     *
     * @param timeout how long to wait for another holder to finish
     * @throws IOException when the lock file cannot be created, or the lock is still held after {@code timeout}
     */
    public static Lock lock(Path target, Duration timeout) throws IOException {
        Path real = resolveLinks(target);
        Path lockFile = real.toAbsolutePath().resolveSibling("." + real.getFileName() + ".lock");
        FileChannel channel = openLockFile(lockFile, real);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                FileLock lock = TempFile.tryLock(channel);
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
     * ({@code .NAME.<digits>.tmp}, no longer locked by a live writer), and nothing else.
     *
     * @return how many were deleted
     */
    public static int removeLeftovers(Path target) throws IOException {
        Path real = resolveLinks(target);
        return removeLeftovers(real.toAbsolutePath().getParent(), Set.of(real.getFileName().toString()));
    }

    /**
     * Deletes, in {@code dir}, the temporary files that killed writes of any of the files {@code names} left, as
     * {@link #removeLeftovers(Path)} does for one; the folder is read once.
     *
     * @return how many were deleted
     */
    public static int removeLeftovers(Path dir, Set<String> names) {
        return TempFile.removeDead(dir, name -> isLeftover(name, names));
    }

    private static boolean isLeftover(String name, Set<String> names) {
        int digits = name.lastIndexOf('.', name.length() - ".tmp".length() - 1);
        return digits > 1 && name.startsWith(".") && names.contains(name.substring(1, digits))
                && TempFile.isNamed(name, name.substring(0, digits + 1), ".tmp");
    }

    private static FileChannel openLockFile(Path lockFile, Path real) throws IOException {
        boolean made = false;
        try {
            FileStat stat = FileStat.of(lockFile);
            if (!stat.isRegularFile()) {
                throw new IOException(lockFile + " is " + stat.kind() + ", not a lock file; remove it");
            }
        } catch (NoSuchFileException e) {
            made = true;
        }
        // READ as well: should a FIFO take the file's place after the check, this open does not wait for a writer
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        if (made) {
            try {
                keepOwner(real, lockFile);
            } catch (IOException e) {
                // not root: the save itself will refuse another user's file
            }
        }
        return channel;
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

    /** Renames the temporary file over {@code real}, the lock still held so that no cleaner takes it meanwhile. */
    static void move(TempFile temp, Path real) throws IOException {
        try {
            Files.move(temp.path(), real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp.path(), real, StandardCopyOption.REPLACE_EXISTING);
        }
        temp.keep();
    }

    /**
     * Gives the temporary file the name {@code file} only if nothing is there: a hard link fails on anything at
     * that name, a link included, and never follows one. Where hard links are not supported, a move that refuses
     * an existing file (checked just before the rename, which replaces rather than follows a link made meanwhile).
     */
    private static void link(TempFile temp, Path file) throws IOException {
        try {
            Files.createLink(file, temp.path());
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(file.toString());
            }
            Files.move(temp.path(), file);
            temp.keep();
        }
    }

    /**
     * The file {@code target} names, its links followed; only links of the user's or of root's are: a link another
     * user made (their {@code config.yml}, saved by root through {@code sudo -E}) could point root's write at any
     * file.
     */
    private static Path resolveLinks(Path target) throws IOException {
        Path path = target;
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops > 40) {
                throw new IOException("too many levels of symbolic links: " + target);
            }
            if (!FileStat.of(path).isMineOrRoots()) {
                throw new IOException(path + " is a link of another user's; lede does not write through it");
            }
            Path link = Files.readSymbolicLink(path);
            path = path.toAbsolutePath().getParent().resolve(link);
        }
        return path;
    }

    /**
     * Gives {@code to} the owner and group of {@code from}, when it exists and they differ: root saving a user's file
     * leaves it the user's. Another user's file whose owner cannot be kept is refused; a group that cannot be kept on
     * the user's own file is let go, as a rename always did.
     */
    private static void keepOwner(Path from, Path to) throws IOException {
        if (Files.getFileAttributeView(to, PosixFileAttributeView.class) == null || !Files.exists(from)) {
            return;
        }
        Map<String, Object> want = Files.readAttributes(from, "unix:uid,gid");
        Map<String, Object> have = Files.readAttributes(to, "unix:uid,gid", LinkOption.NOFOLLOW_LINKS);
        boolean anotherUsers = !want.get("uid").equals(have.get("uid"));
        try {
            if (anotherUsers) {
                Files.setAttribute(to, "unix:uid", want.get("uid"), LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException e) {
            throw new IOException(from + " belongs to " + Files.getOwner(from).getName()
                    + ", and only root may save it keeping its owner");
        }
        try {
            if (!want.get("gid").equals(have.get("gid"))) {
                Files.setAttribute(to, "unix:gid", want.get("gid"), LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException e) {
            if (anotherUsers) {
                throw new IOException("cannot give " + to + " the group of " + from);
            }
        }
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
