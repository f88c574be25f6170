package dev.lede.export;

/**
 * The values of one record: a story, or one quote or section of it. The commands adapt what they know of a story
 * (its listing, its reading state, the parsed story when a field needs it) to this.
 */
@FunctionalInterface
public interface FieldSet {

    /** The value of {@code field}: a String, a Number, a Boolean, a List of Strings, or null when there is none. */
    Object get(Field field);
}
