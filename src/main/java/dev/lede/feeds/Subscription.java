package dev.lede.feeds;

import dev.lede.text.TextCleaner;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One feed the user follows.
 *
 * @param name the feed's name: unique ignoring case, and the name of the folder its stories go in
 * @param url  where the feed is fetched from (http or https)
 * @param tags the user's tags for it (OPML folders), in order, without repeats
 */
public record Subscription(String name, URI url, List<String> tags) {

    public Subscription {
        tags = List.copyOf(tags);
    }

    /** Tags as given (by the user, by an OPML file): cleaned, each one line, blanks left out, each once. */
    public static List<String> tags(List<String> given) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : given) {
            String clean = TextCleaner.clean(tag).replaceAll("[\\s\\p{Z}]+", " ").strip();
            if (!clean.isEmpty()) {
                tags.add(clean);
            }
        }
        return List.copyOf(tags);
    }

    /** The same feed fetched from another address. */
    public Subscription at(URI moved) {
        return new Subscription(name, moved, tags);
    }
}
