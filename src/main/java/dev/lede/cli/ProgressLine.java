package dev.lede.cli;

import dev.lede.library.LibraryLoader;
import java.io.PrintWriter;

/**
 * A count on one terminal line of stderr ({@code lede: reading 12345/100000}), rewritten at most ten times a second
 * and shown only once the work has taken half a second, so quick commands print nothing. {@link #clear} wipes it.
 */
final class ProgressLine implements LibraryLoader.Progress {

    private static final long DELAY_NANOS = 500_000_000L;
    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String verb;
    private final long start = System.nanoTime();
    private long last;
    private boolean shown;

    ProgressLine(PrintWriter err, String verb) {
        this.err = err;
        this.verb = verb;
    }

    @Override
    public synchronized void update(int done, int total) {
        show(verb + " " + done + "/" + total, done >= total);
    }

    /** Shows {@code lede: TEXT}, unless the line was rewritten less than 0.1 s ago and the work is not {@code done}. */
    synchronized void show(String text, boolean done) {
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || (shown && now - last < EVERY_NANOS && !done)) {
            return;
        }
        last = now;
        shown = true;
        err.print("\rlede: " + text + "\u001b[K");
        err.flush();
    }

    synchronized void clear() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
            shown = false;
        }
    }
}
