package dev.lede.library;

/** The library as a whole cannot be used: a folder is missing or unreadable, or it holds no story. */
public class LibraryException extends Exception {

    public LibraryException(String message) {
        super(message);
    }
}
