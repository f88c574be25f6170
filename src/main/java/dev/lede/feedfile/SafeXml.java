package dev.lede.feedfile;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
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

    private SafeXml() {
    }

    static Document read(String text) throws FeedException {
        String xml = withoutDoctype(text.strip());
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setXMLFilter(new Limits());
        try {
            return builder.build(new XmlFixerReader(new StringReader(xml)));
        } catch (JDOMParseException e) {
            throw new FeedException("malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + FeedParser.oneLine(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        } catch (JDOMException | IOException e) {
            throw new FeedException("malformed XML: " + FeedParser.oneLine(e.getMessage()));
        }
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
