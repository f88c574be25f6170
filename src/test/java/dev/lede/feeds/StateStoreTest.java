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
    void theFileIsOneCommentThenSortedLines() throws Exception {
        new StateStore(dir).write("feed", new FeedState("\"e\"", null, null, Instant.parse("2026-12-01T11:00:00Z"),
                0, null, Map.of("b2", "y", "a1", "x")));
        assertEquals("# lede feed state: feed\netag=\"e\"\nitem.a1=x\nitem.b2=y\nlast_fetch=2026-12-01T11\\:00\\:00Z\n"
                + "new_items=0\n", Files.readString(dir.resolve("feeds/feed.state")));
    }
}
