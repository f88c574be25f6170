package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.LibraryLoader;
import dev.lede.storyfile.StoryLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader listed a folder, then its files changed under it: opening a story shows it as it is now, or a message
 * in place of its text saying why it cannot be read; the reader goes on, never crashes, never hangs.
 */
class ReaderFaultsTest {

    /** Opening a FIFO with no writer blocks forever. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path lib;

    VirtualReader reader;

    @BeforeEach
    void readerOnThreeStories() throws IOException {
        for (String name : new String[] {"001_first", "002_second", "003_third"}) {
            Files.writeString(lib.resolve(name + ".txt"), "Story " + name + "\n\nThe lede of " + name + ".\n");
        }
        reader = new VirtualReader(lib, 100, 30);
    }

    /** The screen's text with rows and wrapping folded into single spaces. */
    private String screen() {
        return reader.text().replaceAll("\\s+", " ");
    }

    private void assertCannotRead(String why) {
        assertInstanceOf(StoryScreen.class, reader.app.view());
        assertTrue(screen().contains("(lede could not read this story: " + why), reader.text());
    }

    @Test
    void aStoryDeletedAfterListingOpensWithAMessageAndTheReaderGoesOn() throws IOException {
        Path second = lib.resolve("002_second.txt");
        Files.delete(second);
        reader.press("j", "Enter");
        assertTrue(screen().contains("Story 002_second"), reader.text());
        assertCannotRead("its file is gone, deleted or renamed after the list was read)");
        reader.press("J");
        assertTrue(screen().contains("The lede of 003_third."), reader.text());
        reader.press("K", "q");
        assertInstanceOf(ListScreen.class, reader.app.view());
        assertTrue(reader.app.running());
    }

    @Test
    void aStoryChangedAfterListingOpensAsItIsNow() throws IOException {
        Files.writeString(lib.resolve("001_first.txt"), "Rewritten first\n\nA longer lede, written after listing.\n"
                + "\nContext: and a section that was not there.\n");
        reader.press("Enter");
        assertTrue(screen().contains("A longer lede, written after listing."), reader.text());
        assertTrue(screen().contains("Context"), reader.text());
        Files.writeString(lib.resolve("002_second.txt"), "");
        reader.press("J");
        assertCannotRead("skipped: no text)");
    }

    @Test
    void aStoryGrownOverTheLibrarysLimitAfterListingOpensWithAMessage() throws Exception {
        reader = new VirtualReader(new LibraryLoader(null, "", StoryLimits.ofMegabytes(1), LibraryLoader.Progress.NONE)
                .read(List.of(lib)), 100, 30, ReaderOptions.defaults());
        Files.writeString(lib.resolve("001_first.txt"), "Grown\n\n" + "A long paragraph. ".repeat(60_000));
        reader.press("Enter");
        assertCannotRead("skipped: larger than 1 MiB, the size limit for one story file)");
    }

    @Test
    void aStoryMadeAFolderOrAFifoAfterListingOpensWithAMessageWithoutHanging() throws Exception {
        Path second = lib.resolve("002_second.txt");
        Files.delete(second);
        Files.createDirectory(second);
        Path third = lib.resolve("003_third.txt");
        Files.delete(third);
        assertEquals(0, new ProcessBuilder("mkfifo", third.toString()).inheritIO().start().waitFor());
        assertTimeoutPreemptively(HANG_GUARD, () -> reader.press("j", "Enter"));
        assertCannotRead("skipped: not a regular file)");
        assertTimeoutPreemptively(HANG_GUARD, () -> reader.press("J"));
        assertCannotRead("skipped: not a regular file)");
    }

    @Test
    void theWholeFolderRemovedWhileTheReaderRunsGivesMessagesNotACrash() throws IOException {
        reader.press("Enter");
        assertTrue(screen().contains("The lede of 001_first."), reader.text());
        reader.press("q");
        try (Stream<Path> paths = Files.walk(lib)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        reader.press("j", "Enter");
        assertCannotRead("its file is gone, deleted or renamed after the list was read)");
        assertTrue(screen().contains("Story 002_second"), reader.text());
        reader.press("J");
        assertCannotRead("its file is gone, deleted or renamed after the list was read)");
        assertTrue(screen().contains("Story 003_third"), reader.text());
        reader.press("q", "w");
        assertInstanceOf(WarningsScreen.class, reader.app.view());
        reader.press("q", "g", "Enter");
        assertCannotRead("its file is gone, deleted or renamed after the list was read)");
        reader.press("q");
        assertTrue(reader.app.running());
    }
}
