package dev.lede.feedfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.story.Paragraph;
import dev.lede.story.Quote;
import dev.lede.story.Section;
import dev.lede.story.Story;
import dev.lede.storyfile.StoryParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the writer makes a plain paragraph, a labelled line or a quote line reads so with the parser, on every pair of hostile strings. */
class StoryLinesTest {

    private static Section third(String paragraph) {
        String text = "Title\n\nLede.\n\n" + paragraph + "\n";
        Story story = StoryParser.parse(text.getBytes(StandardCharsets.UTF_8), "s.txt", "s").story();
        return story.sections().get(0);
    }

    private static List<String> samples() {
        List<String> parts = new ArrayList<>(BriefRoundTripTest.HOSTILE);
        parts.addAll(BriefRoundTripTest.HEADINGS);
        parts.addAll(BriefRoundTripTest.PEOPLE);
        parts.addAll(List.of("Why it matters:", "A, b: c", "x", "Ab: “", ": x", "Up:“x”"));
        return parts.stream().map(BriefRoundTripTest::clean).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void plainParagraphsReadAsPlain() {
        for (String a : samples()) {
            for (String b : samples()) {
                String paragraph = StoryLines.plain(a + " " + b);
                Section section = third(paragraph);
                assertEquals(null, section.heading(), paragraph);
                assertEquals(List.of(new Paragraph(paragraph)), section.blocks(), paragraph);
            }
        }
    }

    @Test
    void labelsAndQuotesReadAsTheWriterExpects() {
        for (String a : samples()) {
            for (String b : samples()) {
                Section label = third(a + ": " + b);
                if (StoryLines.canLabel(a, b)) {
                    assertEquals(a, label.heading(), a + ": " + b);
                    assertEquals(List.of(new Paragraph(b)), label.blocks(), a + ": " + b);
                }
                Section quote = third(a + ": “" + b + "”");
                boolean isQuote = quote.blocks().get(0) instanceof Quote;
                if (StoryLines.canQuote(a)) {
                    assertEquals(true, isQuote, a + ": “" + b + "”");
                } else if (a.indexOf(':') < 0) {
                    assertEquals(false, isQuote, a + ": “" + b + "”");
                }
            }
        }
    }
}
