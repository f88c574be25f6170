package dev.lede.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Golden;
import dev.lede.storyfile.StoryParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Story text in the Markdown export stays text: rendered by a real CommonMark renderer (commonmark-java, with the
 * GitHub tables and strikethrough extensions), it gives back exactly the characters written, in one paragraph or
 * heading, with no link, emphasis, code, HTML, list, quote, table or break. The only addition is the invisible word
 * joiner that keeps URLs and e-mail addresses from becoming links, which the comparison ignores. GitHub's automatic
 * links are checked against GitHub's own renderer in {@link MarkdownGfmIT} (commonmark-java's autolink extension
 * links any e-mail address with non-ASCII characters in it, which GitHub does not).
 */
class MarkdownEscapeTest {

    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(GFM).build();

    /** Text that would be markup, HTML or a link if it were not escaped; MarkdownGfmIT also uses it. */
    static final List<String> HOSTILE_TEXT = List.of(
        "*emphasis* and _emphasis_ and **strong** and __strong__",
        "`code` and ``code`` and ~~strike~~ and ~single~",
        "[link](http://example.com) and [ref][1] and [collapsed][] and ![image](x.png)",
        "<script>alert(1)</script> <b onclick=x>bold</b> <!-- comment --> <?php ?> <![CDATA[x]]>",
        "<http://example.com> and <mail@example.com>",
        "http://example.com https://example.com/path?q=1 ftp://example.com/file",
        "www.example.com and WWW.EXAMPLE.COM and www.example.com/path",
        "mail@example.com and mailto:mail@example.com and xmpp:user@example.com",
        "&amp; &copy; &#42; &#x2A; entities",
        "| a | b |",
        "a | b",
        "# heading", "## heading ##", "###### six", "#hashtag",
        "- item", "+ item", "* item", "1. item", "1) item", "123456789. item", "2024. A year",
        "> quote", ">quote",
        "---", "***", "___", "- - -", "===", "=",
        "```fenced```", "~~~fenced~~~", "```",
        "[ref]: http://example.com \"title\"", "[^1]: footnote and [^1]",
        "- [ ] task", "$math$ and $$display$$",
        "trailing backslash \\", "a\\*b and \\\\ and \\",
        "emoji 👩🏽‍💻 and 東京 and “quotes” and «guillemets»",
        "What's next: 10:30 and 3 * 4 = 12, a_b_c, snake_case_word",
        "<", ">", "&", "!", "[", "]", "(", ")", "*", "_", "`", "~", "|", "\\", "#",
        "!important [x] (y)");

    static List<String> hostileText() {
        return HOSTILE_TEXT;
    }

    @ParameterizedTest
    @MethodSource("hostileText")
    void inlineTextRendersAsItself(String text) {
        String escaped = MarkdownExporter.escape(text);
        assertEquals("<p>" + html(text) + "</p>\n", render(escaped));
        assertEquals("<h1>" + html(text) + "</h1>\n", render("# " + escaped));
        assertEquals("<h2>" + html(text) + "</h2>\n", render("## " + escaped));
        assertEquals("<blockquote>\n<p>" + html(text) + "</p>\n</blockquote>\n", render("> " + escaped));
    }

    @Test
    void textAfterAParagraphCannotUnderlineItAsAHeading() {
        assertEquals("<p>Title</p>\n<p>" + html("===") + "</p>\n",
                render("Title\n\n" + MarkdownExporter.escape("===")));
    }

    @Test
    void newlinesAndLeadingSpacesCannotStartABlock() {
        assertEquals("<p>" + html("a - b # c") + "</p>\n", render(MarkdownExporter.escape("a\n- b\n# c")));
        assertEquals("<p>code</p>\n", render(MarkdownExporter.escape("    code")));
    }

    @Test
    void aHostileStoryExportsToOnlyTheExportsOwnMarkup() throws IOException {
        byte[] bytes = Files.readAllBytes(Golden.RESOURCES.resolve("hostile/markdown_and_html_injection.txt"));
        StringWriter out = new StringWriter();
        Format.MARKDOWN.exporter(80).write(List.of(StoryParser.parse(bytes, "x.txt", "x").story()), out);
        Set<String> tags = new TreeSet<>();
        Matcher m = Pattern.compile("<(/?[a-z0-9]+)").matcher(render(out.toString()));
        while (m.find()) {
            tags.add(m.group(1).replace("/", ""));
        }
        assertTrue(Set.of("h1", "h2", "p", "blockquote").containsAll(tags), tags.toString());
        assertTrue(out.toString().contains("https\u2060://evil.example"), out.toString());
    }

    /** The HTML for some Markdown, without the invisible word joiners the export adds. */
    private static String render(String markdown) {
        return HTML.render(PARSER.parse(markdown)).replace("\u2060", "");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
