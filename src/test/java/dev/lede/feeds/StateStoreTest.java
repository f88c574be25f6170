package dev.lede.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

    private static final List<String> NASTY = List.of("", " leading and trailing ", "a=b:c#d!e\\f", "tab\tnew\nline\r",
            "\f\u0000\u001b]0;x\u0007", "caf\u00e9 \u2028 \u00a0", "\ud83d\ude00 emoji", "\"W/\\\"etag\\\"\"", "#!=:",
            "\\u0041 not an escape", "  ");

    @TempDir
    Path dir;

    @Test
    void everyValueReadsBackAsItWasWrittenWhateverItHolds() throws Exception {
        StateStore store = new StateStore(dir);
        for (String nasty : NASTY) {
            FeedState state = new FeedState(nasty, nasty, Instant.parse("2026-12-01T12:00:00Z"),
                    Instant.parse("2026-12-01T11:00:00Z"), 7, nasty, Map.of("k " + nasty, nasty, "plain", "v"));
            store.write("feed", state);
            assertEquals(state, store.read("feed"), nasty);
        }
    }

    /**
     * A feed state in another format (a newer lede's, then an older one run) is read as no state and never written
     * over: each write is refused naming the file, which stays byte for byte.
     */
    @Test
    void aStateOfAnotherFormatIsNeverWrittenOver() throws Exception {
        StateStore store = new StateStore(dir);
        store.write("feed", new FeedState("\"e\"", null, null, Instant.parse("2026-12-01T11:00:00Z"), 0, null,
                Map.of("a1", "x")));
        Path state = dir.resolve("feeds/feed.state");
        String newer = "# lede feed state: feed\nformat=2\netag=\"e\"\nwhat_a_newer_lede_keeps=1\n";
        Files.writeString(state, newer);
        String items = Files.readString(dir.resolve("feeds/feed.items"));
        assertEquals(FeedState.NEW, store.header("feed"));
        FeedState next = new FeedState("\"f\"", null, null, Instant.parse("2026-12-01T12:00:00Z"), 1, null,
                Map.of("b2", "y"));
        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> store.write("feed", next));
        assertEquals(state + " is in format '2' of the feed state, which this lede (format 1) does not read: it"
                + " leaves the file as it is; use the lede that wrote it", refused.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> store.writeHeader("feed", next));
        assertEquals(newer, Files.readString(state));
        assertEquals(items, Files.readString(dir.resolve("feeds/feed.items")));
    }

    @Test
    void keysAndValuesAreSpelledSoThatPropertiesLoadReadsThemBack() throws Exception {
        for (String key : NASTY) {
            for (String value : NASTY) {
                StringBuilder line = StateStore.escaped(new StringBuilder(), key, true).append('=');
                Properties p = new Properties();
                p.load(new StringReader(StateStore.escaped(line, value, false).append('\n').toString()));
                assertEquals(Map.of(key, value), p, key + " = " + value);
            }
        }
    }

    @Test
    void theFilesAreOneCommentThenSortedLinesTheItemsInAFileOfTheirOwn() throws Exception {
        new StateStore(dir).write("feed", new FeedState("\"e\"", null, null, Instant.parse("2026-12-01T11:00:00Z"),
                0, null, Map.of("b2", "y", "a1", "x")));
        assertEquals("# lede feed state: feed\netag=\"e\"\nlast_fetch=2026-12-01T11\\:00\\:00Z\nnew_items=0\n",
                Files.readString(dir.resolve("feeds/feed.state")));
        assertEquals("# lede feed items: feed\na1=x\nb2=y\n", Files.readString(dir.resolve("feeds/feed.items")));
    }

    @Test
    void aHeaderIsReadAndWrittenWithoutTouchingTheItems() throws Exception {
        StateStore store = new StateStore(dir);
        Map<String, String> items = Map.of("a1", "x", "b2", "y");
        store.write("feed", new FeedState("\"e\"", null, null, null, 3, null, items));
        FeedState header = store.header("feed");
        assertEquals(Map.of(), header.items());
        assertEquals("\"e\"", header.etag());
        store.writeHeader("feed", new FeedState("\"f\"", null, null, Instant.parse("2026-12-01T11:00:00Z"), 0, null,
                Map.of()));
        assertEquals(new FeedState("\"f\"", null, null, Instant.parse("2026-12-01T11:00:00Z"), 0, null, items),
                store.read("feed"));
    }

    @Test
    void aStateOfBeforeTheItemsFileKeepsItsItemsAndMovesThemOnTheFirstWrite() throws Exception {
        Files.createDirectories(dir.resolve("feeds"));
        Files.writeString(dir.resolve("feeds/feed.state"), "# lede feed state: feed\netag=\"e\"\nitem.a1=x\n"
                + "item.b2=y\nlast_fetch=2026-12-01T11\\:00\\:00Z\nnew_items=0\n");
        StateStore store = new StateStore(dir);
        Map<String, String> items = Map.of("a1", "x", "b2", "y");
        assertEquals(items, store.read("feed").items());
        assertEquals(Map.of(), store.header("feed").items());
        store.writeHeader("feed", new FeedState("\"f\"", null, null, null, 0, null, Map.of()));
        assertEquals(items, store.read("feed").items());
        assertEquals("# lede feed items: feed\na1=x\nb2=y\n", Files.readString(dir.resolve("feeds/feed.items")));
        store.delete("feed");
        assertEquals(FeedState.NEW, store.read("feed"));
        assertEquals(Map.of(), store.items("feed"));
    }
}
