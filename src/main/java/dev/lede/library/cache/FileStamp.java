package dev.lede.library.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What one {@code stat} says about a file, enough to notice that it changed: size, modification time in
 * nanoseconds, and the file's identity (a hash of device and inode). An edit changes the mtime (and usually the
 * size); replacing a file (an editor's save by rename, {@code rsync}, {@code git checkout}) changes its inode. The one
 * change this cannot see is an in-place rewrite to the same size whose mtime is then set back to the old value to
 * the nanosecond ({@code touch -r}); {@code lede --no-cache} reads every file afresh. The ctime would catch even that,
 * but Java reads it only through the slow {@code unix:} attribute view, which doubled the time of a cached list.
 *
 * @param identity the hash of the file key (device and inode); exact for the 32-bit inodes of ext4
 * @param regular  true for a regular file (after following links)
 */
public record FileStamp(long size, long mtime, long identity, boolean regular) {

    /**
     * Equal when every part is: written out, since a record's own equals and hashCode are bootstrapped through method
     * handles on their first use, which cost every short run of lede a few milliseconds (README, Start-up).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamp that && size == that.size && mtime == that.mtime
                && identity == that.identity && regular == that.regular;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 * 31 * 31 + Long.hashCode(mtime) * 31 * 31 + Long.hashCode(identity) * 31
                + Boolean.hashCode(regular);
    }

    /** Stands for a file that could not be stat'ed: it equals no real stamp, so such a file is always read. */
    public static final FileStamp NONE = new FileStamp(-1, Long.MIN_VALUE, -1, false);

    /**
     * How long after a change a stamp is trusted: a file changed within this window of a scan may change again
     * within the same timestamp tick and keep the stamp (coarse kernel clocks tick every few milliseconds; FAT and
     * some network file systems keep whole or even two seconds).
     */
    public static final long RACY_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(3);

    /**
     * Stats a file, following links. (The POSIX view hands back the JDK's own attributes object, where the basic view
     * wraps it in one more object per file.)
     */
    public static FileStamp of(Path path) throws IOException {
        BasicFileAttributes a = readAttributes(path);
        Object key = a.fileKey();
        return new FileStamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? 0 : key.hashCode(), a.isRegularFile());
    }

    private static BasicFileAttributes readAttributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return Files.readAttributes(path, BasicFileAttributes.class);
        }
    }

    /**
     * True when what was read of the file at a scan that started at {@code scanStart} (nanoseconds since the epoch,
     * taken before the stat) is still what the file holds whenever a later stat gives this same stamp: the file's
     * last change lies outside the racy window before the scan (and not in the future).
     */
    public boolean settledBefore(long scanStart) {
        return this != NONE && mtime + RACY_WINDOW_NANOS <= scanStart;
    }
}
