package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryRulesTest {

    @TempDir
    Path dir;

    private void story(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void ordersByFileNameAndTakesIdsFromNames() throws Exception {
        story("010_bbb.txt", "Second\nLede.\n");
        story("002_aaa.txt", "First\nLede.\nContext: x\n");
        story("plain-name.txt", "Third\n");
        story("notes.md", "Not a story\n");
        Library library = LibraryLoader.load(List.of(dir));
        assertEquals(List.of("aaa", "bbb", "plain-name"), library.stories().stream().map(StoryRef::id).toList());
        assertEquals(1, library.stories().get(0).sections());
        assertEquals("First", library.open(library.find("aaa").orElseThrow()).title());
        assertEquals(0, library.skipped());
    }

    @Test
    void aSecondFileWithTheSameIdIsSkippedWithAWarningNamingBoth() throws Exception {
        story("001_same.txt", "One\n");
        story("002_same.txt", "Two\n");
        Library library = LibraryLoader.load(List.of(dir));
        assertEquals(1, library.stories().size());
        assertEquals("One", library.stories().get(0).title());
        assertEquals(1, library.skipped());
        String warning = library.problems().get(0).toString();
        assertTrue(warning.contains("002_same.txt") && warning.contains("001_same.txt"), warning);
    }

    @Test
    void badFilesAreSkippedNeverFatal() throws Exception {
        story("001_ok.txt", "Fine\n");
        Files.write(dir.resolve("002_bin.txt"), new byte[] {'a', 0, 'b'});
        story("003_empty.txt", "\n\n");
        Files.createDirectory(dir.resolve("004_folder.txt"));
        Library library = LibraryLoader.load(List.of(dir));
        assertEquals(List.of("ok"), library.stories().stream().map(StoryRef::id).toList());
        assertEquals(3, library.skipped());
        assertEquals(3, library.problems().size());
    }

    @Test
    void aMissingFolderIsALibraryError() {
        LibraryException e = assertThrows(LibraryException.class,
                () -> LibraryLoader.load(List.of(dir.resolve("nope"))));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void frontMatterDateReachesTheListEntry() throws Exception {
        story("001_d.txt", "---\ndate: 2025-01-31\n---\nTitle\n");
        assertEquals("2025-01-31", LibraryLoader.load(List.of(dir)).stories().get(0).date());
    }
}
