package dev.lede.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-Z and SIGTSTP on the real terminal. The terminal runs without ISIG, so Ctrl-Z arrives as a key; a SIGTSTP sent
 * from outside is caught and only noted, and the reader's loop hands the terminal back on its own thread. To stop, the
 * signal's default action is put back and {@code kill -TSTP 0} stops the whole process group, as the key would have
 * (and as vim does). That {@code kill} is in the group too, so it stops before it exits: waiting for it returns only
 * once the shell has continued the group ({@code fg}), never while the stop is still on its way. In a group that no
 * shell can continue (an orphaned one) the kernel drops the signal and the reader simply goes on. When SIGTSTP was
 * ignored at start, the reader does not stop.
 */
final class TerminalStop implements Suspension, AutoCloseable {

    private static final Signal TSTP = new Signal("TSTP");
    private static final Signal INT = new Signal("INT");

    private final ReaderLauncher.RawTerminal terminal;
    private final TerminalScreen screen;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final SignalHandler handler = signal -> requested.set(true);
    private final SignalHandler previous;

    TerminalStop(ReaderLauncher.RawTerminal terminal, TerminalScreen screen) {
        this.terminal = terminal;
        this.screen = screen;
        previous = handle(handler);
        if (previous == SignalHandler.SIG_IGN) {
            handle(previous);
        }
    }

    /** Sets the handler; null when this JVM cannot handle SIGTSTP at all. */
    private static SignalHandler handle(SignalHandler handler) {
        try {
            return Signal.handle(TSTP, handler);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public boolean requested() {
        return requested.get();
    }

    @Override
    public void suspend() throws IOException {
        requested.set(false);
        if (previous == null || previous == SignalHandler.SIG_IGN) {
            return;
        }
        screen.stopScreen(false);
        terminal.giveBack();
        handle(SignalHandler.SIG_DFL);
        try {
            stopGroup();
        } finally {
            handle(handler);
        }
        awaitForeground();
        terminal.takeAgain();
        screen.startScreen();
    }

    /**
     * Gives the terminal to a program (a text browser) as it was before the reader took it, and takes it again when
     * the program exits. Meanwhile Ctrl-Z stops the reader with the program (SIGTSTP's default action, so
     * {@code fg} continues both) and Ctrl-C is the program's alone: the reader's handler does nothing with it, and
     * a handled signal is the default one again in the program.
     */
    @Override
    public int lend(ProcessBuilder program) throws IOException, InterruptedException {
        screen.stopScreen(false);
        terminal.giveBack();
        SignalHandler interrupt = handle(INT, signal -> { });
        if (previous != null && previous != SignalHandler.SIG_IGN) {
            handle(SignalHandler.SIG_DFL);
        }
        try {
            return program.inheritIO().start().waitFor();
        } finally {
            if (previous != null && previous != SignalHandler.SIG_IGN) {
                handle(handler);
            }
            if (interrupt != null) {
                handle(INT, interrupt);
            }
            awaitForeground();
            terminal.takeAgain();
            screen.startScreen();
        }
    }

    private static SignalHandler handle(Signal signal, SignalHandler handler) {
        try {
            return Signal.handle(signal, handler);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Stops the process group; returns once it has been continued, or at once when {@code kill} cannot run. */
    private static void stopGroup() {
        Process kill;
        try {
            kill = new ProcessBuilder("kill", "-TSTP", "0").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return;
        }
        boolean interrupted = false;
        while (kill.isAlive()) {
            try {
                kill.waitFor();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits, when continued in the background ({@code bg}, or {@code kill %1}, which sends SIGTERM and SIGCONT),
     * until the shell makes the reader the foreground job again. Taking the terminal from the background, the
     * {@code stty} would make the kernel stop the whole process group with SIGTTOU, the shutdown hook of
     * {@code kill %1} included, which left the reader stopped instead of ended.
     */
    private static void awaitForeground() {
        while (!inForeground()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * True when this process's group is the terminal's foreground group (Linux, {@code /proc/self/stat}: pgrp and
     * tpgid); true too when the terminal is gone (tpgid -1), so that taking it again fails instead of waiting
     * forever, and where that cannot be read.
     */
    static boolean inForeground() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return fields[2].equals(fields[5]) || fields[5].equals("-1");
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** Puts back the handler SIGTSTP had before. */
    @Override
    public void close() {
        if (previous != null) {
            handle(previous);
        }
    }
}
