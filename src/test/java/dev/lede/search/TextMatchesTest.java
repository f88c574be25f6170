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
    void wordsMatchWholeWordsInAnyCase() {
        assertEquals(List.of("Israel", "ISRAEL"), found("Israel, Israeli and ISRAEL.", "israel"));
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
