package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordWrapTest {

    @Test
    void breaksAtSpacesWithinTheWidth() {
        assertEquals(List.of("the quick", "brown fox", "jumps"), WordWrap.lines("the quick brown fox jumps", 10));
    }

    @Test
    void breaksAWordLongerThanTheLine() {
        assertEquals(List.of("abcd", "efgh", "ij", "end"), WordWrap.lines("abcdefghij end", 4));
        assertEquals(List.of("ab", "cd"), WordWrap.lines("abcd", 2));
    }

    @Test
    void wideCharactersCountAsTwoCells() {
        List<String> lines = WordWrap.lines("東京東京東京", 5);
        assertEquals(List.of("東京", "東京", "東京"), lines);
        assertEquals(4, DisplayWidth.of("東京"));
        assertEquals(2, DisplayWidth.of("👍"));
        assertEquals(1, DisplayWidth.of("e\u0301"));
    }

    @Test
    void aFlagIsNeverBrokenInTwo() {
        assertEquals(List.of("#🇫🇷", "🇩🇪🇫🇷", "🇩🇪"), WordWrap.lines("#🇫🇷🇩🇪🇫🇷🇩🇪", 4));
        assertEquals(List.of("🇫🇷", "🇩🇪", "🇮"), WordWrap.lines("🇫🇷🇩🇪🇮", 1), "one flag a line, wider than the width");
    }

    @Test
    void noLineIsWiderThanTheWidthAndNoTextIsLost() {
        String text = "Emoji 👨‍👩‍👧 and 東京快讯 and averyveryverylongunbreakabletoken with spaces";
        for (int width = 1; width < 40; width++) {
            List<String> lines = WordWrap.lines(text, width);
            for (String line : lines) {
                assertTrue(DisplayWidth.of(line) <= Math.max(width, 2), width + ": " + line);
            }
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
        }
    }

    @Test
    void aHugeWordIsBrokenIntoFullLines() {
        String word = "x".repeat(200_000);
        assertEquals(2_500, WordWrap.wrap(word, 80).size());
    }
}
