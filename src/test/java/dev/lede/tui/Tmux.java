package dev.lede.tui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A private tmux server (its own socket) with one window running a plain shell, for end-to-end tests. */
final class Tmux implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final String socket;

    Tmux(Path cwd, int columns, int rows) throws IOException, InterruptedException {
        socket = "lede-tui-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        tmux("-f", "/dev/null", "new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "-c", cwd.toString(), "env PS1='$ ' bash --norc --noprofile");
        tmux("set-option", "-g", "status", "off");
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
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; the screen shows:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
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
    }
}
