package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lede.story.Paragraph;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The links of a story: which, in what order, and in linear time whatever the text. */
class StoryLinksTest {

    private static Story story(Map<String, Object> meta, String text) {
        return new Story("id", "id.txt", "Title", "", meta, List.of(new Section(null, List.of(new Paragraph(text)))));
    }

    @Test
    void thePageThenTheLinksThenEnclosuresThenTheTextEachOnce() {
        Story story = story(Map.of("url", "https://a.example/", "links", List.of("https://b.example/", 7,
                "https://a.example/"), "enclosures", List.of(Map.of("url", "https://c.example/x.mp3"))),
                "See https://d.example/page, (or https://e.example/wiki/A_(b)) and xhttps://no.example/.");
        assertEquals(List.of(new StoryLinks.Link("https://a.example/", StoryLinks.Origin.PAGE),
                new StoryLinks.Link("https://b.example/", StoryLinks.Origin.LINK),
                new StoryLinks.Link("https://c.example/x.mp3", StoryLinks.Origin.ENCLOSURE),
                new StoryLinks.Link("https://d.example/page", StoryLinks.Origin.TEXT),
                new StoryLinks.Link("https://e.example/wiki/A_(b)", StoryLinks.Origin.TEXT)), StoryLinks.of(story));
    }

    @Test
    void marksParenthesesAndAddressesByTheMillionTakeLinearTime() {
        String marks = "e" + "\u0301".repeat(200_000) + " http://x/" + ")".repeat(200_000) + " "
                + "http://a/ ".repeat(100_000);
        List<StoryLinks.Link> links = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> StoryLinks.of(story(Map.of(), marks)));
        assertEquals("http://x/", links.get(0).url());
        assertEquals(2, links.size());
    }
}
