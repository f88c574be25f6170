package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a short command leaves out of its start-up (README, Performance): only the named subcommand is built, and
 * reading a preferences file builds no YAML constructor (whose logger started the JDK's logging).
 */
class LedeCommandLineStartupTest {

    @TempDir
    Path home;

    private CommandContext context() {
        return new CommandContext(home, Map.of(), home, Setup.NONE, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertEquals(Set.of("list"), LedeCommandLine.of(context(), "list", "seeds").getSubcommands().keySet());
        assertEquals(Set.of("list"),
                LedeCommandLine.of(context(), "--no-cache", "list", "--format", "tsv").getSubcommands().keySet());
        assertEquals(Set.of("search"), LedeCommandLine.of(context(), "search", "x").getSubcommands().keySet());
    }

    @Test
    void helpNoCommandAndTyposBuildEveryCommand() {
        for (String[] args : List.of(new String[] {}, new String[] {"help"}, new String[] {"--help"},
                new String[] {"lsit"}, new String[] {"generate-completion"}, new String[] {"--", "list"})) {
            assertTrue(LedeCommandLine.of(context(), args).getSubcommands().keySet()
                    .containsAll(Set.of("read", "list", "show", "search", "export", "config", "help")),
                    String.join(" ", args));
        }
    }

    /** {@code lede list DIR} with the shipped config.yml as the preferences file, in a JVM of its own. */
    @Test
    void listWithAPreferencesFileBuildsNoYamlConstructorAndStartsNoLogging() throws Exception {
        Path config = Files.createDirectories(home.resolve("config/lede")).resolve("config.yml");
        Files.copy(Path.of("config.yml"), config);
        Path seeds = Files.createDirectories(home.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "A title\n\nThe lede.\n");
        String classes = loadedClasses(seeds);
        assertTrue(classes.contains(" A title"), classes.lines().filter(l -> !l.startsWith("[")).toList().toString());
        assertTrue(classes.contains(" org.yaml.snakeyaml.composer.Composer "), "the file was composed");
        assertFalse(classes.contains(" org.yaml.snakeyaml.constructor.SafeConstructor "));
        assertFalse(classes.contains(" java.util.logging.LogManager "));
    }

    private String loadedClasses(Path seeds) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xshare:off", "-Xlog:class+load=info",
                "-cp", System.getProperty("java.class.path"), "dev.lede.Main", "list", seeds.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("LEDE_") || name.startsWith("XDG_"));
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("LEDE_CACHE_DIR", home.resolve("cache").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "lede list finished");
        String out = Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
