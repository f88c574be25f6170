package dev.lede.feedfile;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.WireFeedInput;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * An RSS (0.90–2.0) or Atom (0.3, 1.0) document into a {@link ParsedFeed}, through Rome. What Rome does not keep is
 * read from the document itself: the date as written (and parsed from that, so the two agree), the guid, and each
 * entry's {@code xml:base}. The items' date elements are taken out before Rome sees the document: Rome's date
 * parsing (a dozen {@code SimpleDateFormat}s a date) was nine tenths of its time, and lede parses them itself.
 */
final class XmlFeedReader {

    private static final Namespace RDF = Namespace.getNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    private static final Namespace MEDIA = Namespace.getNamespace("http://search.yahoo.com/mrss/");
    /** The elements a date is read from, by local name, in the order Rome prefers them. */
    private static final List<String> DATES = List.of("pubDate", "date", "published", "issued", "updated",
            "modified", "created");

    private XmlFeedReader() {
    }

    static ParsedFeed read(Document document, URI location) throws FeedException {
        Element root = document.getRootElement();
        if (root.getName().equals("html")) {
            throw new FeedException(FeedParser.HTML_PAGE);
        }
        if (root.getName().equals("rss") && root.getChild("channel", root.getNamespace()) == null) {
            throw new FeedException("not a feed: an <rss> without a <channel>");
        }
        List<Element> items = items(root);
        List<String> dates = items.stream().map(XmlFeedReader::rawDate).toList();
        items.forEach(item -> item.getChildren().removeIf(child -> DATES.contains(child.getName())));
        WireFeed wire;
        try {
            wire = new WireFeedInput().build(document);
        } catch (IllegalArgumentException unknownRoot) {
            throw new FeedException("not a feed: an XML document whose root is <" + root.getName() + ">");
        } catch (com.rometools.rome.io.FeedException e) {
            throw new FeedException("not a feed: " + FeedParser.oneLine(e.getMessage()));
        }
        SyndFeed feed = new SyndFeedImpl(wire);
        boolean atom = wire instanceof Feed;
        List<SyndEntry> synd = feed.getEntries();
        URI base = Links.base(root, location);
        List<FeedEntry> entries = new ArrayList<>(synd.size());
        for (int i = 0; i < synd.size(); i++) {
            boolean matched = items.size() == synd.size();
            Element item = matched ? items.get(i) : null;
            entries.add(entry(synd.get(i), item, matched ? dates.get(i) : null,
                    item == null ? base : Links.base(item, location), atom));
        }
        return new ParsedFeed(text(feed.getTitle()), text(Links.resolve(base, siteLink(feed, wire))), entries);
    }

    /** The feed's site: for Atom its alternate link (Rome gives the first link, often the feed itself). */
    private static String siteLink(SyndFeed feed, WireFeed wire) {
        if (wire instanceof Feed atom) {
            return atom.getAlternateLinks().stream().map(com.rometools.rome.feed.atom.Link::getHref)
                    .filter(href -> href != null && !href.isBlank()).findFirst().orElse(feed.getLink());
        }
        return feed.getLink();
    }

    private static FeedEntry entry(SyndEntry e, Element item, String date, URI base, boolean atom) {
        String guid = item == null ? e.getUri() : guid(item);
        String link = e.getLink();
        if ((link == null || link.isBlank()) && item != null) {
            link = permalink(item);
        }
        Instant published = FeedDates.parse(date);
        String summary = html(e.getDescription(), atom);
        String content = content(e.getContents(), atom);
        if ((summary == null || summary.isBlank()) && content == null && item != null) {
            summary = description(item);
        }
        return new FeedEntry(text(guid), text(Links.resolve(base, link)), text(e.getTitle()), text(author(e)),
                text(date), published, text(summary), text(content), null, tags(e), enclosures(e, base));
    }

    /**
     * What Rome leaves out of an item with neither summary nor content: an RSS 0.90 item's {@code description}
     * (heise's), else a Media RSS {@code media:description} (YouTube's), plain text unless its type says html.
     */
    private static String description(Element item) {
        Element own = item.getChild("description", item.getNamespace());
        if (own != null && !own.getTextTrim().isEmpty()) {
            return own.getText();
        }
        Element group = item.getChild("group", MEDIA);
        Element media = group != null && group.getChild("description", MEDIA) != null
                ? group.getChild("description", MEDIA) : item.getChild("description", MEDIA);
        if (media == null || media.getTextTrim().isEmpty()) {
            return null;
        }
        return "html".equalsIgnoreCase(media.getAttributeValue("type", "").strip()) ? media.getText()
                : paragraphs(media.getText());
    }

    /** Plain text as HTML: escaped, a paragraph for each run of lines between blank lines, a line break within. */
    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(escaped(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    /** The item elements, in the order Rome reads them. */
    private static List<Element> items(Element root) {
        List<Element> items = new ArrayList<>();
        String entryName = root.getName().equals("feed") ? "entry" : "item";
        for (Element child : root.getChildren()) {
            if (child.getName().equals(entryName)) {
                items.add(child);
            } else if (child.getName().equals("channel")) {
                child.getChildren().stream().filter(c -> c.getName().equals("item")).forEach(items::add);
            }
        }
        return items;
    }

    private static String guid(Element item) {
        for (Element child : item.getChildren()) {
            if (child.getName().equals("guid") || child.getName().equals("id")) {
                return child.getTextTrim();
            }
        }
        return item.getAttributeValue("about", RDF);
    }

    /** An RSS guid that is a permalink, for an item without a link. */
    private static String permalink(Element item) {
        Element guid = item.getChild("guid", item.getNamespace());
        if (guid == null || "false".equalsIgnoreCase(guid.getAttributeValue("isPermaLink", "").strip())) {
            return null;
        }
        String text = guid.getTextTrim().toLowerCase(Locale.ROOT);
        return text.startsWith("http://") || text.startsWith("https://") ? guid.getTextTrim() : null;
    }

    private static String rawDate(Element item) {
        for (String name : DATES) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                    return child.getTextTrim();
                }
            }
        }
        return null;
    }

    private static String author(SyndEntry e) {
        if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
            return e.getAuthor().strip();
        }
        for (SyndPerson person : e.getAuthors()) {
            String name = person.getName() != null && !person.getName().isBlank() ? person.getName() : person.getEmail();
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        return null;
    }

    private static String content(List<SyndContent> contents, boolean atom) {
        for (SyndContent content : contents) {
            String html = html(content, atom);
            if (html != null && !html.isBlank()) {
                return html;
            }
        }
        return null;
    }

    /** A content as HTML: Atom's plain-text kind escaped, every other kind as it is (RSS's is HTML in practice). */
    private static String html(SyndContent content, boolean atom) {
        if (content == null || content.getValue() == null) {
            return null;
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        boolean plain = atom && (type.isEmpty() || type.equals("text") || type.equals("text/plain"));
        return plain ? escaped(content.getValue()) : content.getValue();
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<String> tags(SyndEntry e) {
        Set<String> tags = new LinkedHashSet<>();
        for (SyndCategory category : e.getCategories()) {
            String name = text(category.getName());
            if (name != null && !name.isBlank()) {
                tags.add(name.strip());
            }
        }
        return List.copyOf(tags);
    }

    private static List<Enclosure> enclosures(SyndEntry e, URI base) {
        List<Enclosure> enclosures = new ArrayList<>();
        for (SyndEnclosure enclosure : e.getEnclosures()) {
            String url = text(Links.resolve(base, enclosure.getUrl()));
            if (url != null) {
                long length = enclosure.getLength();
                String type = enclosure.getType() == null || enclosure.getType().isBlank() ? null : enclosure.getType();
                enclosures.add(new Enclosure(url, text(type), length > 0 ? length : -1));
            }
        }
        return enclosures;
    }

    private static String text(String s) {
        return Windows1252.mapped(s);
    }
}
