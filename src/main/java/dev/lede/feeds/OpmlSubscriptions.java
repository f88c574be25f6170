package dev.lede.feeds;

import dev.lede.feedfile.FeedException;
import dev.lede.feedfile.Opml;
import dev.lede.feedfile.OpmlOutline;
import dev.lede.text.TextCleaner;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Subscriptions to and from OPML, the list other readers import and export: a feed's tags are the folders it sits
 * in, outermost first, both ways; an imported feed is named from its title and its text is cleaned.
 */
public final class OpmlSubscriptions {

    /**
     * What an OPML file adds.
     *
     * @param added   the new subscriptions, named so as not to clash with any other
     * @param already how many outlines name a feed already subscribed to (by URL), or named twice in the file
     * @param skipped one line for each outline left out, saying why
     */
    public record Import(List<Subscription> added, int already, List<String> skipped) {
    }

    private OpmlSubscriptions() {
    }

    /**
     * The feeds of an OPML file that {@code existing} does not hold.
     *
     * @throws FeedsException when the bytes are not OPML
     */
    public static Import read(byte[] opml, List<Subscription> existing) throws FeedsException {
        List<OpmlOutline> outlines;
        try {
            outlines = Opml.read(opml);
        } catch (FeedException e) {
            throw new FeedsException(FeedsException.Kind.ARGUMENT, FeedSync.line(e.getMessage()));
        }
        List<Subscription> all = new ArrayList<>(existing);
        List<Subscription> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int already = 0;
        for (OpmlOutline outline : outlines) {
            String given = String.valueOf(outline.xmlUrl());
            URI url;
            try {
                url = SubscriptionStore.url(given);
            } catch (FeedsException e) {
                skipped.add("skipped " + TextCleaner.escaped(given) + ": " + e.getMessage());
                continue;
            }
            if (all.stream().anyMatch(s -> s.url().equals(url))) {
                already++;
                continue;
            }
            String title = outline.title() == null ? null : TextCleaner.clean(outline.title());
            Subscription feed = new Subscription(SubscriptionStore.newName(title, url, all), url,
                    Subscription.tags(outline.folders()));
            all.add(feed);
            added.add(feed);
        }
        return new Import(added, already, skipped);
    }

    /** The subscriptions as an OPML 2.0 document, each named by its name, its tags as folders. */
    public static String write(List<Subscription> feeds) {
        return Opml.write("lede feeds", feeds.stream()
                .map(f -> new OpmlOutline(f.name(), f.url().toString(), null, f.tags())).toList());
    }
}
