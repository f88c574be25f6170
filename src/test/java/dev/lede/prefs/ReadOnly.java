package dev.lede.prefs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A file or folder that this process may not change until closed: {@code chattr +i} (immutable) when the tests run
 * as root, who may write through any permission bits, else its write permissions removed. Where neither works (root
 * on a file system without the flag) the test is skipped.
 */
final class ReadOnly implements AutoCloseable {

    private final Path path;
    private final boolean immutable;
    private final Set<PosixFilePermission> permissions;

    private ReadOnly(Path path, boolean immutable, Set<PosixFilePermission> permissions) {
        this.path = path;
        this.immutable = immutable;
        this.permissions = permissions;
    }

    static ReadOnly make(Path path) throws IOException, InterruptedException {
        if (chattr("+i", path)) {
            return new ReadOnly(path, true, null);
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(path)) {
            Files.setPosixFilePermissions(path, permissions);
            Assumptions.abort("cannot make " + path + " read-only here: root, and chattr +i is not supported");
        }
        return new ReadOnly(path, false, permissions);
    }

    /** Whether {@code chattr +i} works here (it needs root and a file system that has the flag). */
    static boolean canMakeImmutable() throws IOException, InterruptedException {
        Path probe = Files.createTempFile("lede-chattr", ".probe");
        try {
            boolean ok = chattr("+i", probe);
            if (ok) {
                chattr("-i", probe);
            }
            return ok;
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** The words the refusal gives. */
    String reason() {
        return immutable ? "operation not permitted" : "permission denied";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            if (!chattr("-i", path)) {
                throw new IOException("chattr -i " + path + " failed");
            }
        } else {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean chattr(String flag, Path path) throws InterruptedException {
        return succeeds("chattr", flag, path.toString());
    }

    /** Runs a command with its output discarded: whether it exists and exits 0 within 10 s. */
    static boolean succeeds(String... command) throws InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false; // no such command
        }
        return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
