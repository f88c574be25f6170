package dev.lede.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A field's value as one line of text, and field lists. */
class FieldTest {

    @Test
    void textIsOneCleanLine() {
        assertEquals("a b cd e f", Field.TITLE.text("a\tb\nc\rd\u2028e\u2029f"));
        assertEquals("red and bold", Field.TITLE.text("\u001b[31mred\u001b[0m and \u009b1mbold"));
        assertEquals("📰 \"quoted\" \\ café", Field.TITLE.text("📰 \"quoted\" \\ café"));
        assertEquals("lone ", Field.TITLE.text("lone \ud83d"));
        assertEquals("", Field.AUTHOR.text(null));
    }

    @Test
    void aFileNameShowsItsOddCharactersEscaped() {
        assertEquals("/lib/a\\u001B[31m\\u000Ab.txt", Field.FILE.text("/lib/a\u001b[31m\nb.txt"));
        assertEquals("/lib", Field.FOLDER.text("/lib"));
    }

    @Test
    void tagsAreJoinedWithCommasAndNumbersAndBooleansAreTheirText() {
        assertEquals("world,uk news,a b", Field.TAGS.text(List.of("world", "uk news", "a\tb")));
        assertEquals("", Field.TAGS.text(List.of()));
        assertEquals("12", Field.SECTIONS.text(12));
        assertEquals("false", Field.READ.text(false));
        assertEquals("1.5", Field.SCORE.text(1.5));
    }

    @Test
    void aFieldListKeepsItsOrder() throws FieldException {
        assertEquals(List.of(Field.TITLE, Field.ID, Field.DAY), FieldScope.stories(null).list("title, id ,day"));
        assertEquals(List.of(Field.RANK, Field.SCORE), FieldScope.hits(null).list("rank,score"));
        assertEquals(List.of(Field.SPEAKER, Field.TEXT), FieldScope.stories(Each.QUOTE).list("speaker,text"));
    }

    @Test
    void aFieldListRefusesWhatItCannotShow() {
        FieldScope list = FieldScope.stories(null);
        assertEquals("unknown field 'titel' (did you mean 'title'?)",
                assertThrows(FieldException.class, () -> list.list("id,titel")).getMessage());
        assertEquals("'id' is named twice", assertThrows(FieldException.class, () -> list.list("id,id")).getMessage());
        assertEquals("an empty field name in 'id,'",
                assertThrows(FieldException.class, () -> list.list("id,")).getMessage());
        assertEquals("an empty field name in ''", assertThrows(FieldException.class, () -> list.list("")).getMessage());
        assertEquals("'heading' needs --each quote or --each section",
                assertThrows(FieldException.class, () -> list.list("heading")).getMessage());
    }
}
