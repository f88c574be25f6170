package dev.lede.feedfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lede.story.Block;
import dev.lede.story.Paragraph;
import dev.lede.story.Quote;
import dev.lede.story.Section;
import dev.lede.story.Story;
import dev.lede.storyfile.ParseResult;
import dev.lede.storyfile.StoryParser;
import dev.lede.text.TextCleaner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The round trip as a property: entries built at random from the constructs feeds use (paragraphs, headings, bold
 * labels, block quotes attributed five ways, lists, images, scripts and the like) and hostile strings, written, then
 * parsed with {@link StoryParser}. The story each entry should give is worked out here from what was built, not from
 * the writer: title, lede, and every section with its heading and blocks (paragraph text, quote speaker, role and
 * text). {@link BriefRoundTrip#check} must find nothing either.
 */
class BriefRoundTripTest {

    private static final int ENTRIES = 3_000;
    private static final String MARKS = "“\"«„‘'‹「";
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}[^.,;!?:\"“”„«»]*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u0085]+");
    private static final Pattern DASH = Pattern.compile("^[—–―-]+ *");

    static final List<String> WORDS = List.of("alpha", "Beta", "gamma", "Délta", "東京", "😀 smile", "naïve",
            "Zoë", "x", "The", "mayor");
    static final List<String> HOSTILE = List.of("Why it matters: x", "Jane Doe: “quoted”", "Speaker:“tight”",
            "10:30 today", "---", "- leading dash", "# hash", "'single'", "\"double\"", "«guillemets»",
            "a\u001b[31mred", "b\u0085c", "\u202eevil", "tab\there", "&amp; entity", "<b>not a tag</b>",
            "line\nbreak", "  spaced  ", "nb\u00a0sp", "zero\u200bwidth", "ends with colon:", "— dash start",
            "“Opening mark", "A: B: C", "\uFEFFbom", "a\\b", "key: value # comment", "[list]", "{map}", "*alias",
            "&anchor", "!tag", "%directive", "@at", "`tick`", "|pipe", ">fold", "? question", "null", "~",
            "osc\u001b]0;title\u0007end", "c1\u009b2Jx", "‘curly’", "„low“", "Label: “both”", "Yes, but: no",
            "\u2028sep", "fin\u0000al");
    static final List<String> HEADINGS = List.of("Why it matters", "The big picture", "Yes, but", "Between the lines",
            "What's next", "Go deeper", "by the numbers", "Zoom in:", "State of play", "What happens next?",
            "A heading of more than five words", "Dr. Who", "Time: 10:30", "Ünïcode heading", "東京");
    static final List<String> PEOPLE = List.of("Jane Doe", "Bob", "Ann Lee-Smith", "Dr. Who", "José Álvarez",
            "A name of six words here now", "Time: now", "O'Brien", "\"Nick\" Name");
    static final List<String> ROLES = List.of("", "mayor", "CEO of Acme, Inc.", "analyst at a bank in a big city",
            "role: with colon", "“quoted” role");

    /** What the generator built, block by block, before it is laid out in the story format. */
    private sealed interface Built {
        record Para(String text) implements Built {
        }

        record Heading(String text) implements Built {
        }

        record Labelled(String label, String rest) implements Built {
        }

        record Quoted(String who, String text) implements Built {
        }

        /** A paragraph holding only a picture: its alt text. */
        record Picture(String text) implements Built {
        }
    }

    /** A paragraph of the story as it should read: heading null for a plain paragraph, speaker set for a quote. */
    private record Meant(String heading, String speaker, String role, String text) {
    }

    @Test
    void everyGeneratedEntryReadsBackAsBuilt() {
        long seed = Long.getLong("lede.brief.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int n = 0; n < ENTRIES; n++) {
            Case c = generate(random);
            String text = BriefWriter.write(c.entry, BriefSamples.SOURCE);
            ParseResult result = StoryParser.parse(text.getBytes(StandardCharsets.UTF_8), "g.txt", "g");
            String where = "seed " + seed + ", entry " + n + "\n" + c.entry + "\n" + text;
            assertEquals(List.of(), result.problems(), where);
            Story story = result.story();
            assertEquals(List.of(), BriefRoundTrip.check(c.entry), where);
            expectTitle(c.title, story.title(), where);
            assertEquals(soft(c.lede), soft(story.lede()), where);
            assertEquals(c.sections, sections(story), where);
        }
    }

    private static void expectTitle(String meant, String read, String where) {
        if (meant.startsWith("(start of) ")) {
            String start = read.substring(0, read.length() - 1);
            if (!read.endsWith("…") || !meant.substring(11).startsWith(start)) {
                fail("title " + read + " is not the start of " + meant + "\n" + where);
            }
        } else {
            assertEquals(meant, read, where);
        }
    }

    private static List<List<String>> sections(Story story) {
        List<List<String>> out = new ArrayList<>();
        for (Section section : story.sections()) {
            List<String> blocks = new ArrayList<>();
            blocks.add("# " + section.heading());
            for (Block block : section.blocks()) {
                blocks.add(block instanceof Quote q ? q.speaker() + " | " + q.role() + " | " + q.text()
                        : soft(((Paragraph) block).text()));
            }
            out.add(blocks);
        }
        return out;
    }

    private record Case(FeedEntry entry, String title, String lede, List<List<String>> sections) {
    }

    private static Case generate(Random random) {
        StringBuilder html = new StringBuilder();
        List<Built> built = new ArrayList<>();
        int constructs = random.nextInt(9);
        for (int i = 0; i < constructs; i++) {
            construct(random, html, built);
        }
        built = attributed(built);
        String titleText = random.nextInt(6) == 0 ? null : text(random);
        String title = titleText == null ? null : random.nextBoolean() ? escape(titleText)
                : "<b>" + escape(titleText) + "</b> &amp;amp; &#x201C;T&#x201D;";
        String summary = switch (random.nextInt(4)) {
            case 0 -> "Zsummary " + text(random);
            case 1 -> built.stream().filter(b -> !(b instanceof Built.Picture)).findFirst()
                    .map(BriefRoundTripTest::firstText).orElse(null);
            default -> null;
        };
        FeedEntry entry = new FeedEntry("g", "https://example.com/s/1", title, null, null, null,
                summary == null ? null : escape(summary), html.toString(), null, List.of(), List.of());
        String meantSummary = summary == null ? "" : clean(summary);
        String meantTitle = title == null ? "" : clean(title.startsWith("<b>") ? titleText + " &amp; “T”"
                : titleText);
        if (meantTitle.isEmpty()) {
            String start = !meantSummary.isEmpty() ? meantSummary : built.isEmpty() ? "" : firstText(built.get(0));
            meantTitle = start.isEmpty() ? "https://example.com/s/1"
                    : start.codePointCount(0, start.length()) <= 80 ? start : "(start of) " + start;
        }
        if (summary != null && !summary.startsWith("Zsummary")) {
            summary = null;
        }
        String titleKey = meantTitle.startsWith("(start of) ") ? "" : BriefRoundTrip.key(meantTitle);
        if (summary != null && !titleKey.isEmpty() && titleKey.equals(BriefRoundTrip.key(meantSummary))) {
            summary = null; // the title again: said once
        }
        int worded = 0;
        while (worded < built.size() && !hasWords(built.get(worded))) {
            worded++;
        }
        Built first = worded < built.size() ? built.get(worded) : null;
        boolean plain = first instanceof Built.Para || first instanceof Built.Labelled l && !labels(l.label, l.rest);
        if (plain && !titleKey.isEmpty() && titleKey.equals(BriefRoundTrip.key(firstText(first)))) {
            built = new ArrayList<>(built);
            built.remove(worded); // the title again as the body's first paragraph: said once
            while (worded < built.size() && !hasWords(built.get(worded))) {
                worded++;
            }
        }
        List<Meant> meant = layout(built);
        String lede = "";
        if (summary == null && worded > 0 && worded < built.size()) {
            // a picture (or a mark such as "---") is never the lede: the first block with words is, then they follow
            List<Meant> rest = layout(built.subList(worded, built.size()));
            meant = new ArrayList<>(rest.subList(0, 1));
            meant.addAll(layout(built.subList(0, worded)));
            meant.addAll(rest.subList(1, rest.size()));
        }
        if (summary != null) {
            lede = meantSummary;
        } else if (!meant.isEmpty() && meant.get(0).heading == null && meant.get(0).speaker == null) {
            lede = meant.remove(0).text;
        }
        return new Case(entry, meantTitle, lede, group(meant));
    }

    /** False for a picture and for a paragraph without a letter or a digit ("---"): neither is a lede. */
    private static boolean hasWords(Built b) {
        return !(b instanceof Built.Picture) && !(b instanceof Built.Para p && BriefRoundTrip.key(p.text).isEmpty());
    }

    private static String firstText(Built b) {
        if (b instanceof Built.Para p) {
            return p.text;
        } else if (b instanceof Built.Heading h) {
            return h.text;
        } else if (b instanceof Built.Labelled l) {
            return l.label + ": " + l.rest;
        } else if (b instanceof Built.Picture p) {
            return p.text;
        }
        return ((Built.Quoted) b).text;
    }

    private static void construct(Random random, StringBuilder html, List<Built> built) {
        switch (random.nextInt(9)) {
            case 0, 1 -> {
                String t = text(random);
                html.append("<p>").append(escape(t)).append("</p>\n");
                built.add(new Built.Para(clean(t)));
            }
            case 2 -> {
                String h = random.nextBoolean() ? pick(random, HEADINGS) : text(random);
                String t = text(random);
                int level = 2 + random.nextInt(3);
                html.append("<h").append(level).append('>').append(escape(h)).append("</h").append(level).append('>')
                        .append("<p>").append(escape(t)).append("</p>\n");
                built.add(new Built.Heading(clean(h).replaceAll(":+$", "").strip()));
                built.add(new Built.Para(clean(t)));
            }
            case 3 -> {
                String l = pick(random, HEADINGS).replaceAll(":+$", "");
                String r = text(random);
                html.append(random.nextBoolean() ? "<p><strong>" + escape(l) + ":</strong> " : "<p><b>" + escape(l)
                        + "</b>: ").append(escape(r)).append("</p>\n");
                built.add(new Built.Labelled(clean(l), clean(r)));
            }
            case 4, 5 -> quote(random, html, built);
            case 6 -> {
                String list = random.nextBoolean() ? "ul" : "ol";
                html.append('<').append(list).append('>');
                for (int i = 0; i <= random.nextInt(3); i++) {
                    String t = text(random);
                    html.append("<li>").append(escape(t)).append("</li>");
                    built.add(new Built.Para(clean(t)));
                }
                html.append("</").append(list).append(">\n");
            }
            case 7 -> {
                String alt = text(random);
                html.append(random.nextBoolean() ? "<p><img src=\"a.png\" alt=\"" + escape(alt) + "\"></p>\n"
                        : "<img src=\"b.png\">\n");
                if (html.toString().endsWith("></p>\n")) {
                    built.add(new Built.Picture(clean(alt, true)));
                }
            }
            default -> html.append(pick(random, List.of("<script>alert('x: “y”')</script>",
                    "<style>p:before{content:'x'}</style>", "<iframe src=\"https://e.com\">frame text</iframe>",
                    "<form><input value=\"v\">form text</form>", "<!-- a comment: “x” -->",
                    "<a href=\"javascript:alert(1)\">js link</a>", "<noscript>no script</noscript>"))).append('\n');
        }
    }

    private static void quote(Random random, StringBuilder html, List<Built> built) {
        String text = text(random);
        String speaker = pick(random, PEOPLE);
        String role = pick(random, ROLES);
        String who = role.isEmpty() ? speaker : speaker + ", " + role;
        String t = escape(text);
        String w = escape(who);
        switch (random.nextInt(6)) {
            case 0 -> html.append("<blockquote><p>").append(t).append("</p><cite>").append(w).append("</cite></blockquote>");
            case 1 -> html.append("<blockquote>").append(t).append("<footer>— ").append(w).append("</footer></blockquote>");
            case 2 -> html.append("<figure><blockquote>").append(t).append("</blockquote><figcaption>").append(w)
                    .append("</figcaption></figure>");
            case 3 -> {
                html.append("<p>").append(w).append(":</p><blockquote>").append(t).append("</blockquote>");
                built.add(new Built.Para(clean(who) + ":"));
                built.add(new Built.Quoted("", BriefRoundTrip.unquoted(clean(text))));
                html.append('\n');
                return;
            }
            case 4 -> {
                html.append("<blockquote><p>").append(t).append("</p></blockquote><p>— ").append(w).append("</p>");
                built.add(new Built.Quoted("", BriefRoundTrip.unquoted(clean(text))));
                built.add(new Built.Para("— " + clean(who)));
                html.append('\n');
                return;
            }
            default -> {
                html.append("<blockquote>").append(t).append("</blockquote>\n");
                built.add(new Built.Quoted("", BriefRoundTrip.unquoted(clean(text))));
                return;
            }
        }
        html.append('\n');
        built.add(new Built.Quoted(clean(who), BriefRoundTrip.unquoted(clean(text))));
    }

    /** The README's rule: a short paragraph ending in a colon before a quote, or one starting with a dash after it. */
    private static List<Built> attributed(List<Built> built) {
        List<Built> out = new ArrayList<>();
        for (int i = 0; i < built.size(); i++) {
            Built b = built.get(i);
            if (b instanceof Built.Quoted q && q.who.isEmpty() && q.text.isEmpty()) {
                continue;
            }
            if (b instanceof Built.Quoted q && q.who.isEmpty()) {
                Built before = out.isEmpty() ? null : out.get(out.size() - 1);
                Built after = i + 1 < built.size() ? built.get(i + 1) : null;
                if (before instanceof Built.Para p && p.text.endsWith(":") && BriefRoundTrip.words(p.text) <= 12
                        && holds(p.text.replaceAll("^[—–―-]+ *|:+$", "").strip())) {
                    out.set(out.size() - 1, new Built.Quoted(p.text.replaceAll("^[—–―-]+ *|:+$", "").strip(), q.text));
                    continue;
                }
                if (after instanceof Built.Para p && DASH.matcher(p.text).find()
                        && !DASH.matcher(p.text).replaceFirst("").isEmpty() && BriefRoundTrip.words(p.text) <= 13) {
                    out.add(new Built.Quoted(DASH.matcher(p.text).replaceFirst("").replaceAll(":+$", "").strip(),
                            q.text));
                    i++;
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    private static List<Meant> layout(List<Built> built) {
        List<Meant> out = new ArrayList<>();
        for (int i = 0; i < built.size(); i++) {
            Built b = built.get(i);
            Built next = i + 1 < built.size() ? built.get(i + 1) : null;
            if (b instanceof Built.Heading h) {
                if (h.text.isEmpty()) {
                    continue;
                }
                if (next instanceof Built.Para p && labels(h.text, p.text)) {
                    out.add(new Meant(h.text, null, null, p.text));
                    i++;
                } else {
                    out.add(new Meant(null, null, null, h.text));
                }
            } else if (b instanceof Built.Labelled l) {
                out.add(labels(l.label, l.rest) ? new Meant(l.label, null, null, l.rest)
                        : new Meant(null, null, null, l.label + ": " + l.rest));
            } else if (b instanceof Built.Quoted q) {
                out.add(quoteLine(q));
            } else if (b instanceof Built.Picture p) {
                out.add(new Meant(null, null, null, p.text));
            } else {
                out.add(new Meant(null, null, null, ((Built.Para) b).text));
            }
        }
        return out;
    }

    private static boolean labels(String heading, String text) {
        return LABEL.matcher(heading).matches() && BriefRoundTrip.words(heading) <= 5 && !text.isEmpty()
                && MARKS.indexOf(text.charAt(0)) < 0;
    }

    /** True when the format can hold this as who said a quote (rule 8). */
    private static boolean holds(String who) {
        int comma = who.indexOf(',');
        int speakerWords = BriefRoundTrip.words(comma < 0 ? who : who.substring(0, comma).strip());
        return !who.isEmpty() && !who.contains(":") && speakerWords >= 1 && speakerWords <= 5
                && BriefRoundTrip.words(who) <= 12;
    }

    private static Meant quoteLine(Built.Quoted q) {
        int comma = q.who.indexOf(',');
        String speaker = comma < 0 ? q.who : q.who.substring(0, comma).strip();
        String role = comma < 0 ? "" : q.who.substring(comma + 1).strip();
        int speakerWords = BriefRoundTrip.words(speaker);
        if (!q.who.isEmpty() && !q.who.contains(":") && speakerWords >= 1 && speakerWords <= 5
                && BriefRoundTrip.words(q.who) <= 12) {
            return new Meant(null, speaker, role.isEmpty() ? null : role, q.text);
        }
        return new Meant(null, null, null, "“" + q.text + "”" + (q.who.isEmpty() ? "" : " — " + q.who));
    }

    private static List<List<String>> group(List<Meant> meant) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = null;
        for (Meant m : meant) {
            if (m.heading != null || current == null) {
                current = new ArrayList<>();
                current.add("# " + m.heading);
                out.add(current);
            }
            current.add(m.speaker != null ? m.speaker + " | " + m.role + " | " + m.text : soft(m.text));
        }
        return out;
    }

    private static String text(Random random) {
        String word = pick(random, WORDS);
        return switch (random.nextInt(4)) {
            case 0 -> word;
            case 1 -> pick(random, HOSTILE);
            case 2 -> pick(random, HOSTILE) + " " + word;
            default -> word + " " + pick(random, HOSTILE);
        };
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * HTML text as the README says a brief holds it: cleaned, zero-width spaces and soft hyphens dropped (and, in an
     * attribute, a NUL read as U+FFFD, as jsoup reads it).
     */
    static String clean(String text) {
        return clean(text, false);
    }

    private static String clean(String text, boolean attribute) {
        String html = text.replaceAll("[\u200B\u00AD]", "");
        if (attribute) {
            html = html.replace('\u0000', '\uFFFD');
        }
        return SPACES.matcher(TextCleaner.clean(html)).replaceAll(" ").strip();
    }

    private static String soft(String text) {
        return BriefRoundTrip.soft(text);
    }
}
