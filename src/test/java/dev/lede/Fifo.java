package dev.lede;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A FIFO planted where lede expects one of its own files, and a guard that fails a test that blocks on it. */
public final class Fifo {

    /** How long an action may stay blocked before the guard opens the FIFO itself; a hang guard, not a limit. */
    private static final long GUARD_SECONDS = 30;

    private Fifo() {
    }

    /** Makes a FIFO at {@code path} with {@code mkfifo}; skips the test where there is none. */
    public static Path make(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeTrue(process.waitFor() == 0, "mkfifo failed");
        return path;
    }

    /**
     * Runs {@code action} on another thread and returns what it returns. When it is still running after a long
     * while (blocked opening the FIFO), opens the FIFO for reading and writing, which releases an opener of either
     * kind, and fails the test.
     */
    public static <T> T withoutBlocking(Path fifo, Callable<T> action) throws Exception {
        CompletableFuture<T> run = CompletableFuture.supplyAsync(() -> {
            try {
                return action.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return run.get(GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            try (RandomAccessFile release = new RandomAccessFile(fifo.toFile(), "rw")) {
                run.get(GUARD_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException ignored) {
                // failing anyway
            }
            return fail("blocked on the FIFO " + fifo + " for " + GUARD_SECONDS + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IllegalStateException s && s.getCause() instanceof Exception cause
                    ? cause : e;
        }
    }
}
