package dev.lede.tui;

import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A library being loaded on a background thread while the reader already shows its first screen. The loading thread
 * only publishes (the count so far, then the library or the failure); the reader's loop polls them.
 */
public final class LoadingLibrary {

    /** Loads a library, telling {@code progress} how far it has come. */
    @FunctionalInterface
    public interface Load {
        Library load(LibraryLoader.Progress progress) throws Exception;
    }

    /** Done and total packed in one long, so the pair is always read as it was written. */
    private final AtomicLong counts = new AtomicLong();
    private final AtomicReference<Library> library = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private LoadingLibrary() {
    }

    /** A library already loaded. */
    public static LoadingLibrary of(Library library) {
        LoadingLibrary loaded = new LoadingLibrary();
        loaded.library.set(library);
        return loaded;
    }

    /** Starts loading on a new daemon thread. */
    public static LoadingLibrary start(Load load) {
        LoadingLibrary loading = new LoadingLibrary();
        Thread thread = new Thread(() -> loading.run(load), "lede-load");
        thread.setDaemon(true);
        thread.start();
        return loading;
    }

    private void run(Load load) {
        try {
            library.set(load.load((done, total) -> counts.set(((long) done << 32) | (total & 0xFFFFFFFFL))));
        } catch (Exception | OutOfMemoryError e) {
            failure.set(e);
        }
    }

    /** The library once loaded, else null. */
    public Library library() {
        return library.get();
    }

    /** Why loading failed (an exception, or running out of memory), or null (still loading, or loaded). */
    public Throwable failure() {
        return failure.get();
    }

    int done() {
        return (int) (counts.get() >>> 32);
    }

    int total() {
        return (int) counts.get();
    }
}
