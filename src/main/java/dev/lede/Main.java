package dev.lede;

import dev.lede.cli.CommandContext;
import dev.lede.cli.LedeCommandLine;
import dev.lede.cli.Setup;
import dev.lede.cli.Stdout;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The entry point: reads the environment, once, into the context every command runs with (the real stdout and
 * stderr, the installation and home folders, what the streams are connected to) and runs the command line on it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] arguments) {
        String[] args = LedeCommandLine.readingFolders(arguments, Path.of("").toAbsolutePath());
        Path home = Path.of(System.getProperty("lede.home", "."));
        PrintWriter out = Stdout.of(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        Path userHome = userHome(System.getenv("HOME"));
        // names a folder was listed with, as the list cache keeps them, depend on the character set Java reads them in
        String build = build() + ":" + System.getProperty("sun.jnu.encoding");
        Setup setup = new Setup(cacheDir(userHome), build, isTerminal(1), isTerminal(2), fileKey(1), fileKey(2),
                System.console() != null && hasControllingTerminal())
                .withFolders(xdg("XDG_DATA_HOME", userHome, ".local/share"),
                        xdg("XDG_STATE_HOME", userHome, ".local/state"));
        CommandContext context = new CommandContext(home, System.getenv(), userHome, setup, out, err);
        int code;
        try {
            code = LedeCommandLine.of(context, args).execute(args);
        } catch (OutOfMemoryError e) {
            // an Error passes picocli's handler; the message is made before anything else is asked of the heap
            err.println(OUT_OF_MEMORY);
            err.flush();
            System.exit(1);
            return;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** What running out of heap says, as {@code ErrorHandler} says it of a wrapped one, in one line. */
    private static final String OUT_OF_MEMORY =
            "lede: error: out of memory (Java heap space); give Java more with JAVA_OPTS=-Xmx1g, for example";

    /** $HOME, as shells and the XDG base-directory spec read {@code ~}; else the JVM's idea of it. */
    private static Path userHome(String fromEnv) {
        if (fromEnv != null && !fromEnv.isBlank() && Path.of(fromEnv).isAbsolute()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"));
    }

    /** {@code $LEDE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/lede} (when absolute), else {@code ~/.cache/lede}. */
    private static Path cacheDir(Path userHome) {
        String lede = System.getenv("LEDE_CACHE_DIR");
        if (lede != null && !lede.isEmpty()) {
            return Path.of(lede);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && xdg.startsWith("/")) {
            return Path.of(xdg, "lede");
        }
        return userHome.resolve(".cache").resolve("lede");
    }

    /** {@code $VARIABLE/lede} when the variable holds an absolute path, else {@code ~/<fallback>/lede}. */
    private static Path xdg(String variable, Path userHome, String fallback) {
        String xdg = System.getenv(variable);
        if (xdg != null && xdg.startsWith("/")) {
            return Path.of(xdg, "lede");
        }
        return userHome.resolve(fallback).resolve("lede");
    }

    /** The size and time of the jar this class came from: a rebuilt jar never trusts the caches of the old one. */
    private static String build() {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
            return a.isRegularFile() ? jar.getFileName() + ":" + a.size() + ":" + a.lastModifiedTime().toMillis()
                    : "classes:" + a.lastModifiedTime().toMillis();
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return "unknown:" + System.nanoTime();
        }
    }

    /** The file key (device and inode) of what the file descriptor is open on (Linux), or null. */
    private static Object fileKey(int fd) {
        try {
            return Files.readAttributes(Path.of("/proc/self/fd/" + fd), BasicFileAttributes.class).fileKey();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * True when the process has a controlling terminal, which the reader's {@code stty} calls act on: stdin and stdout
     * can be a TTY without one (under {@code setsid}).
     */
    private static boolean hasControllingTerminal() {
        try (FileInputStream tty = new FileInputStream("/dev/tty")) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the file descriptor is a terminal (Linux: it links to a tty device); false where unknown. */
    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
