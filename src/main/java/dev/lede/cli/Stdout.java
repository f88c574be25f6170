package dev.lede.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Standard output for the commands: a {@link PrintWriter}, as picocli wants, that remembers why a write failed
 * (a plain PrintWriter keeps only a flag), so that a closed pipe and a full disk can be told apart, and so that a
 * long export can stop as soon as nobody reads it.
 */
public final class Stdout extends PrintWriter {

    private final Recorder recorder;

    private Stdout(Recorder recorder) {
        super(new BufferedWriter(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), 1 << 16));
        this.recorder = recorder;
    }

    /** Buffered, UTF-8 output to a stream, such as {@code new FileOutputStream(FileDescriptor.out)}. */
    public static Stdout of(OutputStream stream) {
        return new Stdout(new Recorder(stream));
    }

    /** The first failed write, or null. */
    public IOException failure() {
        return recorder.failure;
    }

    /** True once a write to {@code out} has failed; cheap enough to ask before every story. */
    static boolean failed(PrintWriter out) {
        return out instanceof Stdout stdout && stdout.failure() != null;
    }

    /** Flushes {@code out} and throws the first write failure, if any. */
    static void finish(PrintWriter out) throws IOException {
        out.flush();
        if (out instanceof Stdout stdout && stdout.failure() != null) {
            throw stdout.failure();
        }
        if (out.checkError()) {
            throw new IOException("the output could not be written");
        }
    }

    /**
     * True when a write failed because the reader went away ({@code EPIPE}: {@code lede export | head -1}). The JVM
     * ignores SIGPIPE, so the failure comes back as an exception with the system's message.
     */
    static boolean isClosedPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (t instanceof IOException && message != null
                    && message.toLowerCase(Locale.ROOT).contains("broken pipe")) {
                return true;
            }
        }
        return false;
    }

    /** Passes bytes on and keeps the first exception. */
    private static final class Recorder extends FilterOutputStream {
        private volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw record(e);
            }
        }

        private IOException record(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
