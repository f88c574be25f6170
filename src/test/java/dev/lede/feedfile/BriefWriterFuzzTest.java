package dev.lede.feedfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.ControlCharacters;
import dev.lede.storyfile.ParseResult;
import dev.lede.storyfile.StoryParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Any entry through the brief writer and back through lede's parser: no exception, no control character in the
 * written text, no warning (the writer never writes what the parser has to drop or skip), and the front matter read
 * back as written. The input is the entry's title, summary, content, guid, author and a tag, separated by NUL bytes.
 * In {@code mvn verify} this replays {@code BriefWriterFuzzTestInputs/write/}; ARCHITECTURE.md says how to fuzz.
 */
class BriefWriterFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void write(byte[] bytes) {
        String[] parts = Arrays.copyOf(new String(bytes, StandardCharsets.UTF_8).split("\u0000", 6), 6);
        FeedEntry entry = new FeedEntry(parts[3], "https://example.com/a/b.html", parts[0], parts[4], parts[5], null,
                parts[1], parts[2], null, parts[5] == null ? List.of() : List.of(parts[5]), List.of());
        String text = BriefWriter.write(entry, BriefSamples.SOURCE);
        ControlCharacters.assertNone(text, "the brief");
        ParseResult result = StoryParser.parse(text.getBytes(StandardCharsets.UTF_8), "fuzz.txt", "fuzz");
        assertEquals(List.of(), result.problems(), text);
        assertNotNull(result.story(), text);
        for (String key : List.of("guid", "author", "date")) {
            String meant = BriefRoundTrip.line(key.equals("guid") ? parts[3] : key.equals("author") ? parts[4] : parts[5]);
            if (!meant.isEmpty() && meant.length() <= 2_000) {
                assertEquals(meant, result.story().meta().get(key), text);
            }
        }
    }
}
