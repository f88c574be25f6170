package dev.lede.feeds;

import dev.lede.feedfile.FeedEntry;
import dev.lede.text.TextCleaner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file names of a feed's stories: {@code <yyyyMMddHHmmss>_<title>-<hash>.txt}, e.g.
 * {@code 20261201093000_mars-rover-finds-water-3f9a2c1b4d5e.txt}, whose story id is the part after the underscore.
 * The time is the item's date (UTC), or when it was first seen for an item with no date (or a date in the future),
 * so the library's file-name order is oldest first, newest last, across every feed. The hash names the item for
 * good: it is made from the feed's name and the item's key (its guid, else its link, else its title and date), with
 * any {@code http://} or {@code https://} left out, so the same item fetched again, re-dated, or from the other
 * scheme finds its file by the hash and keeps its name. Names hold only {@code a-z 0-9 _ -} and the {@code .txt},
 * the characters {@code --output-dir} keeps.
 */
final class StoryNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("[0-9]{14}_(?:.*-)?([0-9a-f]{12})\\.txt");
    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    private static final int TITLE = 48;

    private StoryNames() {
    }

    /** The hash that names an item of a feed for good. */
    static String id(String feed, FeedEntry entry) {
        return hash(feed + "\n" + key(entry), 12);
    }

    /** What identifies an item: its guid, else its link, else its title and date. */
    static String key(FeedEntry entry) {
        if (entry.guid() != null && !entry.guid().isBlank()) {
            return "guid " + address(entry.guid().strip());
        }
        if (entry.link() != null && !entry.link().isBlank()) {
            return "link " + address(entry.link().strip());
        }
        return "title " + entry.title() + "\n" + entry.date();
    }

    /**
     * An address without what does not change the item it names: the scheme when http or https, the case of the
     * host, the default port, a fragment.
     */
    static String address(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("http://")) {
            rest = text.substring(7);
        } else if (lower.startsWith("https://")) {
            rest = text.substring(8);
        } else {
            return text;
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        host = host.toLowerCase(Locale.ROOT).replaceFirst(":(80|443)$", "");
        return "//" + host + path;
    }

    /** A hash of an item as written, to tell when it changed. */
    static String version(FeedEntry entry) {
        return hash(entry.toString(), 16);
    }

    /**
     * The file name of a new story.
     *
     * @param when the item's date, or when it was first seen
     */
    static String name(Instant when, String title, String id) {
        String slug = FeedNames.slug(title == null ? "" : TextCleaner.clean(title), TITLE);
        return STAMP.format(when) + "_" + (slug.isEmpty() ? "" : slug + "-") + id + ".txt";
    }

    /** The item's date, unless missing, before the year 1000 or later than {@code seen}: then {@code seen}. */
    static Instant when(Instant published, Instant seen) {
        return published == null || published.isBefore(EARLIEST) || published.isAfter(seen) ? seen : published;
    }

    /** The id hash in a file name lede wrote, or null for any other name. */
    static String idOf(String fileName) {
        Matcher m = NAME.matcher(fileName);
        return m.matches() ? m.group(1) : null;
    }

    private static String hash(String text, int hexDigits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
