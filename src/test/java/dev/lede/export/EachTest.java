package dev.lede.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.story.Paragraph;
import dev.lede.story.Quote;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --each: one record per quote or section, with the story's fields behind its own. */
class EachTest {

    private static final Story STORY = new Story("s1", "lib/s1.txt", "Title", "Lede.", Map.of(), List.of(
            new Section(null, List.of(new Paragraph("Before."), new Quote("Ana", null, "Zero."))),
            new Section("Context", List.of(new Paragraph("One."), new Quote("Romina Kuko", "MP", "First."),
                    new Paragraph("Two."), new Quote("Gazmend", "head", "Second."))),
            new Section("Empty", List.of())));

    private static final FieldSet STORY_FIELDS = field -> field == Field.TITLE ? "Title" : field == Field.ID ? "s1"
            : null;

    private static String render(Each each, String template) throws FieldException {
        Template parsed = Template.parse(template, FieldScope.stories(each));
        StringBuilder out = new StringBuilder();
        for (FieldSet record : each.records(STORY, STORY_FIELDS)) {
            parsed.render(record, out);
        }
        return out.toString();
    }

    @Test
    void eachQuoteIsNumberedThroughTheStoryWithItsSectionsHeading() throws FieldException {
        assertEquals("""
                s1 1 [] Ana () Zero.
                s1 2 [Context] Romina Kuko (MP) First.
                s1 3 [Context] Gazmend (head) Second.
                """, render(Each.QUOTE, "{id} {quote} [{heading}] {speaker} ({role}) {text}\\n"));
    }

    @Test
    void eachSectionJoinsItsBlocksWithASpace() throws FieldException {
        assertEquals("""
                1 [] Before. Zero. (Title)
                2 [Context] One. First. Two. Second. (Title)
                3 [Empty]  (Title)
                """, render(Each.SECTION, "{section} [{heading}] {text} ({title})\\n"));
    }

    @Test
    void aStoryWithoutQuotesHasNoQuoteRecords() {
        Story plain = new Story("p", "p.txt", "P", "", Map.of(), List.of(new Section("A", List.of(
                new Paragraph("x")))));
        assertEquals(0, Each.QUOTE.records(plain, STORY_FIELDS).size());
        assertEquals(1, Each.SECTION.records(plain, STORY_FIELDS).size());
    }
}
