package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsAreSeparateClausesAndQuotesMakePhrases() {
        assertEquals(List.of(List.of("two"), List.of("words")), SearchQuery.parse("two words").clauses());
        assertEquals(List.of(List.of("two", "words"), List.of("more")),
                SearchQuery.parse("\"Two Words\" more").clauses());
        assertEquals(List.of(List.of("curly", "quotes")), SearchQuery.parse("“curly quotes”").clauses());
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertEquals(List.of(List.of("a"), List.of("b", "c")), SearchQuery.parse("a \"b c").clauses());
    }

    @Test
    void punctuationInsideAWordKeepsItsPartsTogether() {
        assertEquals(List.of(List.of("albania", "s")), SearchQuery.parse("Albania’s").clauses());
    }

    @Test
    void aQueryOfPunctuationIsEmpty() {
        assertTrue(SearchQuery.parse(" \"\" -- ").isEmpty());
    }

    @Test
    void aWordOrPhraseGivenTwiceIsOneClause() {
        SearchQuery query = SearchQuery.parse("a \"b c\" A “B, c” a".repeat(100_000));
        assertEquals(List.of(List.of("a"), List.of("b", "c"), List.of("aa")), query.clauses());
        assertTrue(!query.isTooLong());
    }
}
