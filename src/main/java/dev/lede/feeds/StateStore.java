package dev.lede.feeds;

import dev.lede.safefile.OwnFolder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The state of every feed, one small file each ({@code $XDG_STATE_HOME/lede/feeds/<name>.state}) and its items'
 * hashes in another ({@code <name>.items}, the large part, which a 304 neither reads nor writes), in lede's own
 * folders (made 0700, never followed through a link), each written by a rename, so a kill at any moment leaves the
 * old state or the new one. A state file that is missing or cannot be read is a feed never fetched: the next fetch
 * asks for the whole feed and writes again what changed. Safe to use from several threads, one feed each.
 */
public final class StateStore {

    private static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final String ITEM = "item.";
    /**
     * The format of the files this lede writes: 1, which writes no {@code format} line. A file whose {@code format}
     * names another (a newer lede's) is read as no state and never written over ({@link #refuseOtherFormat}).
     */
    private static final String FORMAT = "1";

    private final Path stateHome;
    private OwnFolder folder;

    /** @param stateHome {@code $XDG_STATE_HOME/lede}; made when first written */
    public StateStore(Path stateHome) {
        this.stateHome = stateHome;
    }

    /** The state of a feed with its items; {@link FeedState#NEW} when there is none or it cannot be read. */
    public FeedState read(String name) {
        FeedState header = header(name);
        return header == FeedState.NEW ? header : header.with(items(name));
    }

    /**
     * The state of a feed without its items (an empty map), which is all a conditional request, a 304 or a failure
     * needs: a feed's items are its largest part, read only for an answer with a body.
     */
    public FeedState header(String name) {
        Properties p = load(name + ".state");
        if (p == null) {
            return FeedState.NEW;
        }
        return new FeedState(p.getProperty("etag"), p.getProperty("last_modified"), instant(p, "retry_after"),
                instant(p, "last_fetch"), number(p.getProperty("new_items")), p.getProperty("last_error"), Map.of());
    }

    /**
     * The items of a feed's last document: from {@code <name>.items}, else (a state written before the items had a
     * file of their own) from the {@code item.} lines of {@code <name>.state}; none when neither can be read.
     */
    public Map<String, String> items(String name) {
        Properties own = load(name + ".items");
        Properties p = own != null ? own : load(name + ".state");
        Map<String, String> items = new HashMap<>();
        for (String key : p == null ? Set.<String>of() : p.stringPropertyNames()) {
            if (own != null) {
                items.put(key, p.getProperty(key));
            } else if (key.startsWith(ITEM)) {
                items.put(key.substring(ITEM.length()), p.getProperty(key));
            }
        }
        return items;
    }

    private Properties load(String file) {
        Properties p = new Properties();
        try {
            p.load(new ByteArrayInputStream(folder(false).read(file, MAX_BYTES)));
            return p.getProperty("format", FORMAT).equals(FORMAT) ? p : null; // another format: not read
        } catch (IOException | IllegalArgumentException e) { // none yet, or not lede's: fetch it whole
            return null;
        }
    }

    /**
     * Refuses to replace a feed's state written in another format (by a newer lede): the user going back to an older
     * lede keeps it as it was.
     */
    private void refuseOtherFormat(OwnFolder own, String name) throws IOException {
        for (String file : new String[] {name + ".state", name + ".items"}) {
            Properties p = new Properties();
            try {
                p.load(new ByteArrayInputStream(own.read(file, MAX_BYTES)));
            } catch (IOException | IllegalArgumentException e) {
                continue; // missing or not lede's: written anew
            }
            String format = p.getProperty("format", FORMAT);
            if (!format.equals(FORMAT)) {
                throw new IOException(own.path().resolve(file) + " is in format '" + dev.lede.text.TextCleaner.clean(
                        format) + "' of the feed state, which this lede (format 1) does not read: it leaves the"
                        + " file as it is; use the lede that wrote it");
            }
        }
    }

    /**
     * Replaces a feed's state, whole: its items first, then the rest, so that a kill between the two leaves new
     * items under the old ETag, and the next fetch (a 200) finds its stories already written.
     */
    public void write(String name, FeedState state) throws IOException {
        Map<String, String> items = new TreeMap<>(state.items());
        refuseOtherFormat(folder(true), name);
        folder(true).write(name + ".items", text("# lede feed items: " + name, items));
        writeHeader(name, state);
    }

    /** Replaces a feed's state but its items ({@code state.items()} is not looked at), which stay as they are. */
    public void writeHeader(String name, FeedState state) throws IOException {
        OwnFolder own = folder(true);
        refuseOtherFormat(own, name);
        if (!Files.exists(own.path().resolve(name + ".items"), LinkOption.NOFOLLOW_LINKS)) {
            Map<String, String> before = items(name); // a state of before the items had their own file: move them
            own.write(name + ".items", text("# lede feed items: " + name, new TreeMap<>(before)));
        }
        Map<String, String> p = new TreeMap<>();
        put(p, "etag", state.etag());
        put(p, "last_modified", state.lastModified());
        put(p, "retry_after", state.retryAfter());
        put(p, "last_fetch", state.lastFetch());
        put(p, "new_items", state.newItems());
        put(p, "last_error", state.lastError());
        own.write(name + ".state", text("# lede feed state: " + name, p));
    }

    private static byte[] text(String comment, Map<String, String> p) {
        StringBuilder text = new StringBuilder(comment).append('\n');
        p.forEach((key, value) -> escaped(escaped(text, key, true).append('='), value, false).append('\n'));
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Appends a key or a value as {@link Properties#store} spells it, so that {@link Properties#load} reads it back:
     * {@code \\ = : # !} and a space escaped (in a value only a leading one), controls and all that is not ASCII
     * as {@code \\uXXXX}; without {@code Properties.store}'s hash table, date line and sorting left to chance.
     */
    static StringBuilder escaped(StringBuilder out, String text, boolean key) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '=', ':', '#', '!' -> out.append('\\').append(c);
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    /** The folder of the states, found (or made) once; feeds are read and written from several threads at once. */
    private synchronized OwnFolder folder(boolean make) throws IOException {
        if (folder == null) {
            folder = make ? OwnFolder.make(stateHome, "feeds") : OwnFolder.find(stateHome, "feeds");
        }
        return folder;
    }

    /** Forgets a feed's state (an unsubscribed feed, so that subscribing again fetches it whole). */
    public void delete(String name) {
        try {
            Files.deleteIfExists(stateHome.resolve("feeds").resolve(name + ".items"));
            Files.deleteIfExists(stateHome.resolve("feeds").resolve(name + ".state"));
        } catch (IOException | RuntimeException e) {
            // a state that stays is only a feed that a new subscription of the same name asks for conditionally
        }
    }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null) {
            p.put(key, value.toString());
        }
    }

    private static Instant instant(Properties p, String key) {
        String value = p.getProperty(key);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
