package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.story.Paragraph;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnippetTest {

    private static Story story(String title, String... paragraphs) {
        List<dev.lede.story.Block> blocks = java.util.Arrays.stream(paragraphs)
                .<dev.lede.story.Block>map(Paragraph::new).toList();
        return new Story("id", "f.txt", title, "", Map.of(), List.of(new Section(null, blocks)));
    }

    @Test
    void theSentenceWithTheFirstMatchIsShownMarked() {
        Snippet snippet = Snippet.of(story("Title", "First sentence. The group met “again”. Then more text."),
                SearchQuery.parse("group"));
        assertEquals("The group met “again”.", snippet.text());
        assertEquals("The [group] met “again”.", snippet.marked("[", "]"));
        assertEquals(List.of(new TextMatches.Range(4, 9, 0)), snippet.ranges());
    }

    @Test
    void theSentenceHoldingMoreOfTheQueryWins() {
        Snippet snippet = Snippet.of(story("Title", "The group met. Later the group signed a water deal."),
                SearchQuery.parse("group water"));
        assertEquals("Later the [group] signed a [water] deal.", snippet.marked("[", "]"));
    }

    @Test
    void theTitleIsShownOnlyWhenNothingElseMatches() {
        Snippet snippet = Snippet.of(story("Group news", "Nothing here."), SearchQuery.parse("group"));
        assertEquals(StoryMatches.Part.TITLE, snippet.part());
        assertEquals("[Group] news", snippet.marked("[", "]"));
        assertNull(Snippet.of(story("Title", "Nothing."), SearchQuery.parse("group")));
    }

    @Test
    void aLongSentenceIsCutAroundTheMatch() {
        String words = "word ".repeat(100);
        Snippet snippet = Snippet.of(story("T", words + "target " + words), SearchQuery.parse("target"));
        assertEquals(true, snippet.text().startsWith("…") && snippet.text().endsWith("…"));
        assertEquals(true, snippet.text().length() <= Snippet.MAX + 2 + 10);
        assertEquals("target", snippet.text().substring(snippet.ranges().get(0).start(),
                snippet.ranges().get(0).end()));
    }
}
