package dev.lede.feedfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real feed under src/test/resources/feeds/ parses to what its line in EXPECTED says. */
class FeedParserFixturesTest {

    static final Path FEEDS = Path.of("src/test/resources/feeds");

    static Stream<String[]> lines() throws IOException {
        return Files.readAllLines(FEEDS.resolve("EXPECTED"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t"));
    }

    static Stream<Arguments> expectations() throws IOException {
        return lines().map(line -> Arguments.of(line[0], line[1], Arrays.copyOfRange(line, 2, line.length)));
    }

    static ParsedFeed parse(String file) throws IOException, FeedException {
        return FeedParser.parse(Files.readAllBytes(FEEDS.resolve(file)), null,
                URI.create("https://feeds.example/dir/" + file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void fixtureParsesAsExpected(String file, String entries, String[] rest) throws Exception {
        if (entries.equals("error")) {
            FeedException e = assertThrows(FeedException.class, () -> parse(file));
            assertEquals(rest[0], e.getMessage());
            return;
        }
        ParsedFeed feed = parse(file);
        assertEquals(Integer.parseInt(entries), feed.entries().size(), "entries");
        assertEquals(rest[0], shown(feed.title()), "feed title");
        FeedEntry first = feed.entries().isEmpty() ? null : feed.entries().get(0);
        assertEquals(rest[1], first == null ? "-" : shown(first.title()), "first title");
        assertEquals(rest[2], first == null ? "-" : shown(first.link()), "first link");
        assertEquals(rest[3], first == null ? "-" : shown(first.date()), "first date as written");
        assertEquals(rest[4], first == null || first.published() == null ? "-" : first.published().toString(),
                "first date parsed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void noStringHoldsNulC1OrALoneSurrogate(String file, String entries, String[] rest) throws Exception {
        if (entries.equals("error")) {
            return;
        }
        for (FeedEntry e : parse(file).entries()) {
            List<String> strings = new ArrayList<>(List.of(nonNull(e.guid()), nonNull(e.link()), nonNull(e.title()),
                    nonNull(e.author()), nonNull(e.date()), nonNull(e.summaryHtml()), nonNull(e.contentHtml()),
                    nonNull(e.contentText())));
            strings.addAll(e.tags());
            e.enclosures().forEach(en -> strings.add(en.url()));
            for (String s : strings) {
                assertFalse(s.chars().anyMatch(c -> c == 0 || (c >= 0x80 && c <= 0x9F)), file + ": " + s);
                assertTrue(isWellFormedUtf16(s), file + ": a lone surrogate");
            }
        }
    }

    @Test
    void everyFixtureHasAnExpectationAndASource() throws IOException {
        Set<String> expected = lines().map(line -> line[0]).collect(Collectors.toSet());
        Set<String> sourced = Files.readAllLines(FEEDS.resolve("SOURCES")).stream().filter(l -> !l.startsWith("#"))
                .map(l -> l.split("\t")[0]).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(FEEDS)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("SOURCES") && !n.equals("EXPECTED") && !n.equals("golden")).toList();
            assertTrue(names.size() >= 25, "at least 25 real documents");
            for (String name : names) {
                assertTrue(sourced.contains(name), name + " has no line in SOURCES");
                assertTrue(name.endsWith(".opml") || expected.contains(name), name + " has no line in EXPECTED");
            }
        }
    }

    @Test
    void theFormatsAreAllThere() throws Exception {
        assertEquals("Цитата #17703", parse("ibash-windows-1251-rss20.xml").entries().get(0).title());
        assertEquals("Euro €", parse("windows-1252-rss20.xml").title());
        FeedEntry golem = parse("golem-iso-8859-1-rss20.xml").entries().get(0);
        assertTrue(golem.summaryHtml().contains("wünschen"), golem.summaryHtml());
        assertTrue(golem.contentHtml().startsWith("<img src=\"https://www.golem.de/"), "content:encoded");
        FeedEntry dustri = parse("dustri-atom10.xml").entries().get(0);
        assertEquals("jvoisin", dustri.author());
        assertEquals(List.of("sysadmin"), dustri.tags());
        assertTrue(parse("dustri-rss20.xml").entries().stream()
                .anyMatch(e -> e.summaryHtml().contains("<blockquote>")), "HTML-heavy entries keep their markup");
    }

    @Test
    void podcastEnclosuresAreRead() throws Exception {
        FeedEntry show = parse("leshow-podcast-rss20.xml").entries().get(0);
        assertEquals(List.of(new Enclosure("http://a1.phobos.apple.com/Podcasts/y2005/m08/d01/h14/eosmhmit.mp3",
                null, 16770270)), show.enclosures());
        assertEquals(List.of("Comedy"), show.tags());
    }

    @Test
    void jsonFeedFieldsAreRead() throws Exception {
        FeedEntry e = parse("gofeed-jsonfeed11.json").entries().get(0);
        assertEquals("id", e.guid());
        assertEquals("author_name", e.author());
        assertEquals("<p>content_html</p>", e.contentHtml());
        assertEquals("content_text", e.contentText());
        assertEquals("summary", e.summaryHtml());
        assertEquals(List.of("tag1", "tag2"), e.tags());
        assertEquals(List.of(new Enclosure("https://sample-json-feed.com/attachment", "audio/mpeg", 100)),
                e.enclosures());
    }

    @Test
    void aLeadingDoctypeIsCutOutNotRead() throws Exception {
        assertEquals(2, parse("rome-rss091n.xml").entries().size());
    }

    private static String shown(String s) {
        return s == null ? "-" : s.strip().replaceAll("\\s+", " ");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static boolean isWellFormedUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
