package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Programs;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive {@code mvn package} makes, as a new user gets it: unpacked, installed into a prefix with
 * its own {@code bin/lede install}, run from a fresh home whose PATH holds no build tree; then uninstalled.
 */
class DistributionIT {

    static final Path HOME = LauncherIT.HOME;

    @TempDir
    static Path root;
    static Path prefix;
    static Path user;

    record Run(int code, String out, String err) {
    }

    /** The archive of this build. */
    static Path archive() throws IOException {
        try (Stream<Path> files = Files.list(HOME.resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("lede-\\d+\\.\\d+\\.\\d+\\.tar\\.gz"))
                    .findFirst().orElseThrow(() -> new AssertionError("no target/lede-VERSION.tar.gz: mvn package"));
        }
    }

    /** A fresh user: HOME, XDG folders and a PATH of the system's folders only. */
    static Map<String, String> userEnv(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        return env;
    }

    static Run run(Path cwd, Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("lede-out", ".txt");
        Path err = Files.createTempFile("lede-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    @BeforeAll
    static void install() throws Exception {
        Path unpacked = Files.createDirectories(root.resolve("unpacked"));
        user = Files.createDirectories(root.resolve("home"));
        prefix = root.resolve("prefix");
        Run tar = run(root, userEnv(user), "tar", "-xzf", archive().toString(), "-C", unpacked.toString());
        assertEquals(0, tar.code(), tar.err());
        Path tree;
        try (Stream<Path> trees = Files.list(unpacked)) {
            tree = trees.findFirst().orElseThrow();
        }
        Run install = run(root, userEnv(user), tree.resolve("bin/lede").toString(), "install", "--prefix",
                prefix.toString());
        assertEquals(0, install.code(), install.err());
        assertTrue(install.out().startsWith("lede: installed "), install.out());
        assertEquals("", install.err());
    }

    /** A second install, to be changed or removed: without making class data for it. */
    private static Run installInto(Path into) throws IOException, InterruptedException {
        Map<String, String> env = userEnv(user);
        env.put("LEDE_NO_CDS", "1");
        return run(user, env, prefix.resolve("bin/lede").toString(), "install", "--prefix", into.toString());
    }

    private static Run lede(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(prefix.resolve("bin/lede").toString()));
        command.addAll(List.of(args));
        return run(user, userEnv(user), command.toArray(String[]::new));
    }

    @Test
    void theArchiveHoldsWhatTheIssueLists() throws Exception {
        for (String file : List.of("bin/lede", "lib/lede/lede.jar", "lib/lede/seeds/000_df008af81b2ca71f.txt",
                "share/man/man1/lede.1", "share/bash-completion/completions/lede", "share/zsh/site-functions/_lede",
                "share/doc/lede/README.md", "share/doc/lede/config.yml", "share/doc/lede/licenses/THIRD-PARTY.md",
                "share/doc/lede/licenses/Apache-2.0.txt", "share/doc/lede/licenses/LGPL-3.0.txt",
                "share/doc/lede/licenses/lucene-core-9.12.3/LICENSE.txt", "share/doc/lede/licenses/jsoup-1.24.1/LICENSE",
                "lib/lede/installed-files")) {
            assertTrue(Files.isRegularFile(prefix.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(prefix.resolve("bin/lede")));
        assertTrue(Files.readString(prefix.resolve("share/zsh/site-functions/_lede")).startsWith("#compdef lede\n"));
    }

    @Test
    void versionNamesTheBuildAndTheJava() throws Exception {
        Run run = lede("--version");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("lede \\d+\\.\\d+\\.\\d+"), run.out());
        assertTrue(lines.get(1).matches("commit ([0-9a-f]{7,40}(-dirty)?|unknown)"), run.out());
        assertTrue(lines.get(2).startsWith("Java "), run.out());
        assertEquals("", run.err());
    }

    /** The shipped seeds are the default library; the class data is made in the user's cache, nothing else. */
    @Test
    void listsTheShippedSeedsAndKeepsItsClassDataInTheUsersCache() throws Exception {
        Run run = lede("list", "--format", "tsv");
        assertEquals(0, run.code(), run.err());
        assertEquals("1\tdf008af81b2ca71f\tAlbania joins Israel Allies Group, signaling bipartisan support for Israel"
                + "\t3\n", run.out());
        assertEquals("", run.err());
        Path jvm = user.resolve(".cache/lede/jvm");
        assertTrue(Files.exists(jvm.resolve("lede.jsa")) || Files.exists(jvm.resolve("lede.aot")), "no class data");
        assertTrue(Files.readString(jvm.resolve("lede.key")).contains(prefix.resolve("lib/lede/lede.jar").toString()));
        // the training runs used folders of their own: no preferences, feeds or marks of the user's were made
        assertFalse(Files.exists(user.resolve(".config")));
        assertFalse(Files.exists(user.resolve(".local/share/lede")));
        assertFalse(Files.exists(user.resolve(".local/state/lede")));
    }

    /**
     * An upgrade unpacked with tar keeps the new jar's time, older than the class data of the old jar: the class data
     * is made again (the JVM, given the old one, printed its mismatch on stdout with JDK 25's AOT cache).
     */
    @Test
    void aJarOlderThanItsClassDataGetsNewClassData() throws Exception {
        assertEquals(0, lede("list").code());
        Path jar = prefix.resolve("lib/lede/lede.jar");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(946_684_800_000L));
        Run run = lede("list", "--format", "tsv");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("1\tdf008af81b2ca71f\t"), run.out());
        assertEquals(1, run.out().lines().count(), run.out());
        assertEquals("", run.err());
        assertTrue(Files.readString(user.resolve(".cache/lede/jvm/lede.key")).strip().endsWith(" 946684800"));
    }

    @Test
    void manRendersTheInstalledPage() throws Exception {
        Programs.require("man");
        Map<String, String> env = userEnv(user);
        env.put("MANWIDTH", "80");
        env.put("PAGER", "cat");
        Run run = run(user, env, "man", "-l", "--warnings", prefix.resolve("share/man/man1/lede.1").toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(ManPageTest.plain(run.out()).contains("lede generate-completion"), run.out());
    }

    @Test
    void bashCompletesFromTheInstalledScript() throws Exception {
        String program = "source \"$1\"; COMP_WORDS=(lede list --for); COMP_CWORD=2; COMP_LINE='lede list --for';"
                + " COMP_POINT=${#COMP_LINE}; _complete_lede; printf '%s\\n' \"${COMPREPLY[@]}\";"
                + " compgen -W \"$(complete -p lede)\" -- comp";
        Run run = run(user, userEnv(user), "bash", "-c", program, "bash",
                prefix.resolve("share/bash-completion/completions/lede").toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("--format", "complete"), run.out().lines().map(String::strip).toList());
    }

    /** Where zsh is installed: compinit registers the installed {@code _lede} for lede, and it parses. */
    @Test
    void zshTakesTheInstalledCompletion() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")), "no zsh here");
        Path functions = prefix.resolve("share/zsh/site-functions");
        Run run = run(user, userEnv(user), "/usr/bin/zsh", "-fc", "fpath=(\"$1\" $fpath); autoload -U compinit;"
                + " compinit -u -d \"$2\"; print -r -- ${_comps[lede]}; zsh -n \"$1/_lede\" && print parsed", "zsh",
                functions.toString(), root.resolve("zcompdump").toString());
        assertEquals("_lede\nparsed\n", run.out(), run.err());
    }

    /** Uninstall removes what install put there, keeps what the user changed, and never touches the user's files. */
    @Test
    void uninstallRemovesExactlyWhatInstallPutThere(@TempDir Path other) throws Exception {
        Path prefix2 = other.resolve("p");
        Run install = installInto(prefix2);
        assertEquals(0, install.code(), install.err());
        Files.writeString(prefix2.resolve("share/doc/lede/config.yml"), "theme: light\n");
        Path mine = Files.createDirectories(prefix2.resolve("share/doc/lede/notes")).resolve("mine.txt");
        Files.writeString(mine, "mine");
        Path cache = Files.createDirectories(user.resolve(".cache/lede/lists"));
        Run uninstall = run(user, userEnv(user), prefix2.resolve("bin/lede").toString(), "uninstall");
        assertEquals(0, uninstall.code(), uninstall.err());
        assertEquals("lede: kept " + prefix2.resolve("share/doc/lede/config.yml") + ": changed since it was"
                + " installed\n", uninstall.err());
        try (Stream<Path> left = Files.walk(prefix2)) {
            assertEquals(List.of("p", "share", "doc", "lede", "config.yml", "notes", "mine.txt"),
                    left.sorted().map(p -> p.getFileName().toString()).toList());
        }
        assertTrue(Files.isDirectory(cache));
    }

    /** A manifest that names anything outside the prefix is refused whole: nothing is removed. */
    @Test
    void aManifestThatLeavesThePrefixRemovesNothing(@TempDir Path other) throws Exception {
        Path prefix2 = other.resolve("p");
        assertEquals(0, installInto(prefix2).code());
        Path victim = Files.writeString(other.resolve("victim.txt"), "keep me");
        Path manifest = prefix2.resolve("lib/lede/installed-files");
        String sum = run(other, userEnv(user), "sha256sum", victim.toString()).out().split(" ")[0];
        Files.writeString(manifest, Files.readString(manifest) + "f " + sum + " ../victim.txt\n");
        Run uninstall = run(user, userEnv(user), prefix2.resolve("bin/lede").toString(), "uninstall");
        assertEquals(1, uninstall.code());
        assertTrue(uninstall.err().startsWith("lede: error: " + manifest + " is damaged"), uninstall.err());
        assertTrue(Files.exists(victim));
        assertTrue(Files.exists(prefix2.resolve("bin/lede")));
    }

    /** Install never overwrites a file it did not put there (another program called lede). */
    @Test
    void installRefusesToOverwriteAnotherLede(@TempDir Path other) throws Exception {
        Path bin = Files.createDirectories(other.resolve("p/bin"));
        Files.writeString(bin.resolve("lede"), "#!/bin/sh\necho another lede\n");
        Run install = installInto(other.resolve("p"));
        assertEquals(1, install.code());
        assertEquals("lede: error: " + bin.resolve("lede") + " exists and is not from a lede install; move it away"
                + " first\n", install.err());
        assertEquals("#!/bin/sh\necho another lede\n", Files.readString(bin.resolve("lede")));
        assertFalse(Files.exists(other.resolve("p/lib")));
    }
}
