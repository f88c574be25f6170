package dev.lede.prefs;

import java.util.List;

/**
 * What setting one preference did. Never thrown: a reader shows {@link #message()} in its status line.
 *
 * @param preferences the preferences now in effect (unchanged unless saved)
 * @param warnings    warnings about the saved file, such as a key now bound to two actions (which a store
 *                    {@link PreferencesStore#refusingSharedKeys() refusing them} does not save)
 */
public record Change(Status status, String message, Preferences preferences, List<String> warnings) {

    public enum Status {
        /** The value was saved to the file. */
        SAVED,
        /** The file already held the value; nothing was written. */
        UNCHANGED,
        /** An unknown key or a value that is not allowed; nothing was written. */
        INVALID,
        /** The file could not be read, parsed or written; it was left as it was. */
        NOT_SAVED
    }

    public Change {
        warnings = List.copyOf(warnings);
    }

    /** Whether the file now holds the value. */
    public boolean ok() {
        return status == Status.SAVED || status == Status.UNCHANGED;
    }
}
