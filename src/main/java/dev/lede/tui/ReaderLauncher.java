package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the reader on the real terminal: always Lanterna's text terminal (never a Swing window), in the character set
 * of the locale ({@link Charmap}: UTF-8 but for a terminal that is not), Ctrl-C, Ctrl-Z and Ctrl-\ delivered as keys. The terminal is restored however the reader ends, and for as long as it is suspended
 * (Ctrl-Z, SIGTSTP); an exception is rethrown only after that, so its message lands on a working terminal.
 */
public final class ReaderLauncher {

    private ReaderLauncher() {
    }

    /**
     * Opens the terminal at once and shows the list when the session's library has loaded; returns early, without a
     * library, when loading fails (see {@link LoadingLibrary#failure()}).
     */
    public static void run(ReaderSession session) throws IOException {
        RawTerminal terminal = new RawTerminal(session.preferences().options().charmap().charset());
        TerminalScreen screen = null;
        Throwable failure = null;
        TerminalStop stop = null;
        try {
            screen = new TerminalScreen(terminal);
            stop = new TerminalStop(terminal, screen);
            screen.startScreen();
            new ReaderApp(screen, session).suspendingWith(stop).run();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            restore(screen, terminal, failure);
            if (stop != null) {
                stop.close();
            }
        }
    }

    private static void restore(TerminalScreen screen, UnixTerminal terminal, Throwable failure) throws IOException {
        IOException problem = null;
        try {
            if (screen != null) {
                screen.stopScreen(false);
            }
        } catch (IOException | RuntimeException e) {
            problem = e instanceof IOException io ? io : new IOException(e);
        }
        try {
            terminal.close();
        } catch (IOException | RuntimeException e) {
            problem = problem != null ? problem : e instanceof IOException io ? io : new IOException(e);
        }
        if (problem != null) {
            if (failure != null) {
                failure.addSuppressed(problem);
            } else {
                throw problem;
            }
        }
    }

    /**
     * A Unix terminal without ISIG and IXON, so Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-S are keys: Lanterna only undefines
     * the interrupt character, which left Ctrl-\ printing the JVM's thread dump over the reader, Ctrl-Z stopping it
     * with the terminal still raw and Ctrl-S freezing its output.
     *
     * <p>It sends a character made of several UTF-16 units (an emoji, a letter with its accents) as one
     * string; Lanterna 3.1 encodes each unit on its own, which turns a surrogate pair into {@code ??}. It writes and
     * reads in the character set it is given, in which the reader draws only what that set holds.
     *
     * <p>It also tells its resize listeners of every SIGWINCH, even one that leaves the size as it was. Lanterna 3.1
     * tells them only of a new size, so shrinking the window to one cell and back before the reader looked left the
     * screen blank: the terminal had dropped what it showed, and the screen, seeing no resize, redrew only what had
     * changed. A resize request, even to the same size, makes the screen redraw everything.
     */
    static final class RawTerminal extends UnixTerminal {

        /** Null while the superclass constructor runs, which already registers the SIGWINCH handler. */
        private final List<TerminalResizeListener> listeners = new CopyOnWriteArrayList<>();

        /** Held while a SIGWINCH asks the size and tells the listeners; static, as the constructor registers first. */
        private static final Object RESIZING = new Object();

        /** True from a stop until the terminal is taken again; read by the shutdown hook's thread. */
        private volatile boolean givenBack;

        /**
         * Held while bytes go to the terminal and while the alternate screen is left. Lanterna's shutdown hook (on
         * SIGTERM or SIGHUP) leaves it on its own thread while the reader's thread may be drawing: without the lock
         * the rest of a frame landed on the shell's screen.
         */
        private final ReentrantLock output = new ReentrantLock();

        /** True once the alternate screen is left, until it is entered again: frames drawn then are dropped. */
        private volatile boolean left;

        /** A terminal written in and read from in {@code charset}. */
        RawTerminal(Charset charset) throws IOException {
            super(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out), charset,
                    UnixLikeTerminal.CtrlCBehaviour.TRAP);
        }

        @Override
        public void addResizeListener(TerminalResizeListener listener) {
            super.addResizeListener(listener);
            listeners.add(listener);
        }

        @Override
        public void removeResizeListener(TerminalResizeListener listener) {
            super.removeResizeListener(listener);
            listeners.remove(listener);
        }

        /**
         * In place of Lanterna's handler, which asks the size and tells the listeners only when it changed. One
         * signal at a time: each asks the size with a {@code stty} of its own, and two quick ones (one cell, then
         * back) could otherwise tell the listeners in the wrong order, the reader left drawing for the older size.
         * Asked and told under one lock, the last to tell asked after the last signal.
         */
        @Override
        protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
            super.registerTerminalResizeListener(() -> {
                synchronized (RESIZING) {
                    try {
                        TerminalSize size = getTerminalSize();
                        if (listeners != null) {
                            listeners.forEach(listener -> listener.onResized(this, size));
                        }
                    } catch (IOException e) {
                        // as in Lanterna's handler: the next signal asks again
                    }
                }
            });
        }

        /**
         * Turns off every key that sends a signal, and flow control, whose Ctrl-S froze the reader's output until
         * Ctrl-Q; turning them on again is left to the restored settings.
         */
        @Override
        protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
            if (!enabled) {
                runSTTYCommand("-isig", "-ixon");
            }
        }

        /** Puts back the settings the terminal had before the reader took it, for a stop. */
        void giveBack() throws IOException {
            restoreTerminalSettings();
            givenBack = true;
        }

        /**
         * Takes the terminal again after a stop: no line editing, no echo, no signals from keys. Continued in the
         * background ({@code bg}, or {@code kill %1}, which sends SIGTERM and SIGCONT), the first {@code stty} stops
         * on SIGTTOU until {@code fg}, as a terminal program should.
         */
        void takeAgain() throws IOException {
            canonicalMode(false);
            keyEchoEnabled(false);
            keyStrokeSignalsEnabled(false);
            givenBack = false;
        }

        /**
         * Nothing to do while the terminal is given back: it holds the settings already, and the shell has it, so an
         * {@code stty} would stop on SIGTTOU. Killed while stopped ({@code kill %1}), the shutdown hook that restores
         * the terminal waited on it forever, and the reader never ended.
         */
        @Override
        protected void restoreTerminalSettings() throws IOException {
            if (!givenBack) {
                super.restoreTerminalSettings();
            }
        }

        @Override
        protected void writeToTerminal(byte... bytes) throws IOException {
            boolean locked = lock();
            try {
                if (!left) {
                    super.writeToTerminal(bytes);
                }
            } finally {
                unlock(locked);
            }
        }

        @Override
        public void enterPrivateMode() throws IOException {
            boolean locked = lock();
            try {
                left = false;
                super.enterPrivateMode();
            } finally {
                unlock(locked);
            }
        }

        @Override
        public void exitPrivateMode() throws IOException {
            boolean locked = lock();
            try {
                super.exitPrivateMode();
                left = true;
            } finally {
                unlock(locked);
            }
        }

        /**
         * Takes {@link #output}, waiting for a write under way but not for ever: the shutdown hook must not hang on a
         * terminal that takes no more output.
         */
        private boolean lock() {
            try {
                return output.tryLock(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void unlock(boolean locked) {
            if (locked) {
                output.unlock();
            }
        }

        @Override
        public void putString(String string) throws IOException {
            if (string.length() == 1) {
                super.putString(string);
            } else {
                writeToTerminal(string.getBytes(getCharset()));
            }
        }
    }
}
