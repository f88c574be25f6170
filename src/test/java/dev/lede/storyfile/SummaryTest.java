package dev.lede.storyfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.story.Story;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The summary a list shows must be exactly what the full parse gives, for every kind of input. */
class SummaryTest {

    static Stream<byte[]> inputs() {
        return Stream.of(
                "Title\nLede text.\nContext: first section.\nMore text.\nWhy: second.",
                "Title only",
                "Title\nSpeaker, role: “A quote opens the story.”\nContext: then a label.",
                "Title\nPlain before.\nAnother plain.\nLabel: starts a section.",
                "Title\n\nLede over\ntwo lines.\n\nContext: a labelled\nparagraph.\n\n",
                "\n\n  Indented title  \nNext: line\n",
                "---\ndate: 2025-01-31\nsource: Wire\n---\nTitle\nLede.\nContext: text.",
                "---\ndate: [unclosed\n---\nTitle\nText.",
                "---\nno closing marker\nTitle",
                "Title\r\nLede\r\nContext: x\r\n",
                "\u001b[31mRed title\u001b[0m\nText\tand tab.",
                "   \n \n",
                "",
                "Gazmend Bardhi, head of the DP parliamentary group:“No space after the colon.”\nMore.",
                "Title\nYes, but: a comma makes it no label.\nWhat’s next: curly apostrophe label.")
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<byte[]> oddBytes() {
        return Stream.of(new byte[] {'T', 0, 'x'}, new byte[] {'T', 'i', (byte) 0xe9, '\n', 'x'},
                new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'B', 'O', 'M'}, new byte[0]);
    }

    private static final String[] PIECES = {
        "Title of a story", "Context: a labelled line.", "Why is this important: more text.",
        "Romina Kuko, Socialist MP: “A quote.”", "Gazmend Bardhi:“No space.”", "Plain text, with a comma: here",
        "Yes, but: a comma before the colon.", "What’s next: curly apostrophe.", "lower: not a label",
        "A: “short”", "Label:", ": leading colon", "Émile Dubois, rôle: «guillemets»", "---", "   ", "",
        "  indented line  ", "Tab\there", "Em\u2003space", "No\u00a0break", "Zoë says “hi” here.",
        "Six words in this label here: text", "Quote: \"straight quotes\"", "Ends with colon:",
        "\u001b[1mBold\u001b[0m", "\u202eBidi", "CR line\r", "Emoji 😀 story", "Five words label is here: yes",
        "One two three four five six seven eight nine ten eleven twelve: “twelve words may quote”",
        "One two three four five six seven eight nine ten eleven twelve thirteen: “too many”",
        "Label:   “spaces then a mark”", "Label:  ", "Name: 😀 emoji after the colon", "Name:😀"
    };

    /** Random stories made of the pieces above, the same every run. */
    static Stream<byte[]> randomStories() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        return java.util.stream.IntStream.range(0, 3000).mapToObj(i -> {
            StringBuilder text = new StringBuilder();
            int lines = random.nextInt(9);
            for (int l = 0; l < lines; l++) {
                if (l > 0) {
                    text.append(random.nextInt(6) == 0 ? "\n\n" : "\n");
                }
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextBoolean()) {
                text.append('\n');
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    @ParameterizedTest
    @MethodSource({"inputs", "oddBytes", "randomStories"})
    void summaryAgreesWithTheFullParse(byte[] bytes) {
        ParseResult parsed = StoryParser.parse(bytes, "f.txt", "id");
        SummaryResult summary = StoryParser.summarize(bytes, "f.txt");
        assertEquals(parsed.problems(), summary.problems());
        Story story = parsed.story();
        if (story == null) {
            assertNull(summary.summary());
            return;
        }
        Object date = story.meta().get("date");
        Summary got = summary.summary();
        assertEquals(new Summary(story.title(), date == null ? null : date.toString(), story.sections().size()),
                new Summary(got.title(), got.date(), got.sections()));
        assertEquals(story.meta().isEmpty() ? Summary.NO_TIME : StoryDates.parse(got.date()) != Summary.NO_TIME
                ? StoryDates.parse(got.date()) : StoryDates.parse(fetched(story)), got.time());
    }

    private static String fetched(Story story) {
        Object fetched = story.meta().get("fetched");
        return fetched == null ? null : fetched.toString();
    }
}
