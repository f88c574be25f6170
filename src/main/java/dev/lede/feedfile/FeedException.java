package dev.lede.feedfile;

/** A document that is not a feed lede can read; the message is one line saying why ("not a feed: an HTML page"). */
public final class FeedException extends Exception {

    public FeedException(String message) {
        super(message);
    }
}
