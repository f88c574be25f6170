package dev.lede.tui;

import dev.lede.Programs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A private tmux server (its own socket) with one window running a plain shell, for end-to-end tests. */
final class Tmux implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final String socket;
    /** The shell's XDG folders: a test's reader never reads or writes the preferences, marks or cache of the user. */
    private final Path xdg;

    Tmux(Path cwd, int columns, int rows) throws IOException, InterruptedException {
        Programs.require("tmux");
        socket = "lede-tui-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        xdg = Files.createTempDirectory("lede-tmux-xdg-");
        String folders = String.join(" ", List.of("config", "data", "state", "cache").stream()
                .map(f -> "XDG_" + f.toUpperCase(Locale.ROOT) + "_HOME='" + xdg.resolve(f) + "'").toList());
        tmux("-f", "/dev/null", "new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "-c", cwd.toString(), "env PS1='$ ' " + folders + " bash --norc --noprofile");
        tmux("set-option", "-g", "status", "off");
    }

    /**
     * Lets programs in the pane set tmux's paste buffers with OSC 52, so an escape that gets through shows in
     * {@link #buffers()}.
     */
    void clipboardOn() throws IOException, InterruptedException {
        tmux("set-option", "-s", "set-clipboard", "on");
    }

    /** Appends everything the pane's programs write to the terminal to a file, escapes and all. */
    void record(Path log) throws IOException, InterruptedException {
        tmux("pipe-pane", "-o", "cat >> '" + log + "'");
    }

    /** The pane's title, which OSC 0 and OSC 2 set. */
    String title() throws IOException, InterruptedException {
        return format("#{pane_title}");
    }

    void title(String title) throws IOException, InterruptedException {
        tmux("select-pane", "-T", title);
    }

    /** The paste buffers, one line each: name and the start of the text. */
    List<String> buffers() throws IOException, InterruptedException {
        return tmux("list-buffers", "-F", "#{buffer_name}: #{buffer_sample}").lines().toList();
    }

    void deleteBuffers() throws IOException, InterruptedException {
        for (String buffer : buffers()) {
            tmux("delete-buffer", "-b", buffer.substring(0, buffer.indexOf(':')));
        }
    }

    /**
     * Runs a command line after saving the terminal's settings; prints {@code exit=CODE}, then {@code tty-restored}
     * when the settings came back.
     */
    void launch(String command, Path saved) throws IOException, InterruptedException {
        type("stty -g > " + saved + "; " + command + "; echo \"exit=$?\"; stty -g | cmp -s - " + saved
                + " && echo tty-''restored");
    }

    /** The java processes the pane's shell started, still running. */
    List<ProcessHandle> javaProcesses() throws IOException, InterruptedException {
        long shell = Long.parseLong(format("#{pane_pid}"));
        return ProcessHandle.of(shell).stream().flatMap(ProcessHandle::descendants)
                .filter(d -> d.info().command().map(c -> c.endsWith("java")).orElse(false)).toList();
    }

    /** Types text (literally) and presses Enter. */
    void type(String line) throws IOException, InterruptedException {
        tmux("send-keys", "-l", line);
        keys("Enter");
    }

    /** Presses keys named as tmux names them ({@code Enter}, {@code Tab}, {@code BTab}, {@code C-c}, {@code q}). */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p");
    }

    /** The screen with colour and attribute escapes. */
    String screenWithStyles() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-e");
    }

    String format(String format) throws IOException, InterruptedException {
        return tmux("display-message", "-p", format).strip();
    }

    void resize(int columns, int rows) throws IOException, InterruptedException {
        tmux("resize-window", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    /** Polls the screen until it satisfies the condition; fails with the last screen after {@link #TIMEOUT}. */
    String await(String what, Predicate<String> condition) throws IOException, InterruptedException {
        return poll(what, this::screen, condition, "the screen shows:\n");
    }

    /** Waits until the pane shows exactly the frame a virtual reader draws: nothing more, nothing less. */
    String awaitFrame(String what, VirtualReader expected) throws IOException, InterruptedException {
        String frame = rows(expected.text());
        return await(what + ", nothing but lede's frame:\n" + frame + "\n", screen -> rows(screen).equals(frame));
    }

    /** Each row without trailing spaces, no blank rows at the end. */
    static String rows(String screen) {
        return screen.lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n").stripTrailing();
    }

    /** Like {@link #await}, on the screen with colour and attribute escapes. */
    String awaitStyles(String what, Predicate<String> condition) throws IOException, InterruptedException {
        return poll(what, this::screenWithStyles, condition, "the screen shows:\n");
    }

    /** Waits for a line that starts with {@code exit=}, as {@link #launch} prints, and not for the typed command. */
    String awaitExit() throws IOException, InterruptedException {
        return await("a line exit=", screen -> screen.lines().anyMatch(l -> l.startsWith("exit=")));
    }

    /** Polls a format ({@code #{pane_title}}) until it satisfies the condition; fails after {@link #TIMEOUT}. */
    String awaitFormat(String format, Predicate<String> condition) throws IOException, InterruptedException {
        return poll(format, () -> format(format), condition, format + " is ");
    }

    /** Something tmux tells, read again until it satisfies a condition. */
    private interface Reading {
        String read() throws IOException, InterruptedException;
    }

    private static String poll(String what, Reading reading, Predicate<String> condition, String shows)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String value = reading.read();
        while (!condition.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; " + shows + value);
            }
            Thread.sleep(50);
            value = reading.read();
        }
        return value;
    }

    String awaitText(String text) throws IOException, InterruptedException {
        return await("'" + text + "'", screen -> screen.contains(text));
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-u", "-L", socket));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().remove("TMUX");
        Process process = builder.start();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("tmux " + String.join(" ", args) + " did not finish");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + text);
        }
        return text;
    }

    /** Stops the server and removes its socket file, which tmux leaves behind. */
    @Override
    public void close() throws IOException, InterruptedException {
        String socketPath = null;
        try {
            socketPath = format("#{socket_path}");
            tmux("kill-server");
        } catch (IOException ignored) {
            // the server is gone already
        }
        if (socketPath != null && !socketPath.isEmpty()) {
            Files.deleteIfExists(Path.of(socketPath));
        }
        try (var files = Files.walk(xdg)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
