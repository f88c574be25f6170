import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes N synthetic RSS 2.0 feeds of M brief-style items each into a folder ({@code feed-000.xml} …) and an
 * {@code urls} file listing them under a base URL: each item has a guid, a link, a date, a summary and a
 * {@code content:encoded} body with {@code <h2>} sections, a bold {@code Label:} paragraph, a list and a
 * {@code <blockquote>} with its {@code <cite>}, about 1.5 KB. The same seed always gives the same bytes.
 *
 * <p>Run without a build: {@code java bench/FeedGenerator.java N M DIR BASE_URL [SEED]}.
 */
public final class FeedGenerator {

    private static final String[] PLACES = {
        "Albania", "Kosovo", "Greece", "Bulgaria", "Serbia", "Croatia", "Slovenia", "Romania", "Moldova", "Ukraine",
        "Poland", "Lithuania", "Latvia", "Estonia", "Finland", "Norway", "Portugal", "Spain", "Kenya", "Ghana",
        "Chile", "Peru", "Vietnam", "Japan", "Georgia", "Ireland", "Austria", "Czechia", "Malta", "Cyprus"
    };
    private static final String[] SUBJECTS = {
        "The council", "The government", "Parliament", "The ministry", "Regional leaders", "The coalition",
        "Local officials", "The committee", "The central bank", "Business groups", "Voters", "Diplomats"
    };
    private static final String[] VERBS = {
        "approves", "rejects", "delays", "reviews", "funds", "questions", "welcomes", "extends", "limits", "tests"
    };
    private static final String[] OBJECTS = {
        "a plan to modernise the grid", "the budget for next year", "a regional water agreement",
        "investment in rail and ports", "funding for local newspapers", "the reform of the judiciary",
        "a framework for digital services", "new rules for fisheries", "a cross-border energy link"
    };
    private static final String[] PEOPLE = {
        "Romina Kuko", "Gazmend Bardhi", "Elira Hoxha", "Maria Novak", "Jonas Lindqvist", "Ana García",
        "Luka Müller", "Kofi Mensah", "Mei Tanaka", "Olga Ivanova", "Tomás Silva", "Leila Haddad"
    };
    private static final String[] ROLES = {
        "finance minister", "opposition leader", "deputy mayor", "trade envoy", "union organiser", "senior analyst"
    };
    private static final String[] HEADINGS = {"Context", "What happens next", "The reaction", "By the numbers"};
    private static final String[] LABELS = {"Why it matters", "The big picture", "Between the lines", "Yes, but"};

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: java bench/FeedGenerator.java N M DIR BASE_URL [SEED]");
            System.exit(2);
        }
        int feeds = Integer.parseInt(args[0]);
        int items = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        String base = args[3].endsWith("/") ? args[3] : args[3] + "/";
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20261201L;
        Files.createDirectories(dir);
        StringBuilder urls = new StringBuilder();
        for (int f = 0; f < feeds; f++) {
            String name = String.format("feed-%03d.xml", f);
            Files.writeString(dir.resolve(name), feed(f, items, new SplittableRandom(seed + f)),
                    StandardCharsets.UTF_8);
            urls.append(base).append(name).append('\n');
        }
        Files.writeString(dir.resolve("urls"), urls.toString(), StandardCharsets.UTF_8);
    }

    private static String feed(int f, int items, SplittableRandom random) {
        StringBuilder xml = new StringBuilder(items * 2400);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n")
                .append("<channel>\n<title>Bench News ").append(f).append("</title>\n")
                .append("<link>https://news").append(f).append(".example/</link>\n")
                .append("<description>Synthetic feed ").append(f).append("</description>\n");
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        for (int i = 0; i < items; i++) {
            Instant date = start.plusSeconds(60L * (items - i) + f);
            String place = pick(random, PLACES);
            String title = pick(random, SUBJECTS) + " in " + place + " " + pick(random, VERBS) + " "
                    + pick(random, OBJECTS);
            String person = pick(random, PEOPLE);
            String role = pick(random, ROLES);
            String link = "https://news" + f + ".example/" + i;
            xml.append("<item>\n<title>").append(title).append("</title>\n")
                    .append("<link>").append(link).append("</link>\n")
                    .append("<guid isPermaLink=\"false\">news").append(f).append('-').append(i).append("</guid>\n")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            date.atOffset(ZoneOffset.UTC))).append("</pubDate>\n")
                    .append("<description>").append(sentence(random, place)).append("</description>\n")
                    .append("<content:encoded><![CDATA[")
                    .append("<p>").append(sentence(random, place)).append(' ').append(sentence(random, place))
                    .append("</p>\n<p><b>").append(pick(random, LABELS)).append(":</b> ")
                    .append(sentence(random, place)).append("</p>\n");
            for (int s = 0; s < 2; s++) {
                xml.append("<h2>").append(HEADINGS[(i + s) % HEADINGS.length]).append("</h2>\n<p>")
                        .append(sentence(random, place)).append(' ').append(sentence(random, place)).append("</p>\n");
            }
            xml.append("<blockquote><p>").append(sentence(random, place)).append("</p><cite>").append(person)
                    .append(", ").append(role).append("</cite></blockquote>\n<ul><li>")
                    .append(sentence(random, place)).append("</li><li>").append(sentence(random, place))
                    .append("</li></ul>\n<p><a href=\"").append(link).append("/more\">Read more</a></p>")
                    .append("]]></content:encoded>\n</item>\n");
        }
        return xml.append("</channel>\n</rss>\n").toString();
    }

    private static String sentence(SplittableRandom random, String place) {
        return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " in " + place
                + ", after " + (2 + random.nextInt(40)) + " days of talks.";
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
