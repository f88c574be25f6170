package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMatchesTest {

    private static List<String> found(String text, String query) {
        return TextMatches.find(text, SearchQuery.parse(query)).stream()
                .map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void aWordMatchesTheWordsItBeginsInAnyCase() {
        assertEquals(List.of("Israel", "Israeli", "ISRAEL"), found("Israel, Israeli and ISRAEL; Disraeli.", "israel"));
        assertEquals(List.of("pedestrianise"), found("To pedestrianise the street", "pedestrian"));
        assertEquals(List.of("Museum"), found("The Museum of Mu", "muse"));
    }

    @Test
    void accentsAndLigaturesDoNotMatterEitherWay() {
        assertEquals(List.of("Café", "cafe\u0301", "CAFE"), found("Café, cafe\u0301 and CAFE", "cafe"));
        assertEquals(List.of("Café", "cafe\u0301", "CAFE"), found("Café, cafe\u0301 and CAFE", "café"));
        assertEquals(List.of("Straße", "strasse"), found("Straße or strasse", "strasse"));
        assertEquals(List.of("Kraków"), found("Kraków and Łódź", "krakow"));
        assertEquals(List.of("Łódź"), found("Kraków and Łódź", "lodz"));
        assertEquals(List.of("Αθήνα"), found("Αθήνα", "αθηνα"));
    }

    @Test
    void chineseAndJapaneseAreFoundByCharactersInsideLongerRuns() {
        String title = "東京で新しい図書館が開館";
        assertEquals(List.of("図書館"), found(title, "図書館"));
        assertEquals(List.of("図書"), found(title, "図書"));
        assertEquals(List.of("開館"), found(title, "開館"));
        assertEquals(List.of("館", "館"), found(title, "館"), "a lone character, wherever it stands");
        assertEquals(List.of(), found(title, "館図"));
        assertEquals(List.of("서울"), found("서울에서", "서울"));
    }

    @Test
    void scriptsWhoseMarksAreLettersKeepThem() {
        assertEquals(List.of(), found("किताब", "कताब"), "Devanagari vowel signs are not accents");
        assertEquals(List.of("किताब"), found("किताब", "किताब"));
    }

    @Test
    void aPossessiveHoldsTheWord() {
        assertEquals(List.of("Albania"), found("Albania’s rescue", "Albania"));
    }

    @Test
    void aPhraseMatchesAcrossPunctuationAndSpacing() {
        assertEquals(List.of("Allies  Group"), found("the Allies  Group, and allies", "\"allies group\""));
    }

    @Test
    void holdsAllNeedsEveryClause() {
        SearchQuery query = SearchQuery.parse("peace \"human dignity\"");
        assertTrue(TextMatches.holdsAll("promoting peace and human dignity", query));
        assertFalse(TextMatches.holdsAll("promoting peace and dignity", query));
    }
}
