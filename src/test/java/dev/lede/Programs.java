package dev.lede;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs some tests need besides Java (tmux, cmark-gfm, setpriv). Without one, a test run by a person is skipped with
 * one line saying which program is missing; under {@code CI=true} it fails, because {@code .ci/run} installs them.
 */
public final class Programs {

    /** The Debian package that installs each program, for the line that says how to get it. */
    private static final Map<String, String> PACKAGES = Map.of("setpriv", "util-linux", "man", "man-db",
            "dpkg-deb", "dpkg");

    private Programs() {
    }

    /** Skips the calling test (or fails it under {@code CI=true}) unless {@code program} is on the PATH. */
    public static void require(String program) {
        if (onPath(program)) {
            return;
        }
        String line = "needs " + program + ", which is not on the PATH (Debian: apt-get install "
                + PACKAGES.getOrDefault(program, program) + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(line + " (CI=true: .ci/run installs it)");
        }
        System.err.println("skipped: " + line);
        Assumptions.abort(line);
    }

    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
