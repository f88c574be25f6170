package dev.lede.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process and captures what it printed. */
record CliRun(int code, String out, String err) {

    /** With an empty environment and {@code home} as the user's home too, so no real preferences file is read. */
    static CliRun run(Path home, String... args) {
        return run(home, Map.of(), home, args);
    }

    static CliRun run(Path home, Map<String, String> env, Path userHome, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LedeCommandLine.of(new CommandContext(home, env, userHome, Setup.NONE, new PrintWriter(out),
                new PrintWriter(err))).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
