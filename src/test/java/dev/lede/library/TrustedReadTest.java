package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.storyfile.StoryLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read that trusts the cache (the reader's first screen, a search) lists the stories as the cache last saw them
 * without a stat per file, only while the folder's names are provably those of the cache, and says it did.
 */
class TrustedReadTest {

    @TempDir
    Path lib;

    @TempDir
    Path cache;

    @BeforeEach
    void threeStories() throws Exception {
        Stories.write(lib, "001_a.txt", Stories.story("Alpha", 2));
        Stories.write(lib, "002_b.txt", Stories.story("Beta", 3));
        Stories.write(lib, "003_c.txt", Stories.story("Gamma", 1));
        Stories.settle(lib);
    }

    private LibraryLoader loader() {
        return new LibraryLoader(cache, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE);
    }

    private static List<String> titles(Library library) {
        return library.stories().stream().map(StoryRef::title).toList();
    }

    @Test
    void aTrustedReadListsWhatTheCheckedReadListed() throws Exception {
        Library checked = loader().read(List.of(lib));
        Library trusted = loader().readTrusting(List.of(lib));
        assertTrue(checked.checked());
        assertFalse(trusted.checked());
        assertEquals(checked.stories(), trusted.stories());
        for (int i = 0; i < checked.stories().size(); i++) {
            assertEquals(checked.version(i), trusted.version(i), "the search index must see the same versions");
            assertFalse(trusted.changed(trusted.stories().get(i)));
        }
    }

    @Test
    void withoutACacheEveryFileIsCheckedAnyway() throws Exception {
        Library trusted = loader().readTrusting(List.of(lib));
        assertTrue(trusted.checked());
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(trusted));
    }

    @Test
    void anEditInPlaceIsListedAsItWasUntilChangedOrACheckedReadFindsIt() throws Exception {
        loader().read(List.of(lib));
        FileTime folderTime = Files.getLastModifiedTime(lib);
        Stories.write(lib, "002_b.txt", Stories.story("Beta, rewritten", 3)); // in place: the folder keeps its mtime
        Files.setLastModifiedTime(lib, folderTime);
        Library trusted = loader().readTrusting(List.of(lib));
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles(trusted));
        assertTrue(trusted.changed(trusted.stories().get(1)));
        assertFalse(trusted.changed(trusted.stories().get(0)));
        assertEquals("Beta, rewritten", trusted.open(trusted.stories().get(1)).title(), "opening reads the file now");
        Library checked = loader().read(List.of(lib));
        assertEquals(List.of("Alpha", "Beta, rewritten", "Gamma"), titles(checked));
        assertTrue(checked.checked());
    }

    @Test
    void anAddedOrDeletedStoryChangesTheFolderSoItIsNeverMissed() throws Exception {
        loader().read(List.of(lib));
        Stories.write(lib, "004_d.txt", Stories.story("Delta", 1));
        Files.delete(lib.resolve("001_a.txt"));
        Library trusted = loader().readTrusting(List.of(lib));
        assertEquals(List.of("Beta", "Gamma", "Delta"), titles(trusted));
        assertTrue(trusted.checked(), "the folder changed, so every file was stat'ed");
    }

    @Test
    void aDeletedStoryIsChangedAndOpensSayingItIsGone() throws Exception {
        loader().read(List.of(lib));
        Library trusted = loader().readTrusting(List.of(lib));
        Files.delete(lib.resolve("003_c.txt"));
        StoryRef gone = trusted.stories().get(2);
        assertTrue(trusted.changed(gone));
        assertEquals("(lede could not read this story: its file is gone, deleted or renamed after the list was read)",
                trusted.open(gone).sections().get(0).blocks().get(0).text());
    }

    @Test
    void aStoryCachedWhileItWasStillChangingIsReadAgain() throws Exception {
        Path file = lib.resolve("002_b.txt");
        Files.writeString(file, Stories.story("Beta", 3)); // inside the racy window when cached
        FileTime folderTime = Files.getLastModifiedTime(lib);
        loader().read(List.of(lib));
        Files.writeString(file, Stories.story("Bxta", 3));
        Files.setLastModifiedTime(lib, folderTime);
        Library trusted = loader().readTrusting(List.of(lib));
        assertEquals(List.of("Alpha", "Bxta", "Gamma"), titles(trusted));
    }

    @Test
    void severalFoldersAreTrustedEachOnItsOwn(@TempDir Path other) throws Exception {
        Stories.write(other, "010_z.txt", Stories.story("Zeta", 1));
        loader().read(List.of(lib, other));
        Stories.write(other, "011_y.txt", Stories.story("Eta", 1)); // only this folder changed
        Library trusted = loader().readTrusting(List.of(lib, other));
        assertEquals(List.of("Alpha", "Beta", "Gamma", "Zeta", "Eta"), titles(trusted));
        assertFalse(trusted.checked(), "the unchanged folder was trusted");
    }

    @Test
    void changedAsksOnlyAboutItsOwnStories() throws Exception {
        Library library = loader().read(List.of(lib));
        StoryRef stranger = new StoryRef("x", lib.resolve("001_a.txt"), "x", "X", null, 0);
        assertThrows(IllegalArgumentException.class, () -> library.changed(stranger));
        assertFalse(library.only(ref -> ref.title().equals("Gamma")).changed(library.stories().get(2)));
    }
}
