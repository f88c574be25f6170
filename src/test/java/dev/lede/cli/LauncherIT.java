package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.Programs;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code ./lede} launcher, as a script would. */
class LauncherIT {

    static final Path HOME = Path.of(System.getenv().getOrDefault("LEDE_HOME", ".")).toAbsolutePath();

    record Run(int code, String out, String err) {
    }

    static Run lede(Path cwd, String... args) throws IOException, InterruptedException {
        return lede(cwd, java.util.Map.of(), args);
    }

    /**
     * Runs the launcher with a fresh, empty home folder and no preferences variables, so the developer's own
     * preferences never change what a test sees; {@code env} adds variables on top.
     */
    static Run lede(Path cwd, java.util.Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return lede(List.of(), cwd, env, args);
    }

    /** Like {@link #lede(Path, java.util.Map, String...)}, the launcher run through {@code prefix} (e.g. setpriv). */
    static Run lede(List<String> prefix, Path cwd, java.util.Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(HOME.resolve("lede").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("lede-out", ".txt");
        Path err = Files.createTempFile("lede-err", ".txt");
        Path userHome = Files.createTempDirectory("lede-home");
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("LEDE_CONFIG");
        builder.environment().remove("XDG_CONFIG_HOME");
        builder.environment().put("HOME", userHome.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("lede " + String.join(" ", args) + " did not finish");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        deleteTree(userHome);
        return run;
    }

    /** The JVM cannot start under a small address-space limit: its own message goes to stderr, stdout stays empty. */
    @Test
    void aJvmThatCannotStartSaysSoOnStderr(@TempDir Path cwd) throws Exception {
        Run run = lede(List.of("bash", "-c", "ulimit -v 400000 && exec \"$@\"", "bash"), cwd, java.util.Map.of(),
                "list");
        assertEquals("", run.out());
        assertTrue(run.err().contains("Error occurred during initialization of VM"), run.err());
        assertEquals(1, run.code());
    }

    /**
     * JAVA_OPTS is split into words and each reaches Java as typed: a {@code *} in it is not a file pattern, which
     * matched the names in the working folder (a bare {@code *} even ran a {@code .java} file found there).
     */
    @Test
    void javaOptsAreWordsNeverFilePatterns(@TempDir Path cwd) throws Exception {
        Files.createFile(cwd.resolve("-Dlede.glob=planted"));
        Run run = lede(cwd, java.util.Map.of("JAVA_OPTS", "-XshowSettings:properties -Dlede.glob=*"), "list");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("lede.glob = *\n"), run.err());
    }

    /**
     * A user who may not write the installation (root's, run by anyone else) still runs it when its class-data
     * archive is older than the jar, as after an update: the launcher's attempt to make a new one stopped it, exit 1
     * with {@code rm: cannot remove '.../lede.jsa': Permission denied}.
     */
    @Test
    void aUserWhoMayNotWriteTheInstallationRunsItWithAnOldArchive() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root, to run the launcher as nobody");
        Programs.require("setpriv");
        assertEquals(0, lede(HOME, "--version").code()); // the jar and its archive made, as root
        Path jar = HOME.resolve("target/lede.jar");
        Path archive = HOME.resolve("target/lede.jsa");
        assumeTrue(Files.exists(archive), "no class-data archive on this JVM");
        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() - 3_600_000));
        Run run = lede(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"), HOME,
                java.util.Map.of("LEDE_CACHE_DIR", "/nonexistent/cache"), "--version");
        assertEquals("", run.err());
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("lede "), run.out());
    }

    /** In a folder deleted under it, lede says so in one line on stderr (after the shell's own complaint). */
    @Test
    void aDeletedWorkingFolderIsOneLineOnStderr(@TempDir Path tmp) throws Exception {
        Path gone = Files.createDirectories(tmp.resolve("gone"));
        Run run = lede(List.of("bash", "-c", "cd \"$1\" && rmdir \"$1\" && shift && exec \"$@\"", "bash",
                gone.toString()), tmp, java.util.Map.of(), "list");
        assertEquals("", run.out());
        List<String> err = run.err().lines().toList();
        assertEquals("lede: error: the working folder no longer exists (deleted?); cd to another folder and run lede"
                + " again", err.get(err.size() - 1), run.err());
        assertEquals(1, run.code());
    }

    @Test
    void listsTheShippedLibraryFromAnyFolder(@TempDir Path elsewhere) throws Exception {
        Run run = lede(elsewhere, "list", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertEquals("df008af81b2ca71f", rows.get(0).get("id").asText());
        assertEquals("", run.err());
    }

    @Test
    void showsTheSeedAsTextAndTheSharedStructureAsJson() throws Exception {
        Run text = lede(HOME, "show", "df008af81b2ca71f");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("Albania joins Israel Allies Group"));
        Run json = lede(HOME, "show", "df008af81b2ca71f", "--format", "json");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode story = mapper.readTree(json.out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) story).remove("file");
        assertEquals(mapper.readTree(HOME.resolve("src/test/resources/stories/seed.shared-expected.json").toFile()),
                story);
    }

    @Test
    void exportsJsonLinesThatParse() throws Exception {
        Run run = lede(HOME, "export", "--format", "jsonl");
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.out().lines().count());
        assertEquals(3, new ObjectMapper().readTree(run.out()).get("sections").size());
    }

    @Test
    void exitCodesReachTheShell(@TempDir Path dir) throws Exception {
        Run unknownId = lede(HOME, "show", "no-such-id");
        assertEquals(3, unknownId.code());
        assertEquals("", unknownId.out());
        assertTrue(unknownId.err().startsWith("lede: error: "), unknownId.err());
        assertEquals(3, lede(HOME, "list", dir.resolve("missing").toString()).code());
        assertEquals(2, lede(HOME, "list", "--no-such-flag").code());
        Run version = lede(HOME, "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().lines().findFirst().orElse("").matches("lede \\d+\\.\\d+\\.\\d+"), version.out());
    }

    private static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
