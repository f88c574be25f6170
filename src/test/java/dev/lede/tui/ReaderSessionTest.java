package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.Library;
import dev.lede.prefs.Change;
import dev.lede.prefs.Preferences;
import dev.lede.prefs.PreferencesStore;
import dev.lede.state.ReadState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one way into the reader, and a reader whose options are fixed. */
class ReaderSessionTest {

    @Test
    void aReaderWithFixedOptionsHasNoThemeNorPreferencesKeys() {
        VirtualReader reader = new VirtualReader(VirtualReader.LIBRARY, 80, 24);
        String list = reader.text();
        reader.press("t");
        assertEquals(list, reader.text(), "t does nothing");
        reader.press("p");
        assertInstanceOf(ListScreen.class, reader.app.view(), "p opens nothing");
        String help = reader.press("?").text();
        assertFalse(help.contains("next theme") || help.contains("preferences"), help);
    }

    @Test
    void fixedOptionsAreTheOnesGivenOnTheDefaultsInMemory() {
        ReaderOptions options = ReaderOptions.defaults().withReadingWidth(50);
        ReaderPreferences prefs = ReaderPreferences.fixed(options);
        assertEquals(options, prefs.options());
        assertEquals(Preferences.DEFAULTS, prefs.current());
        assertFalse(prefs.changeable());
    }

    @Test
    void aStoreInMemoryRefusesEveryChangeAndKeepsTheDefaults() {
        PreferencesStore store = PreferencesStore.inMemory();
        Change change = store.set("theme", "dark");
        assertEquals(Change.Status.NOT_SAVED, change.status());
        assertTrue(change.message().contains("kept in memory"), change.message());
        assertEquals(Preferences.DEFAULTS, store.preferences());
        assertFalse(store.location().exists());
    }

    @Test
    void aSessionHasEveryPart() {
        Library library = VirtualReader.load(VirtualReader.LIBRARY);
        ReaderPreferences prefs = ReaderPreferences.fixed(ReaderOptions.defaults());
        assertThrows(NullPointerException.class, () -> new ReaderSession(LoadingLibrary.of(library),
                loaded -> null, null, LibraryReload.NONE, ReadState.inMemory()));
        assertThrows(NullPointerException.class, () -> new ReaderSession(LoadingLibrary.of(library),
                loaded -> null, prefs, null, ReadState.inMemory()));
        assertThrows(NullPointerException.class, () -> new ReaderSession(LoadingLibrary.of(library),
                loaded -> null, prefs, LibraryReload.NONE, null));
    }

    @Test
    void aReloadThatFollowsNothingTakesAnyFolderAndLoadsNothing() {
        assertEquals(null, LibraryReload.NONE.refusal(java.nio.file.Path.of("config.yml"), List.of("/nowhere")));
        assertEquals(null, LibraryReload.NONE.start());
    }
}
