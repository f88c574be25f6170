package dev.lede.feeds;

/**
 * A feeds command that cannot be done, as one line: an unknown or repeated name, a URL that is not http or https,
 * a subscriptions file or an OPML file that cannot be read or written.
 */
public final class FeedsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of mistake it is, for the exit code. */
    public enum Kind {
        /** The arguments: a bad name or URL, an unknown or repeated feed. */
        ARGUMENT,
        /** A file: the subscriptions file, or an OPML file, cannot be read, parsed or written. */
        FILE
    }

    private final Kind kind;

    public FeedsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
