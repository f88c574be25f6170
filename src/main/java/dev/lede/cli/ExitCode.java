package dev.lede.cli;

/** The exit codes scripts can rely on. */
public final class ExitCode {

    /** Success; warnings may have been printed. */
    public static final int OK = 0;
    /** A bug or an unexpected failure (including a failed write). */
    public static final int INTERNAL = 1;
    /** Bad flags or arguments. */
    public static final int USAGE = 2;
    /** The library cannot be used: folder missing or unreadable, no stories, unknown id, or --strict warnings. */
    public static final int LIBRARY = 3;
    /** The preferences file cannot be used. */
    public static final int CONFIG = 4;
    /**
     * {@code lede fetch}: some feeds could not be fetched, parsed or written (each said why on its line); every other
     * feed, and whatever did arrive, was written.
     */
    public static final int FEEDS_FAILED = 5;
    /**
     * Standard output was closed by its reader ({@code lede export | head -1}): 128 + SIGPIPE, what {@code cat},
     * {@code git} and {@code yes} give, and never printed as an error.
     */
    public static final int CLOSED_PIPE = 141;

    private ExitCode() {
    }
}
