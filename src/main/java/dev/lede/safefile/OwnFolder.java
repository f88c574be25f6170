package dev.lede.safefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * One of lede's own folders in the cache ({@code lists/}, {@code index/}): a real folder, not a link, owned by the
 * user, made with mode 0700 (and set to it when found open to others). Nothing in it is followed through a link: a file is read
 * only when it is a regular file of the user's and no larger than the caller allows (so a FIFO never blocks and a
 * planted file is never read whole), and a write renames a new file over whatever has the name, a link included,
 * never writing through it. The folders above it are the user's choice ({@code ~/.cache} may well be a link) and are
 * only made, with mode 0700, when missing.
 */
public final class OwnFolder {

    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private final Path path;

    private OwnFolder(Path path) {
        this.path = path;
    }

    /**
     * The folder {@code name} in {@code parent}, made (with any missing parents) when missing.
     *
     * @throws IOException when it cannot be made, or what is there is not a folder of the user's alone
     */
    public static OwnFolder make(Path parent, String name) throws IOException {
        Path path = parent.resolve(name);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            makeParents(parent);
            try {
                Files.createDirectory(path, PRIVATE);
            } catch (FileAlreadyExistsException e) {
                // made meanwhile by another lede; checked below
            }
        }
        return checked(path);
    }

    /**
     * The folder {@code name} in {@code parent}, which must exist already.
     *
     * @throws IOException when it does not exist or is not a folder of the user's alone
     */
    public static OwnFolder find(Path parent, String name) throws IOException {
        return checked(parent.resolve(name));
    }

    /** The folder {@code name} in this one, made when missing; see {@link #make(Path, String)}. */
    public OwnFolder make(String name) throws IOException {
        return make(path, name);
    }

    public Path path() {
        return path;
    }

    /**
     * The bytes of the file {@code name}.
     *
     * @throws IOException when it is missing, not a regular file of the user's, larger than {@code maxBytes} or
     *                     changes size while read
     */
    public byte[] read(String name, int maxBytes) throws IOException {
        Path file = path.resolve(name);
        FileStat stat = ownFile(file, maxBytes);
        byte[] bytes = new byte[(int) stat.size()];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reading on
            }
            if (buffer.hasRemaining() || channel.read(ByteBuffer.allocate(1)) > 0) {
                throw new IOException(file + " changed while it was read");
            }
        }
        return bytes;
    }

    /**
     * The file {@code name} mapped read-only, for a file too large to copy onto the heap (the list cache of a
     * million stories): checked like {@link #read} before it is opened. lede replaces its files by renaming, never
     * in place, so the mapping keeps the content it was made with.
     *
     * @throws IOException when it is missing, not a regular file of the user's, larger than {@code maxBytes} (at
     *                     most {@link Integer#MAX_VALUE}, the most one mapping holds) or changed size since the check
     */
    public ByteBuffer map(String name, long maxBytes) throws IOException {
        Path file = path.resolve(name);
        FileStat stat = ownFile(file, Math.min(maxBytes, Integer.MAX_VALUE));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() != stat.size()) {
                throw new IOException(file + " changed while it was opened");
            }
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, stat.size());
        }
    }

    /** The stat of a regular file of the user's of at most {@code maxBytes}, taken before it is opened. */
    private static FileStat ownFile(Path file, long maxBytes) throws IOException {
        FileStat stat = FileStat.of(file);
        if (!stat.isRegularFile() || !stat.isMine()) {
            throw new IOException(file + " is " + stat.kind() + (stat.isMine() ? "" : " of another user")
                    + ", not a file lede made");
        }
        if (stat.size() > maxBytes) {
            throw new IOException(file + " is larger than " + maxBytes + " bytes");
        }
        return stat;
    }

    /** Writes a file's content to a channel, for {@link #write(String, Content)}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(FileChannel channel) throws IOException;
    }

    /**
     * Like {@link #write(String, byte[])} for content written a piece at a time, so that a large file is never
     * whole in memory; when {@code content} throws, the file is left as it was.
     */
    public void write(String name, Content content) throws IOException {
        AtomicFile.removeLeftovers(path, Set.of(name));
        try (TempFile temp = TempFile.file(path, "." + name + ".", ".tmp")) {
            content.writeTo(temp.channel());
            AtomicFile.move(temp, path.resolve(name));
        }
    }

    /**
     * Replaces the file {@code name} with these bytes, whole or not at all: a temporary file beside it (mode 0600)
     * renamed over it (the temporary files of killed writes removed first), not forced to disk (after a power cut the file may be old, empty or partial, which suits a
     * file that is checked when read). A link at {@code name} is replaced, its target left alone.
     */
    public void write(String name, byte[] bytes) throws IOException {
        write(name, bytes, false);
    }

    /**
     * As {@link #write(String, byte[])}, but the new file is forced to disk before the rename, so that after a power
     * cut the file is the old one or the new one: for a file that holds what the user did (the reading state).
     */
    public void writeDurably(String name, byte[] bytes) throws IOException {
        write(name, bytes, true);
    }

    private void write(String name, byte[] bytes, boolean force) throws IOException {
        AtomicFile.removeLeftovers(path, Set.of(name));
        try (TempFile temp = TempFile.file(path, "." + name + ".", ".tmp")) {
            FileChannel channel = temp.channel();
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (force) {
                channel.force(true);
            }
            AtomicFile.move(temp, path.resolve(name));
        }
    }

    /**
     * Checks that everything in the folder is a regular file of the user's, for a folder whose files another
     * library opens by name (the search index).
     *
     * @throws IOException naming the first entry that is not
     */
    public void checkFiles() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            for (Path entry : entries) {
                FileStat stat = FileStat.of(entry);
                if (!stat.isRegularFile() || !stat.isMine()) {
                    throw new IOException(entry + " is " + stat.kind() + (stat.isMine() ? "" : " of another user"));
                }
            }
        }
    }

    private static void makeParents(Path parent) throws IOException {
        Path absolute = parent.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        if (absolute.getParent() != null) {
            makeParents(absolute.getParent());
        }
        try {
            Files.createDirectory(absolute, PRIVATE);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
    }

    private static OwnFolder checked(Path path) throws IOException {
        FileStat stat = FileStat.of(path);
        if (!stat.isFolder() || !stat.isMine()) {
            throw new IOException(path + " is " + stat.kind() + (stat.isMine() ? "" : " of another user")
                    + ", not a folder of lede's");
        }
        if (stat.openToOthers()) {
            Files.setPosixFilePermissions(path, PRIVATE.value()); // made by an older lede, or by hand
        }
        return new OwnFolder(path);
    }
}
