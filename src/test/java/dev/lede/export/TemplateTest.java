package dev.lede.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template syntax: fields, escapes, braces, and one clear line for each mistake. */
class TemplateTest {

    private static final FieldScope LIST = FieldScope.stories(null);

    private static String render(String template, Map<Field, Object> values) throws FieldException {
        StringBuilder out = new StringBuilder();
        Template.parse(template, LIST).render(values::get, out);
        return out.toString();
    }

    private static String problem(String template, FieldScope scope) {
        return assertThrows(FieldException.class, () -> Template.parse(template, scope)).getMessage();
    }

    @Test
    void fieldsAreReplacedAndNothingIsAdded() throws FieldException {
        assertEquals("2024-03-08 bbc: Title", render("{day} {feed}: {title}",
                Map.of(Field.DAY, "2024-03-08", Field.FEED, "bbc", Field.TITLE, "Title")));
        assertEquals("", render("", Map.of()));
        assertEquals("just text", render("just text", Map.of()));
        assertEquals("TitleTitle", render("{title}{title}", Map.of(Field.TITLE, "Title")));
    }

    @Test
    void escapesAndDoubledBracesAreTheirCharacters() throws FieldException {
        assertEquals("a\nb\tc\\d{e}f\\n", render("a\\nb\\tc\\\\d{{e}}f\\\\n", Map.of()));
        assertEquals("{Title}", render("{{{title}}}", Map.of(Field.TITLE, "Title")));
    }

    @Test
    void anAbsentValueIsNothingAndOthersAreText() throws FieldException {
        assertEquals("[] [3] [true] [a,b]", render("[{author}] [{sections}] [{read}] [{tags}]",
                Map.of(Field.SECTIONS, 3, Field.READ, true, Field.TAGS, List.of("a", "b"))));
    }

    @Test
    void valuesCannotBreakTheLineOrReachTheTerminal() throws FieldException {
        assertEquals("[a b c d e red 📰 \"q\" \\n]\n", render("[{title}]\\n",
                Map.of(Field.TITLE, "a\tb\nc\u2028d\u2029e \u001b[31mred\u001b[0m 📰 \"q\" \\n")));
    }

    @Test
    void theFieldsItNamesAreKnown() throws FieldException {
        assertEquals(EnumSet.of(Field.TITLE, Field.LEDE), Template.parse("{title} {lede} {title}", LIST).fields());
        assertEquals(true, Template.parse("{lede}", LIST).needsStory());
        assertEquals(false, Template.parse("{title} {read}", LIST).needsStory());
        assertEquals(true, Template.parse("{id}", FieldScope.stories(Each.QUOTE)).needsStory());
    }

    @Test
    void anUnknownFieldIsNamedWithTheNearest() {
        assertEquals("column 7: unknown field 'titel' (did you mean 'title'?)", problem("{day} {titel}", LIST));
        assertEquals("column 1: unknown field 'xyzzy' (fields: position, id, file, folder, title, date, day, feed, "
                + "url, author, tags, sections, read, starred, lede)", problem("{xyzzy}", LIST));
        assertEquals("column 1: unknown field '' (fields: position, id, file, folder, title, date, day, feed, "
                + "url, author, tags, sections, read, starred, lede)", problem("{}", LIST));
        assertEquals("column 2: unknown field ' title' (did you mean 'title'?)", problem("a{ title}", LIST));
        assertEquals("column 1: unknown field '\\u001B' (fields: position, id, file, folder, title, date, day, "
                + "feed, url, author, tags, sections, read, starred, lede)", problem("{\u001b}", LIST));
    }

    @Test
    void aFieldOfAnotherCommandOrOfEachSaysWhatItNeeds() {
        assertEquals("column 1: 'speaker' needs --each quote", problem("{speaker}", LIST));
        assertEquals("column 1: 'quote' needs --each quote", problem("{quote}", FieldScope.stories(Each.SECTION)));
        assertEquals("column 1: 'section' needs --each section", problem("{section}", LIST));
        assertEquals("column 1: 'text' needs --each quote or --each section", problem("{text}", LIST));
        assertEquals("column 1: 'score' is a field of search only", problem("{score}", LIST));
        assertEquals("column 1: 'rank' is a field of search only (list has 'position')", problem("{rank}", LIST));
        assertEquals("column 1: 'position' is a field of list and export; search numbers its hits with 'rank'",
                problem("{position}", FieldScope.hits(null)));
    }

    @Test
    void braceAndEscapeMistakesSayWhere() {
        assertEquals("column 3: '{' is not closed (write {{ for a brace)", problem("ab{title", LIST));
        assertEquals("column 1: '{' is not closed (write {{ for a brace)", problem("{ti{title}", LIST));
        assertEquals("column 6: '}' closes no '{' (write }} for a brace)", problem("title}", LIST));
        assertEquals("column 2: unknown escape '\\r' (use \\n, \\t or \\\\)", problem("a\\r", LIST));
        assertEquals("column 2: unknown escape '\\' (use \\n, \\t or \\\\)", problem("a\\", LIST));
        assertEquals("column 1: unknown escape '\\\\u001B' (use \\n, \\t or \\\\)", problem("\\\u001b", LIST));
    }
}
