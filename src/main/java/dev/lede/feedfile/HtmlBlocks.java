package dev.lede.feedfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An entry's HTML body as {@link BriefBlock}s, with jsoup: headings, bold labels, block quotes with their
 * attribution, one paragraph per list item, images as their alt text; scripts, styles, frames, forms, comments and
 * {@code javascript:} links dropped. Also the distinct http(s) links of the body.
 */
final class HtmlBlocks {

    /**
     * The blocks and links of one body.
     *
     * @param words the body's text in the order written, without pictures alone in their block: what a summary that
     *              copies the body's start repeats
     */
    record Body(List<BriefBlock> blocks, List<String> links, String words) {
    }

    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "frame", "frameset", "form",
            "noscript", "object", "embed", "template", "svg", "math", "button", "input", "select", "textarea",
            "video", "audio", "canvas", "head", "link", "meta", "title", "map", "dialog");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
            "aside", "nav", "figure", "figcaption", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
            "tbody", "tfoot", "tr", "caption", "pre", "hr", "address", "details", "summary", "center", "body",
            "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3", "h4");
    private static final Pattern DASH = Pattern.compile("^[—–―-]+\\s*");
    private static final Pattern TEXT_LINK = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'“”]+");
    private static final int MAX_LEAD_IN_WORDS = 12;
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u00AD]");

    private HtmlBlocks() {
    }

    static Body ofHtml(String html, String base) {
        Document document = Jsoup.parseBodyFragment(html, base == null ? "" : base);
        Element body = document.body();
        for (String tag : DROPPED) {
            body.getElementsByTag(tag).remove();
        }
        body.select("a[href]").stream()
                .filter(a -> a.attr("href").strip().toLowerCase(Locale.ROOT).startsWith("javascript:"))
                .forEach(Element::remove);
        Set<String> links = new LinkedHashSet<>();
        for (Element a : body.select("a[href]")) {
            String url = StoryLines.oneLine(a.absUrl("href"));
            String lower = url.toLowerCase(Locale.ROOT);
            if ((lower.startsWith("http://") || lower.startsWith("https://")) && url.indexOf(' ') < 0) {
                links.add(url);
            }
        }
        List<BriefBlock> blocks = new ArrayList<>();
        new Walk(blocks).container(body);
        return new Body(attributed(blocks), List.copyOf(links), words(body.clone()));
    }

    /** The text of some HTML without its pictures that stand alone in their block (a summary's cover image). */
    static String words(String html) {
        return words(Jsoup.parseBodyFragment(html).body());
    }

    private static String words(Element body) {
        body.select("img").stream().filter(HtmlBlocks::alone).forEach(Element::remove);
        return text(body);
    }

    /** True when no words stand beside the image in the run of inline content it belongs to (as the walk reads it). */
    private static boolean alone(Element img) {
        Node at = img;
        while (at.parentNode() instanceof Element parent && !BLOCKS.contains(parent.normalName())) {
            at = parent;
        }
        for (Node n = at.previousSibling(); n != null && !isBlock(n); n = n.previousSibling()) {
            if (hasWords(n)) {
                return false;
            }
        }
        for (Node n = at.nextSibling(); n != null && !isBlock(n); n = n.nextSibling()) {
            if (hasWords(n)) {
                return false;
            }
        }
        return !hasWords(at);
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element e && BLOCKS.contains(e.normalName());
    }

    /** True when the node holds text of its own, not counting images' alt text. */
    private static boolean hasWords(Node node) {
        String text = node instanceof TextNode t ? t.getWholeText() : node instanceof Element e ? e.text() : "";
        return !StoryLines.oneLine(INVISIBLE.matcher(text).replaceAll("")).isEmpty();
    }

    /** Plain text: paragraphs separated by blank lines, and its http(s) links. */
    static Body ofText(String text) {
        List<BriefBlock> blocks = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String line = StoryLines.oneLine(paragraph);
            if (!line.isEmpty()) {
                blocks.add(new BriefBlock.Para(line));
            }
        }
        Set<String> links = new LinkedHashSet<>();
        Matcher m = TEXT_LINK.matcher(StoryLines.oneLine(text));
        while (m.find()) {
            links.add(m.group());
        }
        return new Body(blocks, List.copyOf(links), StoryLines.oneLine(text));
    }

    /** One line of text of an element: images as their alt text, line breaks as spaces. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return StoryLines.oneLine(out.toString());
    }

    private static void appendText(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(visible(text));
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("img")) {
                out.append(' ').append(INVISIBLE.matcher(element.attr("alt")).replaceAll("")).append(' ');
            } else if (tag.equals("br")) {
                out.append(' ');
            } else {
                boolean block = BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th");
                if (block) {
                    out.append(' ');
                }
                for (Node child : element.childNodes()) {
                    appendText(child, out);
                }
                if (block) {
                    out.append(' ');
                }
            }
        }
    }

    /**
     * Gives a quote with no attribution the one its neighbours give: a short lead-in paragraph before it that ends
     * in a colon, or a paragraph after it that starts with a dash ({@code — Name, role}).
     */
    private static List<BriefBlock> attributed(List<BriefBlock> blocks) {
        List<BriefBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            BriefBlock block = blocks.get(i);
            if (block instanceof BriefBlock.Quoted quote && quote.attribution().isEmpty()) {
                BriefBlock before = out.isEmpty() ? null : out.get(out.size() - 1);
                BriefBlock after = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                String leadIn = before instanceof BriefBlock.Para p ? leadIn(p.text()) : null;
                leadIn = leadIn != null && StoryLines.canQuote(leadIn) ? leadIn : null;
                String signed = after instanceof BriefBlock.Para p ? signature(p.text()) : null;
                if (leadIn != null) {
                    out.set(out.size() - 1, quote.withAttribution(leadIn));
                    continue;
                }
                if (signed != null) {
                    out.add(quote.withAttribution(signed));
                    i++;
                    continue;
                }
            }
            out.add(block);
        }
        return out;
    }

    private static String leadIn(String text) {
        if (!text.endsWith(":") || text.split(" ").length > MAX_LEAD_IN_WORDS) {
            return null;
        }
        return text.substring(0, text.length() - 1).strip();
    }

    private static String signature(String text) {
        Matcher m = DASH.matcher(text);
        if (!m.find() || m.end() == text.length() || text.split(" ").length > MAX_LEAD_IN_WORDS + 1) {
            return null;
        }
        return attribution(text);
    }

    /** An attribution as written, without its leading dash and a trailing colon. */
    static String attribution(String text) {
        String who = DASH.matcher(StoryLines.oneLine(text)).replaceFirst("");
        while (who.endsWith(":")) {
            who = who.substring(0, who.length() - 1).strip();
        }
        return who;
    }

    /** The walk over the body's elements, adding blocks in order; inline text gathers until a block ends it. */
    private static final class Walk {
        private final List<BriefBlock> blocks;
        private final StringBuilder inline = new StringBuilder();
        private boolean inlineWords;
        private int breaks;

        Walk(List<BriefBlock> blocks) {
            this.blocks = blocks;
        }

        void container(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    if (!text.isBlank()) {
                        breaks = 0;
                    }
                    inline.append(visible(text));
                    inlineWords |= !StoryLines.oneLine(visible(text)).isEmpty();
                } else if (child instanceof Element e) {
                    element(e);
                }
            }
            flush();
        }

        private void element(Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                if (++breaks >= 2) {
                    flush();
                } else {
                    inline.append(' ');
                }
                return;
            }
            if (!BLOCKS.contains(tag)) {
                breaks = 0;
                appendText(e, inline);
                inlineWords |= hasWords(e);
                return;
            }
            flush();
            switch (tag) {
                case "h2", "h3", "h4" -> add(heading(e));
                case "p" -> add(paragraph(e));
                case "blockquote" -> add(quote(e, null));
                case "ul", "ol", "dl" -> list(e);
                case "figure" -> figure(e);
                case "pre", "h1", "h5", "h6", "dt", "dd", "caption", "figcaption", "tr", "address", "summary" ->
                        add(new BriefBlock.Para(text(e)));
                case "hr" -> {
                }
                default -> container(e);
            }
        }

        private BriefBlock heading(Element e) {
            String text = text(e);
            while (text.endsWith(":")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            return new BriefBlock.Heading(text);
        }

        /** A paragraph, or a labelled one when it opens with bold text that ends in a colon (or is followed by one). */
        private BriefBlock paragraph(Element p) {
            String whole = text(p);
            if (!hasWords(p)) {
                return new BriefBlock.Picture(whole);
            }
            Node first = p.childNodes().stream()
                    .filter(n -> !(n instanceof TextNode t && t.isBlank()))
                    .findFirst().orElse(null);
            if (first instanceof Element bold && (bold.normalName().equals("strong") || bold.normalName().equals("b"))) {
                String label = text(bold);
                String after = whole.startsWith(label) ? whole.substring(label.length()).strip() : null;
                if (after != null && !label.endsWith(":") && after.startsWith(":")) {
                    label = label + ":";
                    after = after.substring(1).strip();
                }
                if (after != null && label.endsWith(":") && label.length() > 1) {
                    return new BriefBlock.Labelled(label.substring(0, label.length() - 1).strip(), after, whole);
                }
            }
            return new BriefBlock.Para(whole);
        }

        /** A block quote; its attribution from a {@code <cite>} or {@code <footer>} inside, or from {@code caption}. */
        private BriefBlock quote(Element blockquote, String caption) {
            Element copy = blockquote.clone();
            String who = caption == null ? "" : attribution(caption);
            for (Element source : copy.select("footer, cite")) {
                if (who.isEmpty()) {
                    who = attribution(text(source));
                }
                source.remove();
            }
            return new BriefBlock.Quoted(who, unquoted(text(copy)));
        }

        /** One paragraph per item, nested lists after their item; what else a list holds is read as usual. */
        private void list(Element list) {
            for (Element item : list.children()) {
                if (!item.is("li, dt, dd")) {
                    element(item);
                    continue;
                }
                StringBuilder own = new StringBuilder();
                for (Node child : item.childNodes()) {
                    if (!(child instanceof Element e && e.is("ul, ol, dl"))) {
                        appendText(child, own);
                    }
                }
                add(new BriefBlock.Para(StoryLines.oneLine(own.toString())));
                for (Element nested : item.children()) {
                    if (nested.is("ul, ol, dl")) {
                        list(nested);
                    }
                }
            }
        }

        private void figure(Element figure) {
            Element caption = figure.selectFirst("figcaption");
            Element blockquote = figure.selectFirst("blockquote");
            if (blockquote != null) {
                add(quote(blockquote, caption == null ? null : text(caption)));
                return;
            }
            Element rest = figure.clone();
            rest.select("figcaption").remove();
            String alt = text(rest);
            String said = caption == null ? "" : text(caption);
            add(hasWords(rest) ? new BriefBlock.Para(alt) : new BriefBlock.Picture(alt));
            add(new BriefBlock.Para(said));
        }

        private void add(BriefBlock block) {
            if (!block.text().isEmpty()) {
                blocks.add(block);
            }
        }

        private void flush() {
            breaks = 0;
            String text = StoryLines.oneLine(inline.toString());
            inline.setLength(0);
            if (!text.isEmpty()) {
                blocks.add(inlineWords ? new BriefBlock.Para(text) : new BriefBlock.Picture(text));
            }
            inlineWords = false;
        }
    }

    /** A text node's text without zero-width spaces and soft hyphens, which jsoup's own text leaves out too. */
    private static String visible(TextNode text) {
        return INVISIBLE.matcher(text.getWholeText()).replaceAll("");
    }

    /** The text without one pair of quotation marks around all of it. */
    static String unquoted(String text) {
        if (text.length() >= 2) {
            String pairs = "“”\"\"«»„“‘’''";
            for (int i = 0; i < pairs.length(); i += 2) {
                if (text.charAt(0) == pairs.charAt(i) && text.charAt(text.length() - 1) == pairs.charAt(i + 1)) {
                    return text.substring(1, text.length() - 1).strip();
                }
            }
        }
        return text;
    }
}
