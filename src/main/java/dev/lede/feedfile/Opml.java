package dev.lede.feedfile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * OPML subscription lists. Reading takes any OPML version (1.0, 1.1, 2.0, or none said) through the same safe XML
 * read as feeds, so an OPML file is never a way to a DOCTYPE, an entity or a huge document; every outline with an
 * {@code xmlUrl} is a subscription, and the outlines around it are its folders. Writing gives OPML 2.0 with folders
 * as nested outlines.
 */
public final class Opml {

    private Opml() {
    }

    /** The subscriptions of an OPML document, in document order. */
    public static List<OpmlOutline> read(byte[] body) throws FeedException {
        if (body == null || body.length == 0) {
            throw new FeedException("not an OPML file: the document is empty");
        }
        if (body.length > FeedParser.MAX_BYTES) {
            throw new FeedException("not an OPML file: larger than " + FeedParser.MAX_BYTES / (1024 * 1024) + " MiB");
        }
        Element root = SafeXml.read(FeedCharset.decode(body, null)).getRootElement();
        Element opmlBody = root.getName().equals("opml") ? root.getChild("body", root.getNamespace()) : null;
        if (opmlBody == null) {
            throw new FeedException("not an OPML file: no <opml> with a <body>");
        }
        List<OpmlOutline> outlines = new ArrayList<>();
        walk(opmlBody, new ArrayDeque<>(), outlines);
        return outlines;
    }

    private static void walk(Element parent, Deque<String> folders, List<OpmlOutline> out) {
        for (Element outline : parent.getChildren()) {
            if (!outline.getName().equals("outline")) {
                continue;
            }
            String name = name(outline);
            String xmlUrl = attribute(outline, "xmlUrl");
            if (xmlUrl != null) {
                out.add(new OpmlOutline(name, xmlUrl, attribute(outline, "htmlUrl"), List.copyOf(folders)));
            }
            if (name != null && xmlUrl == null) {
                folders.addLast(name);
                walk(outline, folders, out);
                folders.removeLast();
            } else {
                walk(outline, folders, out);
            }
        }
    }

    /** What an outline is called: its {@code text} (which OPML requires), else its {@code title}. */
    private static String name(Element outline) {
        String text = attribute(outline, "text");
        return text != null ? text : attribute(outline, "title");
    }

    /** An attribute, its name matched without case (exporters write {@code xmlurl}); null when blank. */
    private static String attribute(Element element, String name) {
        String value = element.getAttributeValue(name);
        if (value == null) {
            value = element.getAttributes().stream().filter(a -> a.getName().equalsIgnoreCase(name))
                    .map(org.jdom2.Attribute::getValue).findFirst().orElse(null);
        }
        value = Windows1252.mapped(value);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An OPML 2.0 document of the subscriptions, each under nested outlines for its folders, in the order given. */
    public static String write(String title, List<OpmlOutline> outlines) {
        Element head = new Element("head").addContent(new Element("title").setText(xml(title == null ? "" : title)));
        Element body = new Element("body");
        Map<List<String>, Element> folders = new LinkedHashMap<>();
        folders.put(List.of(), body);
        for (OpmlOutline outline : outlines) {
            Element feed = new Element("outline").setAttribute("type", "rss");
            String name = outline.title() != null ? outline.title() : outline.xmlUrl();
            feed.setAttribute("text", xml(name == null ? "" : name));
            if (outline.title() != null) {
                feed.setAttribute("title", xml(outline.title()));
            }
            feed.setAttribute("xmlUrl", xml(outline.xmlUrl() == null ? "" : outline.xmlUrl()));
            if (outline.htmlUrl() != null) {
                feed.setAttribute("htmlUrl", xml(outline.htmlUrl()));
            }
            folder(folders, outline.folders()).addContent(feed);
        }
        Element opml = new Element("opml").setAttribute("version", "2.0").addContent(head).addContent(body);
        Format format = Format.getPrettyFormat().setEncoding("UTF-8").setLineSeparator("\n");
        return new XMLOutputter(format).outputString(new Document(opml));
    }

    /** The outline for a folder path, made (with its parents) the first time it is named. */
    private static Element folder(Map<List<String>, Element> folders, List<String> path) {
        Element existing = folders.get(path);
        if (existing != null) {
            return existing;
        }
        Element parent = folder(folders, path.subList(0, path.size() - 1));
        String name = xml(path.get(path.size() - 1));
        Element folder = new Element("outline").setAttribute("text", name).setAttribute("title", name);
        parent.addContent(folder);
        folders.put(List.copyOf(path), folder);
        return folder;
    }

    /** The text without the characters XML 1.0 cannot hold at all (C0 controls but tab and newlines, U+FFFE/F). */
    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }
}
