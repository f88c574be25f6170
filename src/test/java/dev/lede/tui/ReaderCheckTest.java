package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import dev.lede.search.Search;
import dev.lede.state.ReadState;
import dev.lede.storyfile.StoryLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader shows the list as the cache last saw it at once, then checks every file in the background: the footer
 * says so meanwhile, and the list changes only where a story changed.
 */
class ReaderCheckTest {

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(Duration.ofHours(1)));

    @TempDir
    Path library;

    @TempDir
    Path cache;

    /** Holds the check back until counted down, so the screen can be seen while it runs. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger checks = new AtomicInteger();
    private int writes;

    @BeforeEach
    void threeStories() throws IOException {
        story("010_first.txt", "First story\nOne.\n");
        story("020_second.txt", "Second story\nTwo.\n");
        story("030_third.txt", "Third story\nThree.\n");
        Files.setLastModifiedTime(library, AN_HOUR_AGO);
    }

    /** Writes a story settled an hour back (a second later each time), in place when it exists (the folder keeps its mtime). */
    private void story(String name, String text) throws IOException {
        Path file = library.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(AN_HOUR_AGO.toInstant().plusSeconds(writes++)));
    }

    private LibraryLoader loader() {
        return new LibraryLoader(cache, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE);
    }

    private Library check(LibraryLoader.Progress progress) throws Exception {
        checks.incrementAndGet();
        assertTrue(release.await(20, TimeUnit.SECONDS), "never released");
        return loader().read(List.of(library));
    }

    private VirtualReader reader(Library first) {
        ReaderSession session = new ReaderSession(LoadingLibrary.of(first),
                loaded -> new Search(loaded, null, "", LibraryLoader.Progress.NONE),
                ReaderPreferences.fixed(ReaderOptions.defaults()), LibraryReload.NONE, ReadState.inMemory(),
                new Refresh(this::check, null));
        return new VirtualReader(session, 80, 24);
    }

    private static String footer(VirtualReader reader) {
        return reader.rows().get(reader.rows().size() - 1);
    }

    private static void until(VirtualReader reader, Predicate<VirtualReader> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!done.test(reader)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out; the screen:\n" + reader.text());
            }
            Thread.sleep(10);
            reader.step();
        }
    }

    @Test
    void theCachedListShowsAtOnceAndTheCheckChangesNothingWhenNothingChanged() throws Exception {
        loader().read(List.of(library)); // the cache, as a last run left it
        Library trusted = loader().readTrusting(List.of(library));
        assertFalse(trusted.checked());
        VirtualReader reader = reader(trusted);
        reader.step();
        assertTrue(reader.text().contains("Second story"), reader.text());
        assertTrue(footer(reader).contains("checking the library…"), footer(reader));
        release.countDown();
        until(reader, r -> !footer(r).contains("checking"));
        assertFalse(footer(reader).contains("library checked"), "nothing changed, nothing said: " + footer(reader));
        assertEquals(1, checks.get());
    }

    @Test
    void theCheckShowsWhatChangedAndWhatIsGone() throws Exception {
        loader().read(List.of(library));
        Library trusted = loader().readTrusting(List.of(library));
        story("020_second.txt", "Second story, corrected\nTwo.\n");
        Files.delete(library.resolve("030_third.txt"));
        VirtualReader reader = reader(trusted);
        reader.step();
        assertTrue(reader.text().contains("Third story"), "as the cache saw it: " + reader.text());
        reader.press("G", "Enter");
        assertTrue(reader.text().contains("(lede could not read this story: its file is gone, deleted or renamed after"),
                reader.text());
        reader.press("q");
        release.countDown();
        until(reader, r -> footer(r).contains("library checked"));
        assertTrue(footer(reader).contains("library checked: 0 new, 1 changed, 1 gone since it was last read"),
                footer(reader));
        assertTrue(reader.text().contains("Second story, corrected"), reader.text());
        assertFalse(reader.text().contains("Third story"), reader.text());
    }

    @Test
    void theCheckWaitsWhileAStoryIsOpen() throws Exception {
        loader().read(List.of(library));
        Library trusted = loader().readTrusting(List.of(library));
        story("010_first.txt", "First story, corrected\nOne.\n");
        VirtualReader reader = reader(trusted);
        reader.press("Enter");
        release.countDown();
        Thread.sleep(200);
        reader.step();
        assertTrue(reader.text().contains("One."), "the story stays open: " + reader.text());
        reader.press("q");
        until(reader, r -> r.text().contains("First story, corrected"));
    }

    @Test
    void aCheckedLibraryIsNotCheckedAgain() throws Exception {
        Library checked = loader().read(List.of(library));
        assertTrue(checked.checked());
        VirtualReader reader = reader(checked);
        reader.step();
        release.countDown();
        reader.step();
        assertFalse(footer(reader).contains("checking"), footer(reader));
        assertEquals(0, checks.get());
    }
}
