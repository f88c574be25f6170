package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.Library;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The reader's first screen comes before the library has loaded; the footer counts the files meanwhile. */
class ReaderLoadingTest {

    /** Steps until the condition holds (a guard against hanging, not a timing assertion). */
    static void until(VirtualReader reader, BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("never happened; the screen:\n" + reader.text());
            }
            Thread.sleep(10);
            reader.step();
        }
    }

    private static String footer(VirtualReader reader) {
        List<String> rows = reader.rows();
        return rows.get(rows.size() - 1);
    }

    @Test
    void footerCountsWhileLoadingThenTheListAppears() throws InterruptedException {
        Library library = VirtualReader.load(VirtualReader.LIBRARY);
        CountDownLatch counted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LoadingLibrary loading = LoadingLibrary.start(progress -> {
            progress.update(12_345, 100_000);
            counted.countDown();
            release.await();
            return library;
        });
        VirtualReader reader = new VirtualReader(loading, 80, 24, ReaderOptions.defaults());
        counted.await();
        until(reader, () -> footer(reader).contains("reading 12,345/100,000…"));
        assertInstanceOf(LoadingScreen.class, reader.app.view());
        assertFalse(reader.text().contains("Albania"), reader.text());
        reader.press("j", "Enter");
        assertTrue(reader.app.running(), "keys while loading do not stop the reader");

        release.countDown();
        until(reader, () -> reader.text().contains("Albania joins"));
        assertInstanceOf(ListScreen.class, reader.app.view());
        assertFalse(footer(reader).contains("reading"), footer(reader));
    }

    @Test
    void quitWorksWhileLoading() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        LoadingLibrary loading = LoadingLibrary.start(progress -> {
            release.await();
            return null;
        });
        VirtualReader reader = new VirtualReader(loading, 80, 24, ReaderOptions.defaults());
        assertTrue(footer(reader).contains("reading…"), footer(reader));
        reader.press("q");
        assertFalse(reader.app.running());
        release.countDown();
    }

    @Test
    void aFailedLoadStopsTheReaderAndKeepsTheReason() throws InterruptedException {
        LoadingLibrary loading = LoadingLibrary.start(progress -> {
            throw new IllegalStateException("no stories in nowhere");
        });
        VirtualReader reader = new VirtualReader(loading, 80, 24, ReaderOptions.defaults());
        until(reader, () -> !reader.app.running());
        assertTrue(loading.failure().getMessage().contains("no stories"));
    }

    /** The error itself is kept, so the command line says "out of memory" as it does for every other command. */
    @Test
    void runningOutOfMemoryWhileLoadingStopsTheReaderAndKeepsTheErrorItself() throws InterruptedException {
        LoadingLibrary loading = LoadingLibrary.start(progress -> {
            throw new OutOfMemoryError("Java heap space");
        });
        VirtualReader reader = new VirtualReader(loading, 80, 24, ReaderOptions.defaults());
        until(reader, () -> !reader.app.running());
        assertInstanceOf(OutOfMemoryError.class, loading.failure());
    }
}
