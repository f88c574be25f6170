package dev.lede.feedfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlTest {

    private static List<OpmlOutline> fixture(String name) throws Exception {
        return Opml.read(Files.readAllBytes(FeedParserFixturesTest.FEEDS.resolve(name)));
    }

    @Test
    void nestedOutlinesBecomeFolders() throws Exception {
        List<OpmlOutline> outlines = fixture("newsboat-example.opml");
        assertEquals(7, outlines.size());
        assertEquals(new OpmlOutline("example.com website", "https://example.com/feed.xml", null, List.of()),
                outlines.get(0));
        assertEquals(new OpmlOutline("Notes by Mike", "https://blogs.example.com/~mike/.rss", null,
                List.of("Blogs", "friends")), outlines.get(5));
        assertEquals(List.of("eloquent"), outlines.get(6).folders());
    }

    @Test
    void opml20FixtureKeepsHtmlUrls() throws Exception {
        List<OpmlOutline> outlines = fixture("rome-opml20.opml");
        assertEquals(11, outlines.size());
        assertEquals(new OpmlOutline("Bloglines | News", "http://www.bloglines.com/rss/about/news",
                "http://www.bloglines.com", List.of("Subscriptions")), outlines.get(0));
        assertEquals(List.of("Subscriptions", "nerdy"), outlines.get(10).folders());
    }

    @Test
    void writeThenReadGivesTheSameOutlines() throws Exception {
        List<OpmlOutline> outlines = List.of(
                new OpmlOutline("A & B <\"quoted\"> 'x'\nnext", "https://a.example/feed?x=1&y=2", null, List.of()),
                new OpmlOutline("Deep", "https://d.example/rss", "https://d.example/",
                        List.of("News & Views", "Tech <ai>")),
                new OpmlOutline(null, "https://untitled.example/atom", null, List.of("News & Views")),
                new OpmlOutline("Emoji \uD83D\uDCF0 and bidi", "https://e.example/", null, List.of("caf\u00e9")));
        String xml = Opml.write("My feeds & more", outlines);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">"), xml);
        List<OpmlOutline> back = Opml.read(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(outlines.get(0), back.get(0));
        assertEquals(outlines.get(1), back.get(1));
        assertEquals(new OpmlOutline("https://untitled.example/atom", "https://untitled.example/atom", null,
                List.of("News & Views")), back.get(2));
        assertEquals(outlines.get(3), back.get(3));
        assertEquals(2, xml.split("text=\"News &amp; Views\"", -1).length, "one folder outline, shared:\n" + xml);
    }

    @Test
    void fixturesRoundTrip() throws Exception {
        for (String name : List.of("newsboat-example.opml", "rome-opml20.opml", "rome-opml10-links.opml")) {
            List<OpmlOutline> outlines = fixture(name);
            assertEquals(outlines, Opml.read(Opml.write("x", outlines).getBytes(StandardCharsets.UTF_8)), name);
        }
    }

    @Test
    void controlCharactersCannotBreakTheWrittenFile() throws Exception {
        List<OpmlOutline> outlines = List.of(new OpmlOutline("bell\u0007 nul\u0000", "https://x.example/", null,
                List.of("f\u001b[31m")));
        List<OpmlOutline> back = Opml.read(Opml.write("t\u0000", outlines).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new OpmlOutline("bell nul", "https://x.example/", null, List.of("f[31m"))), back);
    }

    @Test
    void hostileOpmlIsOneLine(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), "TOP-SECRET");
        String xxe = "<!DOCTYPE opml [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><opml><body>"
                + "<outline text=\"&x;\" xmlUrl=\"https://x.example/\"/></body></opml>";
        FeedException e = assertThrows(FeedException.class, () -> Opml.read(xxe.getBytes(StandardCharsets.UTF_8)));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        String internal = "<!DOCTYPE opml [<!ENTITY x \"DEFINED\">]><opml><body>"
                + "<outline text=\"&x;\" xmlUrl=\"https://x.example/\"/></body></opml>";
        assertTrue(assertThrows(FeedException.class, () -> Opml.read(internal.getBytes(StandardCharsets.UTF_8)))
                .getMessage().startsWith("malformed XML at line 1"), "the DOCTYPE is cut out, never read");
        assertEquals("not an OPML file: no <opml> with a <body>",
                assertThrows(FeedException.class, () -> Opml.read("<rss/>".getBytes(StandardCharsets.UTF_8)))
                        .getMessage());
        assertThrows(FeedException.class, () -> Opml.read(new byte[0]));
        List<OpmlOutline> v11 = Opml.read(("<opml version=\"1.1\"><body><outline TEXT=\"a\" xmlurl=\"https://a/\"/>"
                + "</body></opml>").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new OpmlOutline("a", "https://a/", null, List.of())), v11);
    }
}
