package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a terminal that cannot move the cursor ({@code TERM=dumb}) the reader refuses in one line, as without one. */
class DumbTerminalTest {

    @TempDir
    Path home;

    private ReadCommandTest.Run lede(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Setup interactive = new Setup(null, "", true, true, null, null, true);
        int code = LedeCommandLine.of(new CommandContext(Path.of("."), env, home, interactive, new PrintWriter(out),
                new PrintWriter(err))).execute(args);
        return new ReadCommandTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void termDumbGetsOneLineAndExit2BeforeTheTerminalIsTouched() {
        for (String[] args : List.of(new String[] {"read", "seeds"}, new String[] {})) {
            ReadCommandTest.Run run = lede(Map.of("TERM", "dumb", "XDG_CONFIG_HOME", home.toString()),
                    args);
            assertEquals(ExitCode.USAGE, run.code(), run.err());
            assertEquals("", run.out());
            assertEquals(List.of("lede: error: the reader needs a terminal that can move the cursor, and TERM=dumb says this"
                    + " one cannot; use 'lede list' and 'lede show ID' here"), run.err().lines().toList());
        }
    }
}
