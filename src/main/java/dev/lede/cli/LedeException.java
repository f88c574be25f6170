package dev.lede.cli;

/** A failure the user can act on: printed as one line, with its exit code. */
public class LedeException extends RuntimeException {

    private final int exitCode;

    public LedeException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
