package dev.lede.feedfile;

import dev.lede.ControlCharacters;
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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes an entry with {@link BriefWriter}, parses the text with lede's own {@link StoryParser}, and lists every way
 * the story read back differs from what the entry means. What the entry means is worked out here, from the entry's
 * HTML, apart from the writer's code: the title; the lede (the summary, unless it repeats the body's start); the
 * headings that can open a section (h2–h4 and bold {@code Label:} paragraphs that the format can hold, with a
 * paragraph after them); the quotes whose attribution ({@code <cite>}, {@code <footer>}, {@code <figcaption>}) the
 * format can hold; every letter of the body kept and none added; the front matter read back as written; no
 * warnings and no control character. A picture alone in its paragraph or figure is not the lede (unless the body
 * holds nothing else), and a summary repeats the body when it repeats the body's words without such pictures; the
 * title may be left out of the body where the body starts with it. An empty list means the round trip holds.
 */
public final class BriefRoundTrip {

    private static final BriefSource SOURCE = BriefSamples.SOURCE;
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u0085]+");
    private static final String MARKS = "“\"«„‘'‹「";
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}[^.,;!?:\"“”„«»]*");
    private static final Pattern DASHES = Pattern.compile("^[—–―-]+ *");
    private static final String DROPPED = "script, style, iframe, frame, frameset, form, noscript, object, embed,"
            + " template, svg, math, button, input, select, textarea, video, audio, canvas, head, link, meta, title,"
            + " map, dialog";

    private static final String UNITS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figure, td";

    private BriefRoundTrip() {
    }

    /** The mismatches for one entry; empty when the story reads back as the entry means. */
    public static List<String> check(FeedEntry entry) {
        List<String> mismatches = new ArrayList<>();
        String text;
        try {
            text = BriefWriter.write(entry, SOURCE);
        } catch (RuntimeException e) {
            return List.of("the writer threw " + e);
        }
        String control = ControlCharacters.first(text);
        if (control != null) {
            mismatches.add("control character in the written text: " + control);
        }
        ParseResult result = StoryParser.parse(text.getBytes(StandardCharsets.UTF_8), "brief.txt", "brief");
        if (!result.problems().isEmpty()) {
            mismatches.add("parser warnings: " + result.problems());
        }
        Story story = result.story();
        if (story == null) {
            mismatches.add("skipped");
            return mismatches;
        }
        checkFrontMatter(entry, story.meta(), mismatches);
        Element body = body(entry, true);
        Element words = body(entry, false);
        String summary = entry.summaryHtml() == null ? "" : line(Jsoup.parseBodyFragment(entry.summaryHtml()).text());
        boolean bodyIsSummary = entry.contentHtml() == null && entry.contentText() == null;
        String bodyText = body == null ? line(entry.contentText()) : visible(body);
        String title = title(entry, summary, body);
        boolean fromBody = line(entry.title()).isEmpty() && summary.isEmpty() && !bodyText.isEmpty();
        if (!fromBody) {
            same("title", title, story.title(), mismatches);
        } else if (!key(bodyText).contains(key(story.title().replaceFirst("…$", "")))) {
            mismatches.add("title is not from the body's start: " + story.title());
        }
        String wordsText = words == null ? bodyText : visible(words);
        // the title said again as the body's first paragraph (or as the summary) is said once
        String titleKey = key(story.title());
        boolean repeatsTitle = !titleKey.isEmpty() && key(wordsText).startsWith(titleKey);
        // nothing but pictures (besides the title): their alt text is all there is, and may be the lede
        boolean onlyPictures = key(wordsText).isEmpty() || repeatsTitle && key(wordsText).equals(titleKey);
        boolean summaryLede = !summary.isEmpty() && !bodyIsSummary && !repeats(summary, wordsText, firstTexts(words))
                && !(titleKey.equals(key(summary)) && !titleKey.isEmpty());
        if (summaryLede) {
            same("lede", summary, story.lede(), mismatches);
        } else if (!story.lede().isEmpty() && !startsBody(story.lede(), wordsText, words)
                && !(repeatsTitle && key(wordsText).startsWith(titleKey + key(story.lede())))
                && !(onlyPictures && (startsBody(story.lede(), bodyText, body) || !titleKey.isEmpty()
                        && key(bodyText).replaceFirst(Pattern.quote(titleKey), "").startsWith(key(story.lede()))))) {
            mismatches.add("lede is not the body's first paragraph: " + story.lede());
        }
        if (body != null) {
            checkHeadings(body, story, mismatches);
            checkQuotes(body, story, mismatches);
        }
        String written = (summaryLede ? "" : story.lede()) + " " + readText(story);
        if (!bag(key(written)).equals(bag(key(bodyText)))
                && !(repeatsTitle && bag(titleKey + key(written)).equals(bag(key(bodyText))))) {
            mismatches.add("the body's letters differ: wrote \"" + cut(written) + "\" for \"" + cut(bodyText) + "\"");
        }
        return mismatches;
    }

    private static void checkFrontMatter(FeedEntry entry, Map<String, Object> meta, List<String> mismatches) {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("url", entry.link());
        expected.put("guid", entry.guid());
        expected.put("author", entry.author());
        expected.put("date", entry.date());
        expected.put("feed", SOURCE.feedName());
        expected.put("feed_url", SOURCE.feedUrl());
        expected.put("fetched", SOURCE.fetched().toString());
        expected.forEach((key, value) -> {
            String want = line(value);
            if (want.length() <= 2_000) {
                same("front matter " + key, want.isEmpty() ? null : want, (String) meta.get(key), mismatches);
            }
        });
        List<String> tags = entry.tags().stream().map(BriefRoundTrip::line).filter(t -> !t.isEmpty() && t.length() <= 2_000)
                .distinct().toList();
        Object readTags = meta.get("tags");
        if (!Objects.equals(tags.isEmpty() ? null : tags, readTags) && tags.size() <= 100) {
            mismatches.add("front matter tags: wrote " + tags + ", read " + readTags);
        }
        Object links = meta.get("links");
        if (links != null && !(links instanceof List<?>)) {
            mismatches.add("links is not a list: " + links);
        }
    }

    /** The entry's body as a reader sees it; without pictures alone in their block unless {@code pictures}. */
    private static Element body(FeedEntry entry, boolean pictures) {
        String html = entry.contentHtml() != null ? entry.contentHtml()
                : entry.contentText() != null ? null : entry.summaryHtml();
        if (html == null) {
            return null;
        }
        Element body = Jsoup.parseBodyFragment(html, entry.link() == null ? "" : entry.link()).body();
        body.select(DROPPED).remove();
        body.select("a[href]").stream()
                .filter(a -> a.attr("href").strip().toLowerCase(Locale.ROOT).startsWith("javascript:"))
                .forEach(Element::remove);
        for (Element img : body.select("img")) {
            Element block = img.closest("p, figure, li, td, div, blockquote, body");
            boolean alone = block == null || block.text().isBlank();
            img.replaceWith(new TextNode(pictures || !alone ? " " + img.attr("alt") + " " : " "));
        }
        return body;
    }

    private static String title(FeedEntry entry, String summary, Element body) {
        String title = entry.title() == null ? "" : line(Jsoup.parseBodyFragment(entry.title()).text());
        String fallback = !summary.isEmpty() ? summary : body != null ? firstText(body) : line(entry.contentText());
        if (title.isEmpty() && !fallback.isEmpty()) {
            title = fallback.codePointCount(0, fallback.length()) <= 80 ? fallback : null;
            if (title == null) {
                return "(start of) " + fallback;
            }
        }
        if (title.isEmpty()) {
            title = line(entry.link());
        }
        return title.isEmpty() ? "Untitled" : title;
    }

    private static void same(String what, String expected, String actual, List<String> mismatches) {
        if (expected != null && expected.startsWith("(start of) ") && actual != null) {
            String start = actual.endsWith("…") ? actual.substring(0, actual.length() - 1) : "";
            if (!start.isEmpty() && expected.substring(11).startsWith(start)) {
                return;
            }
        }
        if (!Objects.equals(soft(expected), soft(actual))) {
            mismatches.add(what + ": meant \"" + expected + "\", read \"" + actual + "\"");
        }
    }

    /** Headings the format can hold, followed by a paragraph, must open sections; no other section may open. */
    private static void checkHeadings(Element body, Story story, List<String> mismatches) {
        List<String> candidates = new ArrayList<>();
        List<String> required = new ArrayList<>();
        for (Element e : body.select("h2, h3, h4, p")) {
            String heading = headingOf(e);
            if (heading == null) {
                continue;
            }
            candidates.add(heading);
            String after = e.is("p") ? line(e.text()).substring(Math.min(line(e.text()).length(), boldText(e).length())) : "";
            after = after.startsWith(":") ? after.substring(1).strip() : after.strip();
            Element next = e.nextElementSibling();
            boolean leadIn = next != null && line(next.text()).endsWith(":") && next.nextElementSibling() != null
                    && next.nextElementSibling().is("blockquote, figure");
            String following = !after.isEmpty() ? after : next != null && next.is("p") && headingOf(next) == null
                    && next.select("strong, b").isEmpty() && !leadIn ? line(next.text()) : "";
            if (LABEL.matcher(heading).matches() && words(heading) <= 5 && !following.isEmpty()
                    && MARKS.indexOf(following.charAt(0)) < 0 && !e.parents().is("blockquote, li, figure")) {
                required.add(heading);
            }
        }
        List<String> read = story.sections().stream().map(Section::heading).filter(Objects::nonNull)
                .map(BriefRoundTrip::soft).toList();
        int at = 0;
        for (String heading : read) {
            while (at < candidates.size() && !soft(candidates.get(at)).equals(heading)) {
                at++;
            }
            if (at == candidates.size()) {
                mismatches.add("a section the entry did not mean: " + heading + " (headings " + candidates + ")");
                return;
            }
            at++;
        }
        for (String heading : required) {
            if (!read.contains(soft(heading))) {
                mismatches.add("heading not read as a section: " + heading + " (read " + read + ")");
            }
        }
    }

    private static String headingOf(Element e) {
        String text;
        if (e.is("h2, h3, h4")) {
            text = line(e.text());
        } else {
            Node first = e.childNodes().stream().filter(n -> !(n instanceof TextNode t && t.isBlank())).findFirst()
                    .orElse(null);
            if (!(first instanceof Element bold) || !bold.is("strong, b")) {
                return null;
            }
            String rest = line(e.text()).substring(Math.min(line(e.text()).length(), line(bold.text()).length()));
            text = line(bold.text());
            if (!text.endsWith(":") && !rest.startsWith(":")) {
                return null;
            }
        }
        while (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.isEmpty() ? null : text;
    }

    private static String boldText(Element p) {
        Element bold = p.selectFirst("strong, b");
        return bold == null ? "" : line(bold.text());
    }

    /** Block quotes attributed inside (cite, footer) or by a figure's caption must read back as those quotes. */
    private static void checkQuotes(Element body, Story story, List<String> mismatches) {
        List<Quote> read = story.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Quote).map(b -> (Quote) b).toList();
        List<String> texts = new ArrayList<>();
        for (Element blockquote : body.select("blockquote")) {
            if (blockquote.parents().is("blockquote, li")) {
                continue;
            }
            Element copy = blockquote.clone();
            Element source = copy.selectFirst("footer, cite");
            copy.select("footer, cite").remove();
            String text = unquoted(line(copy.text()));
            texts.add(soft(text));
            Element figure = blockquote.parent() != null && blockquote.parent().is("figure") ? blockquote.parent() : null;
            Element caption = figure == null ? null : figure.selectFirst("figcaption");
            String who = source != null ? line(source.text()) : caption != null ? line(caption.text()) : "";
            who = DASHES.matcher(who).replaceFirst("").replaceAll(":+$", "").strip();
            if (who.isEmpty() || who.contains(":") || text.isEmpty()) {
                continue;
            }
            int comma = who.indexOf(',');
            String speaker = comma < 0 ? who : who.substring(0, comma).strip();
            String role = comma < 0 ? null : who.substring(comma + 1).strip();
            role = role == null || role.isEmpty() ? null : role;
            if (words(speaker) < 1 || words(speaker) > 5 || words(who) > 12) {
                continue;
            }
            Quote meant = new Quote(soft(speaker), role == null ? null : soft(role), soft(text));
            boolean found = read.stream().anyMatch(q -> new Quote(soft(q.speaker()), q.role() == null ? null : soft(q.role()),
                    soft(q.text())).equals(meant));
            if (!found) {
                mismatches.add("quote not read back: " + meant + " (read " + read + ")");
            }
        }
        for (Quote quote : read) {
            if (!texts.contains(soft(quote.text()))) {
                mismatches.add("a quote the entry did not mean: " + quote);
            }
        }
    }

    private static String readText(Story story) {
        StringBuilder out = new StringBuilder();
        for (Section section : story.sections()) {
            out.append(' ').append(section.heading() == null ? "" : section.heading());
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph p) {
                    out.append(' ').append(p.text());
                } else if (block instanceof Quote q) {
                    out.append(' ').append(q.attribution()).append(' ').append(q.text());
                }
            }
        }
        return out.toString();
    }

    private static String visible(Element body) {
        StringBuilder out = new StringBuilder();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                out.append(' ').append(t.getWholeText());
            }
        });
        return line(out.toString());
    }

    /** True when the lede is the body's first block (a quote with its attribution, or a lead-in and its quote). */
    private static boolean startsBody(String lede, String bodyText, Element body) {
        if (key(bodyText).startsWith(key(lede))) {
            return true;
        }
        List<String> units = body == null ? List.of() : body.select(UNITS).stream().map(e -> key(e.text()))
                .filter(t -> !t.isEmpty()).limit(2).toList();
        String bag = bag(key(lede));
        return !units.isEmpty() && (bag.equals(bag(units.get(0)))
                || units.size() == 2 && bag.equals(bag(units.get(0) + units.get(1))));
    }

    /** The texts of the body's first two blocks (the first may be a quote's lead-in). */
    private static List<String> firstTexts(Element body) {
        if (body == null) {
            return List.of();
        }
        return body.select(UNITS).stream().map(e -> unquoted(ownText(e))).filter(t -> !t.isEmpty()).limit(2)
                .toList();
    }

    private static String firstText(Element body) {
        if (body == null) {
            return "";
        }
        for (Element e : body.select(UNITS)) {
            if (e.select(UNITS).size() > 1 && !e.is("blockquote")) {
                continue;
            }
            String text = unquoted(ownText(e));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return line(body.text());
    }

    private static boolean repeats(String summary, String bodyText, List<String> first) {
        String key = key(summary.replaceFirst("\\s*(\\[…]|\\[\\.\\.\\.]|…|\\.\\.\\.)[\\s\\S]*$", ""));
        return key.isEmpty() || first.stream().anyMatch(f -> key.equals(key(f))) || key(bodyText).startsWith(key);
    }

    /** An element's text; a quote's without its cite or footer. */
    private static String ownText(Element e) {
        Element copy = e.clone();
        if (copy.is("blockquote")) {
            copy.select("cite, footer").remove();
        }
        return line(copy.text());
    }

    static String line(String text) {
        return text == null ? "" : SPACES.matcher(TextCleaner.clean(text)).replaceAll(" ").strip();
    }

    /**
     * A text compared as the README allows the writer to rewrite it: the space after a colon may be a no-break space,
     * or a no-break space may follow a colon that had none ({@code Speaker:“x”} is written {@code Speaker: “x”}).
     */
    static String soft(String text) {
        return text == null ? null : text.replace(":\u00A0", ":").replace(": ", ":");
    }

    static String unquoted(String text) {
        String pairs = "“”\"\"«»„“‘’''";
        for (int i = 0; i < pairs.length() && text.length() >= 2; i += 2) {
            if (text.charAt(0) == pairs.charAt(i) && text.charAt(text.length() - 1) == pairs.charAt(i + 1)) {
                return text.substring(1, text.length() - 1).strip();
            }
        }
        return text;
    }

    static String key(String text) {
        return line(text).toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String bag(String key) {
        return key.codePoints().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static String cut(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
