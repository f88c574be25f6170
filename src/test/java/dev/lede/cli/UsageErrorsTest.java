package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Programs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user who mistypes gets: one line, {@code lede: error: …}, with the nearest command or option; ids by a
 * unique start, as git takes hashes; help and completion that know every command.
 */
class UsageErrorsTest {

    @TempDir
    Path home;

    Path lib;

    @BeforeEach
    void library() throws IOException {
        lib = Files.createDirectories(home.resolve("seeds"));
        Files.copy(Path.of("seeds/000_df008af81b2ca71f.txt"), lib.resolve("000_df008af81b2ca71f.txt"));
        Files.writeString(lib.resolve("001_df00aaaa.txt"), "Second story\nIts lede.\n");
        Files.writeString(lib.resolve("002_df00bbbb.txt"), "Third story\nIts lede.\n");
    }

    private CliRun run(String... args) {
        return CliRun.run(home, args);
    }

    @Test
    void everyUsageErrorIsOneLineWithTheNearestOptionOrCommand() {
        for (List<String> args : List.of(
                List.of("list", "--fromat", "json"), List.of("list", "--fromat=json"), List.of("lsit"),
                List.of("lis"), List.of("frobnicate"), List.of("show"), List.of("list", "--sort"),
                List.of("export", "--format", "pdf"), List.of("search"), List.of("list", "-x"),
                List.of("config", "sett", "a", "b"), List.of("list", "--" + "x".repeat(100_000)))) {
            CliRun r = run(args.toArray(String[]::new));
            assertEquals(2, r.code(), args + ": " + r.err());
            assertEquals("", r.out(), args.toString());
            assertEquals(1, r.err().lines().count(), args + ": " + r.err());
            assertTrue(r.err().startsWith("lede: error: ") && r.err().endsWith(" --help'\n"), args + ": " + r.err());
        }
        assertEquals("lede: error: unknown option '--fromat' (did you mean '--format'?); see 'lede list --help'\n",
                run("list", "--fromat", "json").err());
        assertEquals("lede: error: unknown command 'lsit' (did you mean 'list'?); see 'lede --help'\n",
                run("lsit").err());
        assertEquals("lede: error: unknown command 'frobnicate'; see 'lede --help'\n", run("frobnicate").err());
        assertEquals("lede: error: unknown option '--stric' (did you mean '--strict'?); see 'lede list --help'\n",
                run("list", "--stric").err());
    }

    @Test
    void aUniqueStartOfAnIdShowsTheStory() {
        CliRun r = run("show", "df008", lib.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Albania joins Israel Allies Group"), r.out());
        assertEquals(run("show", "df008af81b2ca71f", lib.toString()).out(), r.out());
    }

    @Test
    void anAmbiguousStartListsTheCandidatesAndATooShortOneIsNoId() {
        CliRun r = run("show", "df00", lib.toString());
        assertEquals(3, r.code());
        assertEquals("lede: error: 3 stories have ids starting with 'df00': df008af81b2ca71f, df00aaaa, df00bbbb; "
                + "give more of the id\n", r.err());
        CliRun shortOne = run("show", "df0", lib.toString());
        assertEquals(3, shortOne.code());
        assertTrue(shortOne.err().startsWith("lede: error: no story with id 'df0'"), shortOne.err());
    }

    @Test
    void helpDescribesEveryCommand() {
        for (String command : List.of("list", "read", "show", "search", "export", "mark", "fetch", "feeds", "config",
                "generate-completion")) {
            CliRun r = run("help", command);
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: lede " + command), command + ": " + r.out());
        }
    }

    /** The completion script completes every command and their options, for {@code lede} and {@code ./lede}. */
    @Test
    void bashCompletesCommandsAndOptions(@TempDir Path dir) throws Exception {
        Programs.require("bash");
        CliRun script = run("generate-completion");
        assertEquals(0, script.code(), script.err());
        assertTrue(script.out().contains("complete -F _complete_lede -o default lede ./lede\n"), script.out());
        Path file = dir.resolve("lede.bash");
        Files.writeString(file, script.out());
        assertEquals("list", complete(file, "lede", "li"));
        assertEquals("generate-completion", complete(file, "./lede", "gen"));
        assertEquals("--format", complete(file, "lede", "list", "--form"));
        assertEquals("--output --output-dir", complete(file, "lede", "export", "--outp"));
        assertEquals("add", complete(file, "lede", "feeds", "ad"));
    }

    /** What bash's completion offers for the last word, as {@code compgen} would fill COMPREPLY. */
    private static String complete(Path script, String... words) throws IOException, InterruptedException {
        String line = String.join(" ", words);
        String program = "source \"$1\" 2>/dev/null; COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length() + "; _complete_lede 2>/dev/null;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "-c", program, "bash", script.toString())
                .redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(20, TimeUnit.SECONDS));
        return String.join(" ", out.lines().map(String::strip).sorted().toList());
    }
}
