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
        assertTrue(mismatches.isEmpty(), file + ":\n" + String.join("\n", mismatches));
    }
}
