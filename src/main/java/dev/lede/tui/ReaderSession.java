package dev.lede.tui;

import dev.lede.library.Library;
import dev.lede.search.Search;
import dev.lede.state.ReadState;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one run of the reader works on: the library being loaded, how the search that answers the list's filter is
 * made once it has loaded, the preferences ({@code t} and {@code p} change and save them, unless
 * {@link ReaderPreferences#fixed fixed}), and how a new {@code library} value is checked and loaded.
 *
 * @param reload {@link LibraryReload#NONE} when the reader does not follow {@code library}
 * @param state   which stories are read and starred ({@link ReadState#inMemory()} in tests)
 * @param refresh how {@code r} reads the library again and {@code R} fetches the feeds ({@link Refresh#NONE})
 */
public record ReaderSession(LoadingLibrary library, Function<Library, Search> searches,
                            ReaderPreferences preferences, LibraryReload reload,
                            ReadState state, Refresh refresh) {

    /** A session whose reader cannot read its library again nor fetch feeds. */
    public ReaderSession(LoadingLibrary library, Function<Library, Search> searches, ReaderPreferences preferences,
                         LibraryReload reload, ReadState state) {
        this(library, searches, preferences, reload, state, Refresh.NONE);
    }

    public ReaderSession {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(searches, "searches");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(reload, "reload");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(refresh, "refresh");
    }
}
