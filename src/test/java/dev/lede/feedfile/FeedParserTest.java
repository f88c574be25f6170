package dev.lede.feedfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and odd documents: each is either read as meant or refused with one line, in bounded time. */
class FeedParserTest {

    private static final URI HERE = URI.create("https://news.example/section/feed.xml");
    private static final Duration QUICK = Duration.ofSeconds(10);

    private static ParsedFeed parse(String xml) throws FeedException {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), null, HERE);
    }

    private static String refused(byte[] body) {
        FeedException e = assertTimeoutPreemptively(QUICK,
                () -> assertThrows(FeedException.class, () -> FeedParser.parse(body, null, HERE)));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().length() <= 250, e.getMessage());
        return e.getMessage();
    }

    private static String refused(String text) {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String rss(String items) {
        return "<rss version=\"2.0\"><channel><title>T</title><link>https://news.example/</link>"
                + items + "</channel></rss>";
    }

    @Test
    void whatRomeLeavesOutIsReadFromTheItemAnRss090DescriptionAndAMediaDescription() throws Exception {
        ParsedFeed rdf = parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel><title>C</title>"
                + "<link>https://c.example/</link><description>D</description></channel><item><title>T</title>"
                + "<link>https://c.example/1</link><description>Words &amp;amp; more.</description></item></rdf:RDF>");
        assertEquals("Words &amp; more.", rdf.entries().get(0).summaryHtml());
        ParsedFeed atom = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
                + "<title>Y</title><entry><id>v1</id><title>V</title><content type=\"application/x-shockwave-flash\""
                + " src=\"https://y.example/v\"/><media:group><media:description type=\"plain\">Line one\nline &lt;b&gt;"
                + "\n\nSecond</media:description></media:group></entry></feed>");
        assertEquals("<p>Line one<br>line &lt;b&gt;</p><p>Second</p>", atom.entries().get(0).summaryHtml());
    }

    @Test
    void aLeadingDoctypeIsCutOutAndItsEntitiesAreNeverDefined() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY name \"expanded\"> <!-- ] > --> ]>\n"
                + rss("<item><title>plain</title></item>");
        assertEquals("plain", parse(xml).entries().get(0).title());
        String uses = "<!DOCTYPE rss [<!ENTITY name \"expanded\">]>" + rss("<item><title>&name;</title></item>");
        assertTrue(refused(uses).startsWith("malformed XML at line 1"), refused(uses));
    }

    @Test
    void anExternalEntityToALocalFileIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + rss("<item><title>&xxe;</title><description>&xxe;</description></item>");
        String message = refused(xxe);
        assertFalse(message.contains("TOP-SECRET"), message);
        String parameter = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + secret.toUri()
                + "\"> %p;]>" + rss("<item><title>t</title></item>");
        ParsedFeed feed = parse(parameter);
        assertEquals("t", feed.entries().get(0).title());
        String dtd = "<!DOCTYPE rss SYSTEM \"" + secret.toUri() + "\">" + rss("<item><title>t</title></item>");
        assertEquals("t", parse(dtd).entries().get(0).title());
    }

    @Test
    void aDoctypeAfterCommentsIsCutOutToo() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!-- c --><?pi x?><!DOCTYPE rss PUBLIC \"-//Netscape//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">" + rss("<item><title>a&nbsp;b</title></item>");
        assertEquals("a\u00A0b", parse(xml).entries().get(0).title());
    }

    @Test
    void billionLaughsIsOneLineQuickly() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>").append(rss("<item><title>&lol9;</title></item>"));
        assertTrue(refused(dtd.toString()).startsWith("malformed XML"));
    }

    @Test
    void aDoctypeThatNeverEndsIsRefused() {
        assertEquals("malformed XML: a DOCTYPE that never ends", refused("<!DOCTYPE rss [ <!ENTITY a \"]>"));
    }

    @Test
    void rssWithoutChannelIsOneLineNotANullPointer() {
        assertEquals("not a feed: an <rss> without a <channel>", refused("<rss version=\"2.0\"><item/></rss>"));
    }

    @Test
    void notXmlAndEmptyAndUnknownRootsAreOneLine() {
        assertEquals("not a feed: the document is empty", refused(new byte[0]));
        assertEquals("not a feed: the document is empty", refused("  \n\t "));
        assertEquals("not a feed: neither XML nor JSON", refused("hello, world"));
        assertTrue(refused("<rss><channel><title>x</channel></rss>").startsWith("malformed XML at line 1, column"));
        assertEquals("not a feed: an XML document whose root is <svg>", refused("<svg/>"));
        assertEquals("not a feed: JSON that is not a JSON Feed", refused("{\"a\": 1}"));
        assertTrue(refused("{\"version\": \"https://jsonfeed.org/version/1.1\", ").startsWith("malformed JSON"));
    }

    @Test
    void deepNestingAndHugeDocumentsAreRefusedInBoundedTime() {
        String deep = "<rss><channel>" + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</channel></rss>";
        assertTrue(refused(deep).contains("nested more than 256 deep"), refused(deep));
        String many = rss("<item/>".repeat(SafeXml.MAX_ELEMENTS + 1));
        assertTrue(refused(many).contains("more than 500000 elements"), refused(many));
        byte[] huge = new byte[FeedParser.MAX_BYTES + 1];
        assertEquals("not a feed: larger than 16 MiB", refused(huge));
        String deepJson = "{\"items\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertTrue(refused(deepJson).startsWith("malformed JSON"), refused(deepJson));
    }

    @Test
    void anHtmlPageIsOneClearErrorThatNamesItsFeed() {
        assertEquals("not a feed: an HTML page", refused("<!doctype html><html><head><title>x</title></head></html>"));
        String page = "<!DOCTYPE html><html><head><base href=\"https://news.example/world/\">"
                + "<link rel=\"stylesheet\" href=\"s.css\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"../feeds/world.rss\">"
                + "</head><body><p>news</body></html>";
        assertEquals("not a feed: an HTML page (it names its feed: https://news.example/feeds/world.rss)",
                refused(page));
        assertEquals(Optional.of(URI.create("https://news.example/feeds/world.rss")),
                FeedParser.alternate(page.getBytes(StandardCharsets.UTF_8), HERE));
    }

    @Test
    void alternateTakesOnlyFeedTypesAndWebLinks() {
        String js = "<html><head><link rel=alternate type=application/atom+xml href=\"javascript:alert(1)\">"
                + "<link rel=\"alternate nofollow\" type=\"Application/Feed+JSON\" href=\"/feed.json\"></head></html>";
        assertEquals(Optional.of(URI.create("https://news.example/feed.json")),
                FeedParser.alternate(js.getBytes(StandardCharsets.UTF_8), HERE));
        String none = "<html><head><link rel=alternate type=text/html href=\"/fr/\"></head></html>";
        assertEquals(Optional.empty(), FeedParser.alternate(none.getBytes(StandardCharsets.UTF_8), HERE));
        assertEquals(Optional.empty(), FeedParser.alternate(new byte[0], HERE));
    }

    @Test
    void charsetComesFromBomThenPrologThenHttp() throws Exception {
        String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + rss("<item><title>caf\u00e9</title></item>");
        byte[] bytes = latin.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("caf\u00e9", FeedParser.parse(bytes, "text/xml; charset=utf-8", HERE).entries().get(0).title());
        String undeclared = rss("<item><title>\u0436</title></item>");
        byte[] koi8 = undeclared.getBytes(Charset.forName("KOI8-R"));
        assertEquals("\u0436", FeedParser.parse(koi8, "application/rss+xml; charset=\"KOI8-R\"", HERE)
                .entries().get(0).title());
        byte[] bom = ("\uFEFF<?xml version=\"1.0\" encoding=\"windows-1251\"?>" + rss("<item><title>\u00e9t\u00e9</title></item>"))
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("\u00e9t\u00e9", FeedParser.parse(bom, "text/xml; charset=iso-8859-2", HERE).entries().get(0).title());
        byte[] utf16 = rss("<item><title>\u00e9</title></item>").getBytes(StandardCharsets.UTF_16LE);
        assertEquals("\u00e9", FeedParser.parse(utf16, null, HERE).entries().get(0).title());
    }

    @Test
    void wrongCharsetClaimsDoNotLoseText() throws Exception {
        // says UTF-8, is Windows-1252: read as Windows-1252 rather than as replacement characters
        byte[] lying = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + rss("<item><title>caf\u00e9 \u2019</title></item>"))
                .getBytes(Charset.forName("windows-1252"));
        assertEquals("caf\u00e9 \u2019", FeedParser.parse(lying, null, HERE).entries().get(0).title());
        // says UTF-16, is ASCII-compatible bytes: the claim cannot be right and is ignored
        byte[] notWide = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + rss("<item><title>ok</title></item>"))
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("ok", FeedParser.parse(notWide, null, HERE).entries().get(0).title());
        byte[] unknown = ("<?xml version=\"1.0\" encoding=\"x-no-such\"?>" + rss("<item><title>\u00e9</title></item>"))
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("\u00e9", FeedParser.parse(unknown, null, HERE).entries().get(0).title());
    }

    @Test
    void c1ControlsAreReadAsWindows1252() throws Exception {
        FeedEntry e = parse(rss("<item><title>don\u0092t</title><description>&#147;q&#148; &#x81;x</description>"
                + "<category>a\u0096b</category></item>")).entries().get(0);
        assertEquals("don\u2019t", e.title());
        assertEquals("\u201Cq\u201D x", e.summaryHtml());
        assertEquals(List.of("a\u2013b"), e.tags());
        FeedEntry json = FeedParser.parse(("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":1,"
                + "\"title\":\"don\\u0092t \\u0000\\ud800x\"}]}").getBytes(StandardCharsets.UTF_8), null, HERE)
                .entries().get(0);
        assertEquals("don\u2019t \uFFFDx", json.title());
        assertEquals("1", json.guid());
    }

    @Test
    void relativeLinksAreResolvedAgainstXmlBaseAndTheLocation() throws Exception {
        ParsedFeed rss = parse(rss("<item><link>story/1.html</link><guid>g</guid>"
                + "<enclosure url=\"/audio/1.mp3\" type=\"audio/mpeg\" length=\"12\"/></item>"
                + "<item><link>https://other.example/x</link></item>"));
        assertEquals("https://news.example/section/story/1.html", rss.entries().get(0).link());
        assertEquals(List.of(new Enclosure("https://news.example/audio/1.mp3", "audio/mpeg", 12)),
                rss.entries().get(0).enclosures());
        assertEquals("https://other.example/x", rss.entries().get(1).link());
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://blog.example/2024/\">"
                + "<title>B</title><link rel=\"alternate\" href=\"../\"/><link rel=\"self\" href=\"feed.atom\"/>"
                + "<entry xml:base=\"posts/\"><id>urn:1</id><title type=\"text\">a &lt; b</title>"
                + "<link href=\"one.html\"/><updated>2024-03-10T17:15:00+01:00</updated>"
                + "<summary type=\"text\">1 &lt; 2</summary><content type=\"html\">&lt;p&gt;x&lt;/p&gt;</content>"
                + "</entry></feed>";
        ParsedFeed feed = parse(atom);
        assertEquals("https://blog.example/", feed.link());
        FeedEntry e = feed.entries().get(0);
        assertEquals("https://blog.example/2024/posts/one.html", e.link());
        assertEquals("urn:1", e.guid());
        assertEquals("2024-03-10T17:15:00+01:00", e.date());
        assertEquals(Instant.parse("2024-03-10T16:15:00Z"), e.published());
        assertEquals("1 &lt; 2", e.summaryHtml());
        assertEquals("<p>x</p>", e.contentHtml());
        ParsedFeed bare = FeedParser.parse(rss("<item><link>a</link></item>").getBytes(StandardCharsets.UTF_8), null,
                URI.create("https://host.example"));
        assertEquals("https://host.example/a", bare.entries().get(0).link());
    }

    @Test
    void everyFieldOfAnRssItemIsFilled() throws Exception {
        String xml = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>T</title><item>"
                + "<title>Title</title><guid isPermaLink=\"true\">https://news.example/p/1</guid>"
                + "<dc:creator>Ann Writer</dc:creator><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>"
                + "<description>&lt;p&gt;short&lt;/p&gt;</description>"
                + "<content:encoded><![CDATA[<h2>Why it matters</h2><blockquote>q</blockquote>]]></content:encoded>"
                + "<category>World</category><category>World</category><category>Politics</category>"
                + "</item><item><title>no date</title><pubDate>the day after tomorrow</pubDate></item></channel></rss>";
        List<FeedEntry> entries = parse(xml).entries();
        FeedEntry e = entries.get(0);
        assertEquals("https://news.example/p/1", e.guid());
        assertEquals("https://news.example/p/1", e.link(), "a permalink guid is the link of an item without one");
        assertEquals("Ann Writer", e.author());
        assertEquals("Tue, 10 Jun 2003 04:00:00 GMT", e.date());
        assertEquals(Instant.parse("2003-06-10T04:00:00Z"), e.published());
        assertEquals("<p>short</p>", e.summaryHtml());
        assertEquals("<h2>Why it matters</h2><blockquote>q</blockquote>", e.contentHtml());
        assertEquals(List.of("World", "Politics"), e.tags());
        assertEquals("the day after tomorrow", entries.get(1).date());
        assertNull(entries.get(1).published(), "an unparseable date is kept as written, not parsed");
    }
}
