package dev.lede.export;

/** A field list or a template that cannot be used: the message says what and where, in one line. */
public final class FieldException extends Exception {

    private static final long serialVersionUID = 1L;

    FieldException(String message) {
        super(message);
    }
}
