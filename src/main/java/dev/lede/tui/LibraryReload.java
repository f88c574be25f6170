package dev.lede.tui;

import dev.lede.prefs.Preferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the reader follows {@code library} set on the preferences screen: a folder that does not exist is refused
 * there (every command would fail on it later), and a new value loads the library again, when the reader shows the
 * library of the preferences rather than folders given on the command line.
 */
public final class LibraryReload {

    /** Takes any value of {@code library} and loads nothing again: for a reader that does not follow it. */
    public static final LibraryReload NONE = new LibraryReload(null, null);

    /** Null for {@link #NONE}. */
    private final Path userHome;
    private final LoadingLibrary.Load load;

    /**
     * @param userHome where {@code ~} in a folder starts
     * @param load     loads the library the preferences name at the time it runs; null when the reader shows
     *                 folders given on the command line, which a preference does not change
     */
    public LibraryReload(Path userHome, LoadingLibrary.Load load) {
        this.userHome = userHome;
        this.load = load;
    }

    /**
     * Why a value of {@code library} cannot be used, or null when every folder it names is a folder.
     *
     * @param file the preferences file, whose folder relative paths start at
     */
    String refusal(Path file, List<String> folders) {
        if (userHome == null) {
            return null;
        }
        Path base = file.toAbsolutePath().getParent();
        for (String folder : folders) {
            Path path = Preferences.folder(folder, base, userHome);
            if (!Files.isDirectory(path)) {
                return "no such folder: " + path + "; library not saved";
            }
        }
        return null;
    }

    /** Starts loading the library the preferences now name; null when the reader keeps the folders it was given. */
    LoadingLibrary start() {
        return load == null ? null : LoadingLibrary.start(load);
    }
}
