package dev.lede.storyfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How large a story file may be. A larger file is skipped with a warning, never truncated: half a story shown as if
 * it were whole would be worse than none, and reading only a bounded prefix ({@link #read}) keeps memory bounded
 * whatever lies in the library folder.
 *
 * @param maxFileBytes the largest file that is read, in bytes
 */
public record StoryLimits(int maxFileBytes) {

    /** 16 MiB: a hundred times the longest news story, small enough that a few files in parallel fit any heap. */
    public static final int DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
    public static final StoryLimits DEFAULT = new StoryLimits(DEFAULT_MAX_FILE_BYTES);

    /** The limit a preference gives in MB (mebibytes, as the default of 16 MB is 16 MiB). */
    public static StoryLimits ofMegabytes(int megabytes) {
        return new StoryLimits(Math.multiplyExact(megabytes, 1024 * 1024));
    }

    public StoryLimits {
        if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxFileBytes out of range: " + maxFileBytes);
        }
    }

    /**
     * Reads a file, but never more than {@code maxFileBytes + 1} bytes: enough for {@link StoryParser#parse} to see
     * that the file is too large, without holding a huge (or endless) file in memory.
     */
    public byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxFileBytes + 1);
        }
    }

    boolean tooLarge(byte[] bytes) {
        return bytes.length > maxFileBytes;
    }

    /** The limit in words, e.g. {@code 16 MiB}. */
    String describe() {
        int mib = 1024 * 1024;
        if (maxFileBytes % mib == 0) {
            return maxFileBytes / mib + " MiB";
        }
        return maxFileBytes % 1024 == 0 ? maxFileBytes / 1024 + " KiB" : maxFileBytes + " bytes";
    }
}
