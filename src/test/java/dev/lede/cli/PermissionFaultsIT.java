package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and folders the user may not read: a warning or a one-line error from the real launcher. Tests run as root
 * here and in CI, where no permission bit stops a read, so as root the launcher runs as {@code nobody} through
 * {@code setpriv}; as anyone else it runs as is.
 */
class PermissionFaultsIT {

    private static final List<String> AS_NOBODY = "root".equals(System.getProperty("user.name"))
            ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();

    @BeforeEach
    void setprivWhenRoot() {
        if (!AS_NOBODY.isEmpty()) {
            Programs.require("setpriv");
        }
    }

    private static LauncherIT.Run lede(Path cwd, String... args) throws Exception {
        return LauncherIT.lede(AS_NOBODY, cwd, Map.of(), args);
    }

    @Test
    void anUnreadableFileIsAWarningAndAnUnreadableFolderAOneLineError(@TempDir Path dir) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("001_ok.txt"), "Fine\n\nThe lede.\n");
        Files.writeString(lib.resolve("002_secret.txt"), "Secret\n\nThe lede.\n");
        Files.setPosixFilePermissions(lib.resolve("002_secret.txt"), PosixFilePermissions.fromString("---------"));
        Path sub = Files.createDirectories(lib.resolve("003_locked.txt"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("---------"));
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("001_inside.txt"), "Inside\n\nThe lede.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-wx------"));

        LauncherIT.Run list = lede(dir, "--no-cache", "list", "-f", "tsv", "lib");
        assertEquals(new LauncherIT.Run(0, "1\tok\tFine\t0\n",
                "lede: warning: lib/002_secret.txt: skipped: cannot read: permission denied\n"
                        + "lede: warning: lib/003_locked.txt: skipped: not a regular file\n"), list);
        LauncherIT.Run show = lede(dir, "--no-cache", "show", "secret", "lib");
        assertEquals(ExitCode.LIBRARY, show.code());
        assertEquals("", show.out());
        assertEquals(List.of("lede: warning: lib/002_secret.txt: skipped: cannot read: permission denied",
                "lede: warning: lib/003_locked.txt: skipped: not a regular file",
                "lede: error: no story with id 'secret' in lib"), show.err().lines().toList());
        assertEquals(new LauncherIT.Run(ExitCode.LIBRARY, "",
                "lede: error: cannot read library folder locked: permission denied\n"),
                lede(dir, "--no-cache", "export", "locked"));
    }

    @Test
    void anotherUsersPreferencesFileIsNeverTakenOverByASave(@TempDir Path dir) throws Exception {
        assumeTrue(!AS_NOBODY.isEmpty(), "needs root, to run lede as nobody beside a file of root's");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx")); // nobody may rename here
        Path config = Files.writeString(dir.resolve("config.yml"), "theme: default\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));

        LauncherIT.Run set = lede(dir, "--config", "config.yml", "config", "set", "theme", "dark");
        assertEquals(new LauncherIT.Run(ExitCode.CONFIG, "", "lede: error: cannot save theme to config.yml: "
                + "config.yml belongs to root, and only root may save it keeping its owner\n"), set);
        assertEquals("theme: default\n", Files.readString(config));
        assertEquals(0, Files.getAttribute(config, "unix:uid"));
    }
}
