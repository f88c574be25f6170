package dev.lede.feedfile;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.nodes.Entities;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * XML text into a JDOM document, safely: no DOCTYPE (a leading one is cut out, never read, so neither its entities
 * nor an external DTD are ever resolved), no external entities, at most {@value #MAX_DEPTH} elements deep and
 * {@value #MAX_ELEMENTS} elements in all. HTML entities such as {@code &nbsp;} are read as the characters they name.
 */
final class SafeXml {

    static final int MAX_DEPTH = 256;
    static final int MAX_ELEMENTS = 500_000;
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    private SafeXml() {
    }

    static Document read(String text) throws FeedException {
        String xml = withHtmlEntities(withoutDoctype(text.strip()));
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setXMLFilter(new Limits());
        try {
            return builder.build(new StringReader(xml));
        } catch (JDOMParseException e) {
            throw new FeedException("malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + FeedParser.oneLine(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        } catch (JDOMException | IOException e) {
            throw new FeedException("malformed XML: " + FeedParser.oneLine(e.getMessage()));
        }
    }

    /**
     * The text with HTML's named entities ({@code &nbsp;}, {@code &eacute;}), which feeds use without declaring, as
     * numeric references; XML's own five are left alone, unknown names too (the parse then says which).
     */
    static String withHtmlEntities(String xml) {
        StringBuilder out = null;
        int last = 0;
        for (int amp = xml.indexOf('&'); amp >= 0; amp = xml.indexOf('&', amp + 1)) {
            int end = amp + 1;
            while (end < xml.length() && end - amp <= 32 && Character.isLetterOrDigit(xml.charAt(end))) {
                end++;
            }
            if (end == amp + 1 || end >= xml.length() || xml.charAt(end) != ';') {
                continue;
            }
            String name = xml.substring(amp + 1, end);
            String value = XML_ENTITIES.contains(name) ? "" : Entities.getByName(name);
            if (!value.isEmpty()) {
                out = out == null ? new StringBuilder(xml.length()) : out;
                out.append(xml, last, amp);
                for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
                    out.append("&#").append(value.codePointAt(i)).append(';');
                }
                last = end + 1;
            }
        }
        return out == null ? xml : out.append(xml, last, xml.length()).toString();
    }

    /** The text with a DOCTYPE after the prolog cut out (with its internal subset). */
    static String withoutDoctype(String text) throws FeedException {
        int at = Prolog.end(text);
        if (!text.startsWith("<!DOCTYPE", at)) {
            return text;
        }
        int end = doctypeEnd(text, at + "<!DOCTYPE".length());
        if (end < 0) {
            throw new FeedException("malformed XML: a DOCTYPE that never ends");
        }
        return text.substring(0, at) + text.substring(end);
    }

    private static int doctypeEnd(String text, int from) {
        char quote = 0;
        boolean subset = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (subset && text.startsWith("<!--", i)) {
                int close = text.indexOf("-->", i + 4);
                if (close < 0) {
                    return -1;
                }
                i = close + 2;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                subset = true;
            } else if (c == ']') {
                subset = false;
            } else if (c == '>' && !subset) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Stops the parse of a document too deep or too large to be a feed. */
    private static final class Limits extends XMLFilterImpl {
        private int depth;
        private int elements;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (++depth > MAX_DEPTH) {
                throw new SAXException("elements nested more than " + MAX_DEPTH + " deep");
            }
            if (++elements > MAX_ELEMENTS) {
                throw new SAXException("more than " + MAX_ELEMENTS + " elements");
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            depth--;
            super.endElement(uri, localName, qName);
        }
    }
}
