package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests run without a terminal (surefire pipes stdin and stdout), which is exactly the case checked here. */
class ReadCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run lede(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LedeCommandLine.of(new CommandContext(Path.of("."), java.util.Map.of(),
                Path.of("/nonexistent-home"), Setup.NONE, new PrintWriter(out), new PrintWriter(err))).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void readWithoutATerminalSaysSoOnOneLineAndExits2() {
        assertNull(System.console(), "this test needs to run without a terminal");
        Run run = lede("read");
        assertEquals(ExitCode.USAGE, run.code());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("interactive terminal"), run.err());
        assertTrue(run.err().contains("lede list") && run.err().contains("lede export"), run.err());
    }

    @Test
    void ledeAloneOpensTheReaderSoWithoutATerminalItAlsoExits2() {
        Run run = lede();
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("interactive terminal"), run.err());
    }

    @Test
    void aFolderInPlaceOfACommandOpensTheReaderOnIt(@TempDir Path cwd) throws IOException {
        Files.createDirectories(cwd.resolve("news"));
        assertArrayEquals(new String[] {"read", "news"}, LedeCommandLine.readingFolders(new String[] {"news"}, cwd));
        assertArrayEquals(new String[] {"--config", "c.yml", "--no-cache", "read", "news", "list"},
                LedeCommandLine.readingFolders(new String[] {"--config", "c.yml", "--no-cache", "news", "list"}, cwd));
        Run run = lede(LedeCommandLine.readingFolders(new String[] {cwd.resolve("news").toString()}, cwd));
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("interactive terminal"), run.err());
    }

    @Test
    void afterTwoDashesAFolderNamedLikeACommandOpensTheReaderOnIt(@TempDir Path cwd) throws IOException {
        Files.createDirectories(cwd.resolve("list"));
        assertArrayEquals(new String[] {"read", "--", "list"},
                LedeCommandLine.readingFolders(new String[] {"--", "list"}, cwd));
        Run run = lede(LedeCommandLine.readingFolders(new String[] {"--", cwd.resolve("list").toString()}, cwd));
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("interactive terminal"), run.err());
    }

    @Test
    void commandsMistypedCommandsAndMissingFoldersAreLeftAlone(@TempDir Path cwd) throws IOException {
        Files.createDirectories(cwd.resolve("list"));
        for (String[] args : List.of(new String[] {"list"}, new String[] {"lsit"}, new String[] {"--", "news"},
                new String[] {"--config", "list"}, new String[] {})) {
            assertArrayEquals(args, LedeCommandLine.readingFolders(args, cwd), List.of(args).toString());
        }
        Run run = lede(LedeCommandLine.readingFolders(new String[] {"lsit"}, cwd));
        assertEquals(ExitCode.USAGE, run.code());
        assertEquals("lede: error: unknown command 'lsit' (did you mean 'list'?); see 'lede --help'\n", run.err());
    }

    /** A missing folder given as a path is said to be missing, not taken for a mistyped command. */
    @Test
    void aMissingFolderGivenAsAPathIsSaidToBeMissing(@TempDir Path cwd) {
        for (String missing : List.of(cwd.resolve("gone").toString(), "./gone", "~/gone-" + System.nanoTime())) {
            String[] args = LedeCommandLine.readingFolders(new String[] {missing}, cwd);
            assertArrayEquals(new String[] {"read", missing}, args);
        }
        Run run = lede(LedeCommandLine.readingFolders(new String[] {cwd.resolve("gone").toString()}, cwd));
        assertEquals(ExitCode.LIBRARY, run.code());
        assertEquals("lede: error: library folder not found: " + cwd.resolve("gone") + "\n", run.err());
    }

    /** The reader's own options may come before its folder, or alone: they are the reader's, not lede's. */
    @Test
    void theReadersOptionsMayComeBeforeItsFolder(@TempDir Path cwd) throws IOException {
        Files.createDirectories(cwd.resolve("news"));
        assertArrayEquals(new String[] {"read", "--strict", "news"},
                LedeCommandLine.readingFolders(new String[] {"--strict", "news"}, cwd));
        assertArrayEquals(new String[] {"--no-cache", "read", "--strict", "news"},
                LedeCommandLine.readingFolders(new String[] {"--no-cache", "--strict", "news"}, cwd));
        assertArrayEquals(new String[] {"--config", "c.yml", "read", "--strict"},
                LedeCommandLine.readingFolders(new String[] {"--config", "c.yml", "--strict"}, cwd));
        assertArrayEquals(new String[] {"list", "--strict"},
                LedeCommandLine.readingFolders(new String[] {"list", "--strict"}, cwd));
        Run run = lede(LedeCommandLine.readingFolders(new String[] {"--strict", cwd.resolve("news").toString()}, cwd));
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().startsWith("lede: error: the reader needs an interactive terminal"), run.err());
    }

    @Test
    void readIsListedInTheHelp() {
        Run run = lede("--help");
        assertEquals(ExitCode.OK, run.code());
        assertTrue(run.out().contains("read"), run.out());
        assertTrue(run.out().contains("opens the reader"), run.out());
    }
}
