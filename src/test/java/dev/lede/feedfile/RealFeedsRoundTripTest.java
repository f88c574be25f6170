package dev.lede.feedfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule of the feeds work, on real data: every item of every real feed under src/test/resources/feeds/, written
 * as a brief and read back with lede's own parser, has the title, lede, sections and quotes the item meant
 * ({@link BriefRoundTrip#check}).
 */
class RealFeedsRoundTripTest {

    /**
     * Feeds whose round trip is known to differ, with why; each must still differ (so a fix shows here). dustri's
     * Atom posts open with a paragraph holding only an image: its alt text ("Cover") becomes the first paragraph and
     * so the lede, where the check expects the summary. Not yet decided: drop image-only paragraphs, or keep them
     * out of the lede.
     */
    static final java.util.Map<String, String> KNOWN = java.util.Map.of("dustri-atom10.xml",
            "an image-only first paragraph becomes the lede");

    static Stream<String> feeds() throws IOException {
        return FeedParserFixturesTest.lines().filter(line -> !line[1].startsWith("error")
                && !line[0].endsWith(".opml")).map(line -> line[0]);
    }

    @ParameterizedTest
    @MethodSource("feeds")
    void everyItemReadsBackAsMeant(String file) throws Exception {
        ParsedFeed feed = FeedParserFixturesTest.parse(file);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < feed.entries().size(); i++) {
            for (String mismatch : BriefRoundTrip.check(feed.entries().get(i))) {
                mismatches.add("item " + i + ": " + mismatch);
            }
        }
        if (KNOWN.containsKey(file)) {
            assertTrue(!mismatches.isEmpty(), file + " now reads back as meant: take it out of KNOWN");
            return;
        }
        assertTrue(mismatches.isEmpty(), file + ":\n" + String.join("\n", mismatches));
    }
}
