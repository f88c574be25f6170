package dev.lede.feedfile;

/**
 * A file an entry carries (a podcast's audio, an image).
 *
 * @param length bytes, or -1 when the feed does not say
 */
public record Enclosure(String url, String type, long length) {
}
