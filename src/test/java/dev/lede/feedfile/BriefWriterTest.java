package dev.lede.feedfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.story.Block;
import dev.lede.story.Paragraph;
import dev.lede.story.Quote;
import dev.lede.story.Section;
import dev.lede.story.Story;
import dev.lede.storyfile.ParseResult;
import dev.lede.storyfile.StoryParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BriefWriterTest {

    private static Story parse(FeedEntry entry) {
        String text = BriefWriter.write(entry, BriefSamples.SOURCE);
        ParseResult result = StoryParser.parse(text.getBytes(StandardCharsets.UTF_8), "t.txt", "t");
        assertEquals(List.of(), result.problems(), text);
        assertEquals(List.of(), BriefRoundTrip.check(entry), text);
        return result.story();
    }

    private static Story body(String html) {
        return parse(BriefSamples.html("Title", null, html));
    }

    /** Every block of the story after the lede as text: {@code [heading] text} or {@code speaker|role|text}. */
    private static List<String> blocks(Story story) {
        return story.sections().stream().flatMap(s -> s.blocks().stream().map(b -> describe(s, b))).toList();
    }

    private static String describe(Section section, Block block) {
        String where = section.heading() == null ? "" : "[" + section.heading() + "] ";
        if (block instanceof Quote q) {
            return where + q.speaker() + "|" + q.role() + "|" + q.text();
        }
        return where + nbsp(((Paragraph) block).text());
    }

    private static String nbsp(String text) {
        return text.replace('\u00A0', ' ');
    }

    @Test
    void paragraphThatWouldReadAsAQuoteLineOrALabelGetsANoBreakSpaceAfterItsColon() {
        Story story = body("<p>Lede.</p><p>Speaker:“tight”</p><p>Jane Doe: “x”</p><p>Update: now</p><p>10:30 ok</p>");
        assertEquals(List.of("Speaker:\u00A0“tight”", "Jane Doe:\u00A0“x”", "Update:\u00A0now", "10:30 ok"),
                story.sections().get(0).blocks().stream().map(b -> ((Paragraph) b).text()).toList());
    }

    @Test
    void titleIsEntityDecodedWithTagsStrippedAndWhiteSpaceCollapsed() {
        Story story = parse(BriefSamples.html("  A &amp;amp; B <b>bold</b>\n\t title &#x201C;x&#x201D; ", null, "<p>x</p>"));
        assertEquals("A &amp; B bold title “x”", story.title());
    }

    @Test
    void missingTitleIsTheStartOfTheSummaryCutAtAWord() {
        String summary = "<p>" + "word ".repeat(40) + "</p>";
        Story story = parse(BriefSamples.html(null, summary, "<p>Body.</p>"));
        assertTrue(story.title().endsWith("word…"), story.title());
        assertTrue(story.title().length() <= 81, story.title());
    }

    @Test
    void titleThatLooksLikeALabelOrFrontMatterStaysTheTitle() {
        assertEquals("Why it matters: “everything”", parse(BriefSamples.html("Why it matters: “everything”", null,
                "<p>x</p>")).title());
        assertEquals("---", parse(BriefSamples.html("---", null, "<p>x</p>")).title());
    }

    @Test
    void summaryIsTheLedeWhenItIsNotACopyOfTheBody() {
        Story story = parse(BriefSamples.html("T", "<p>A short <i>summary</i>.</p>", "<p>First.</p><p>Second.</p>"));
        assertEquals("A short summary.", story.lede());
        assertEquals(List.of("First.", "Second."), blocks(story));
    }

    @Test
    void summaryThatCopiesTheFirstParagraphGivesWayToIt() {
        Story story = parse(BriefSamples.html("T", "First paragraph of the story, cut […]",
                "<p>First paragraph of the story, cut here.</p><p>Second.</p>"));
        assertEquals("First paragraph of the story, cut here.", story.lede());
        assertEquals(List.of("Second."), blocks(story));
    }

    @Test
    void ledeThatLooksLikeALabelIsStillTheLede() {
        Story story = parse(BriefSamples.html("T", "Update: the vote is “delayed”", "<p>Body.</p>"));
        assertEquals("Update: the vote is “delayed”", nbsp(story.lede()));
        Story quoted = parse(BriefSamples.html("T", "Jane Doe: “we won”", "<p>Body.</p>"));
        assertEquals("Jane Doe: “we won”", nbsp(quoted.lede()));
        assertEquals(List.of("Body."), blocks(quoted));
    }

    @Test
    void headingsTwoToFourOpenSectionsWithTheParagraphAfterThem() {
        Story story = body("<p>Lede.</p><h2>What happened</h2><p>A.</p><p>B.</p><h3>Next steps:</h3><p>C.</p>"
                + "<h4>Context</h4><p>D.</p>");
        assertEquals("Lede.", story.lede());
        assertEquals(List.of("[What happened] A.", "[What happened] B.", "[Next steps] C.", "[Context] D."),
                blocks(story));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes, but", "What happens next?", "A heading of more than five words", "lower case",
            "Time: 10:30", "Dr. Who", "The \"best\" one"})
    void headingTheFormatCannotHoldIsAPlainParagraph(String heading) {
        Story story = body("<p>Lede.</p><h2>" + heading + "</h2><p>Text.</p>");
        assertEquals(List.of(heading.replace("\"", "\""), "Text."), blocks(story));
        assertTrue(story.sections().stream().allMatch(s -> s.heading() == null));
    }

    @Test
    void headingBeforeAQuoteMarkOrNothingIsAPlainParagraph() {
        Story story = body("<p>Lede.</p><h2>Reaction</h2><p>“Great,” she said.</p><h2>The end</h2>");
        assertEquals(List.of("Reaction", "“Great,” she said.", "The end"), blocks(story));
    }

    @Test
    void boldLabelsOpenSectionsAxiosStyle() {
        Story story = body("<p>Lede.</p><p><strong>Why it matters:</strong> Because.</p>"
                + "<p><b>The big picture</b>: Big.</p><p><strong>Between the lines:</strong></p><p>Lines.</p>"
                + "<p><strong>Yes, but:</strong> Not quite.</p>");
        assertEquals(List.of("[Why it matters] Because.", "[The big picture] Big.", "[Between the lines] Lines.",
                "[Between the lines] Yes, but: Not quite."), blocks(story));
    }

    @Test
    void blockQuotesTakeTheirAttributionFromCiteFooterFigcaptionLeadInOrDash() {
        Story story = body("<p>Lede.</p>"
                + "<blockquote><p>“One.”</p><cite>Ann Lee, poet</cite></blockquote>"
                + "<blockquote>Two.<footer>— Bob Smith, mayor of Springfield</footer></blockquote>"
                + "<figure><blockquote>Three.</blockquote><figcaption>Cy Young</figcaption></figure>"
                + "<p>Dee Ray, CEO of Acme:</p><blockquote>Four.</blockquote>"
                + "<blockquote><p>Five.</p></blockquote><p>— Eve Adams, analyst, Big Bank</p>"
                + "<blockquote>Six, said nobody.</blockquote>");
        assertEquals(List.of("Ann Lee|poet|One.", "Bob Smith|mayor of Springfield|Two.", "Cy Young|null|Three.",
                "Dee Ray|CEO of Acme|Four.", "Eve Adams|analyst, Big Bank|Five.", "“Six, said nobody.”"),
                blocks(story));
    }

    @Test
    void quoteWhoseAttributionTheFormatCannotHoldIsAPlainParagraph() {
        Story story = body("<p>Lede.</p><blockquote>Hi.<cite>A speaker with far too many names here, role</cite>"
                + "</blockquote><blockquote>Yo.<cite>Time: now</cite></blockquote>");
        assertEquals(List.of("“Hi.” — A speaker with far too many names here, role", "“Yo.” — Time: now"),
                blocks(story));
    }

    @Test
    void listsAreOneParagraphPerItemAndAnItemThatLooksLikeALabelStaysPlain() {
        Story story = body("<p>Lede.</p><ul><li>One: two</li><li>Three<ol><li>Four</li></ol></li></ul>");
        assertEquals(List.of("One: two", "Three", "Four"), blocks(story));
        assertNull(story.sections().get(0).heading());
    }

    @Test
    void imagesBecomeTheirAltTextOrNothing() {
        Story story = body("<p>Lede.</p><p><img src='a.png' alt='A cat'></p><p><img src='b.png'></p>"
                + "<figure><img alt='Dog'><figcaption>A dog, resting</figcaption></figure>");
        assertEquals(List.of("A cat", "Dog", "A dog, resting"), blocks(story));
    }

    @Test
    void aPictureAloneInItsParagraphIsNeverTheLedeItFollowsIt() {
        Story copied = parse(BriefSamples.html("T", "<p><a href='https://e.com/'><img alt='Cover' src='c.jpg'></a></p>"
                + "<p>First words of the post, cut …</p>", "<p><a href='https://e.com/'><img alt='Cover' src='c.jpg'>"
                + "</a></p><p>First words of the post, cut short.</p><p>Two.</p>"));
        assertEquals("First words of the post, cut short.", copied.lede());
        assertEquals(List.of("Cover", "Two."), blocks(copied));
        Story bare = body("<figure><img alt='A cat'></figure><p>* * *</p><img alt='Dog'><p>Words.</p><p>More.</p>");
        assertEquals("Words.", bare.lede());
        assertEquals(List.of("A cat", "* * *", "Dog", "More."), blocks(bare));
        Story summarised = parse(BriefSamples.html("T", "<p><img alt='Cover'></p><p>A summary of its own.</p>",
                "<p><img alt='Cover'></p><p>The body.</p>"));
        assertEquals("A summary of its own.", summarised.lede());
        assertEquals(List.of("Cover", "The body."), blocks(summarised));
    }

    @Test
    void theTitleSaidAgainAsTheFirstParagraphIsSaidOnce() {
        Story untitled = parse(new FeedEntry(null, null, null, null, null, null, null, "<p>Hello, world!</p>", null,
                List.of(), List.of()));
        assertEquals("Hello, world!", untitled.title());
        assertEquals("", untitled.lede());
        Story repeated = parse(BriefSamples.html("Fix the parser", "Fix the parser",
                "<p><img alt='Logo'></p><p>Fix the parser</p><p>It was slow.</p>"));
        assertEquals("It was slow.", repeated.lede());
        assertEquals(List.of("Logo"), blocks(repeated));
    }

    @Test
    void aSummaryThatRunsIntoAQuoteIsACopyOfTheBody() {
        Story story = parse(BriefSamples.html("T", "<p>It was burned in 2019.</p><p>In the words of the manual:</p>"
                + "<blockquote><p>When a script tries to access …</p></blockquote>", "<p>It was burned in 2019.</p>"
                + "<p>In the words of the manual:</p><blockquote><p>When a script tries to access a file.</p>"
                + "</blockquote>"));
        assertEquals("It was burned in 2019.", story.lede());
        assertEquals(List.of("In the words of the manual:", "“When a script tries to access a file.”"), blocks(story));
    }

    @Test
    void aLeadInTheFormatCannotHoldAsWhoSaidItStaysItsOwnParagraph() {
        Story story = body("<p>Lede.</p><p>In the words of PHP's documentation on open_basedir:</p>"
                + "<blockquote><p>It is checked.</p></blockquote><p>Jane Doe, mayor:</p><blockquote>We won.</blockquote>");
        assertEquals(List.of("In the words of PHP's documentation on open_basedir:", "“It is checked.”",
                "Jane Doe|mayor|We won."), blocks(story));
    }

    @Test
    void scriptsStylesFramesFormsCommentsAndJavascriptLinksNeverReachTheText() {
        FeedEntry entry = BriefSamples.html("T", null, "<p>Lede.</p><script>alert('s')</script><style>p{}</style>"
                + "<iframe src='x'>frame</iframe><form><input value='f'>form</form><!-- comment -->"
                + "<p>Keep <a href='javascript:alert(1)'>js</a><a href='JavaScript:void(0)'>js2</a> this.</p>");
        String text = BriefWriter.write(entry, BriefSamples.SOURCE);
        for (String gone : List.of("alert", "p{}", "frame", "form", "comment", "js", "javascript")) {
            assertFalse(text.toLowerCase().contains(gone), gone + " in " + text);
        }
        assertEquals(List.of("Keep this."), blocks(parse(entry)));
    }

    @Test
    void controlCharactersAndEscapesAreCleanedEverywhere() {
        FeedEntry entry = new FeedEntry("g\u001b]0;x\u0007", "https://e.com/\u009b31m", "T\u001b[31m", "A\u202e",
                "d\u0085", null, "S\u0000", "<p>B\u001b[2J\u0090x\u009c</p>", null, List.of("t\u0007"), List.of());
        String text = BriefWriter.write(entry, BriefSamples.SOURCE);
        assertNull(dev.lede.ControlCharacters.first(text), text);
        parse(entry);
    }

    @Test
    void frontMatterReadsBackEveryValueWhateverItHolds() {
        String hostile = "a: b # c \"d\" 'e' \\f - g ---  ünï 😀 \uFEFF\uFFFE {h} [i] &j *k !l %m @n `o` |p >q";
        FeedEntry entry = new FeedEntry("- " + hostile, "https://e.com/x?a=1&b=2#frag", "T", "@" + hostile,
                "2025-01-31", null, null, "<p>x <a href='/rel?q=1'>r</a> <a href='mailto:a@b'>m</a>"
                + " <a href='https://e.com/x?a=1&amp;b=2#frag'>again</a> <a href='/rel?q=1'>dup</a></p>", null,
                List.of("yes", "null", "1.5", "~", hostile), List.of(new Enclosure("https://e.com/a.mp3", "audio/mpeg",
                1234), new Enclosure("https://e.com/b", null, -1)));
        Story story = parse(entry);
        assertEquals("- " + hostile.replace("  ", " "), story.meta().get("guid"));
        assertEquals("@" + hostile.replace("  ", " "), story.meta().get("author"));
        assertEquals("2025-01-31", story.meta().get("date"));
        assertEquals("2026-01-02T03:04:05Z", story.meta().get("fetched"));
        assertEquals("Example News", story.meta().get("feed"));
        assertEquals("https://example.com/feed.xml", story.meta().get("feed_url"));
        assertEquals(List.of("yes", "null", "1.5", "~", hostile.replace("  ", " ")), story.meta().get("tags"));
        assertEquals(List.of("https://e.com/rel?q=1", "https://e.com/x?a=1&b=2#frag"), story.meta().get("links"));
        assertEquals(List.of(java.util.Map.of("url", "https://e.com/a.mp3", "type", "audio/mpeg", "length", 1234),
                java.util.Map.of("url", "https://e.com/b")), story.meta().get("enclosures"));
    }

    @Test
    void bodyFallsBackToContentTextThenToTheSummary() {
        FeedEntry text = new FeedEntry(null, null, "T", null, null, null, "<p>Sum.</p>", null,
                "Para one\nstill one.\n\nWhy: two https://e.com/t", List.of(), List.of());
        Story story = parse(text);
        assertEquals("Sum.", story.lede());
        assertEquals(List.of("Para one still one.", "Why: two https://e.com/t"), blocks(story));
        assertEquals(List.of("https://e.com/t"), story.meta().get("links"));
        Story summaryOnly = parse(new FeedEntry(null, null, "T", null, null, null, "<p>One.</p><p>Two.</p>", null,
                null, List.of(), List.of()));
        assertEquals("One.", summaryOnly.lede());
        assertEquals(List.of("Two."), blocks(summaryOnly));
    }

    @Test
    void anEntryWithNothingIsStillAStory() {
        Story story = parse(new FeedEntry(null, null, null, null, null, null, null, null, null, List.of(), List.of()));
        assertEquals("Untitled", story.title());
    }

    @Test
    void deeplyNestedOrHugeHtmlIsWrittenWithoutOverflowingTheStack() {
        String deep = "<div>".repeat(100_000) + "<p>Deep.</p>" + "<span><b>".repeat(50_000) + "x";
        assertEquals("Title", body(deep).title());
        String lists = "<ul><li>a".repeat(5_000);
        assertEquals("Title", body(lists).title());
    }

    @Test
    void anAxiosStyleAndAWordPressStyleItemReadBackAsMeant() {
        Story axios = parse(BriefSamples.html("Fed holds rates steady", "<p>The Fed held rates on Wednesday.</p>",
                "<p>The Federal Reserve held interest rates steady on Wednesday.</p>"
                + "<p><strong>Why it matters:</strong> Borrowing stays expensive.</p>"
                + "<p><strong>Driving the news:</strong> Officials said inflation is easing.</p>"
                + "<ul><li>Prices rose 2.9% in the year to March.</li><li>Jobs: 175,000 added.</li></ul>"
                + "<p>Jerome Powell, Fed chair:</p><blockquote><p>\"We are not in a hurry.\"</p></blockquote>"
                + "<p><strong>Yes, but:</strong> Markets expect cuts.</p><p><strong>What's next:</strong> June.</p>"));
        assertEquals("The Fed held rates on Wednesday.", axios.lede());
        assertEquals(List.of("The Federal Reserve held interest rates steady on Wednesday.",
                "[Why it matters] Borrowing stays expensive.", "[Driving the news] Officials said inflation is easing.",
                "[Driving the news] Prices rose 2.9% in the year to March.", "[Driving the news] Jobs: 175,000 added.",
                "[Driving the news] Jerome Powell|Fed chair|We are not in a hurry.",
                "[Driving the news] Yes, but: Markets expect cuts.", "[What's next] June."), blocks(axios));
        Story wordpress = parse(BriefSamples.html("Hello &#8211; world", "<p>First words of the post [&hellip;]</p>"
                + "<p>The post <a href=\"https://blog.example/hello\">Hello</a> appeared first on Blog.</p>",
                "<p>First words of the post, and more.</p><figure class=\"wp-block-image\"><img src=\"a.jpg\""
                + " alt=\"\"/><figcaption>A caption</figcaption></figure><h2>Part two</h2><p>More text.</p>"));
        assertEquals("Hello – world", wordpress.title());
        assertEquals("First words of the post, and more.", wordpress.lede());
        assertEquals(List.of("A caption", "[Part two] More text."), blocks(wordpress));
    }
}
