package dev.lede;

import dev.lede.cli.LedeCommand;
import dev.lede.cli.Stdout;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The entry point: wires the real stdout, stderr, installation folder, environment and home folder into the command
 * line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("lede.home", "."));
        PrintWriter out = Stdout.of(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        Path userHome = userHome(System.getenv("HOME"));
        int code = LedeCommand.commandLine(home, System.getenv(), userHome, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** $HOME, as shells and the XDG base-directory spec read {@code ~}; else the JVM's idea of it. */
    private static Path userHome(String fromEnv) {
        if (fromEnv != null && !fromEnv.isBlank() && Path.of(fromEnv).isAbsolute()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"));
    }
}
