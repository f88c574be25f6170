package dev.lede.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedSpansTest {

    private static List<String> spans(String text) {
        return QuotedSpans.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void findsCurlyGuillemetLowAndStraightSpans() {
        assertEquals(List.of("“historic”", "«oui»", "„ja“", "\"no\""),
                spans("a “historic” day, «oui» and „ja“ but \"no\" here"));
    }

    @Test
    void apostrophesAndSingleQuotesStartNoSpan() {
        assertEquals(List.of(), spans("Israel’s ‘maybe’ it's"));
    }

    @Test
    void anUnclosedMarkStartsNoSpan() {
        assertEquals(List.of(), spans("he said “never closed"));
        assertEquals(List.of("“a”"), spans("“a” and “b"));
    }

    @Test
    void aStraightQuoteInsideAWordOpensNothing() {
        assertEquals(List.of(), spans("5\" screen"));
    }

    @Test
    void anUnclosedMarkStopsOnlyLaterMarksOfItsKind() {
        assertEquals(List.of("«oui»", "\"no\""), spans("“ “ “ «oui» “ \"no\" “"));
        String unclosed = "“«「 ".repeat(200_000);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> assertEquals(List.of(), spans(unclosed)));
    }
}
