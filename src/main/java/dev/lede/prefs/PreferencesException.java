package dev.lede.prefs;

/**
 * A preferences file that cannot be used, or a value that is not allowed. The message is one line naming the file,
 * line and column when known, the key, and what is allowed, e.g.
 * {@code config.yml:12:10: colors.quote: unknown colour 'purple'; allowed: …}.
 */
public final class PreferencesException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    PreferencesException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    PreferencesException(String message) {
        this(message, 0, 0);
    }

    /** The 1-based line of the problem, or 0 when it is not about one place. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0. */
    public int column() {
        return column;
    }
}
