package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede --version}: the version, the commit of the build and the Java runtime it runs on. */
class VersionTest {

    @Test
    void versionNamesTheCommitAndTheJavaRuntime(@TempDir Path home) {
        CliRun run = CliRun.run(home, "--version");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).matches("lede (\\d+\\.\\d+\\.\\d+|\\(development build\\))"), lines.get(0));
        // the build records it (a build outside a git clone says unknown)
        assertTrue(lines.get(1).matches("commit ([0-9a-f]{7,40}(-dirty)?|unknown)"), lines.get(1));
        assertEquals("Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor")
                + ") in " + System.getProperty("java.home"), lines.get(2));
        assertEquals("", run.err());
    }

    /** Built in a git clone, the build records the commit; built from a copy without {@code .git}, unknown. */
    @Test
    void theCommitOfThisBuildIsRecorded() {
        String commit = LedeCommand.Version.commit();
        String expected = java.nio.file.Files.exists(Path.of(".git")) ? "[0-9a-f]{7,40}(-dirty)?" : "unknown";
        assertTrue(commit.matches(expected), commit);
    }
}
