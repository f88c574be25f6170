package dev.lede.feedfile;

import java.net.URI;
import java.net.URISyntaxException;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** Links as a feed means them: relative ones resolved against {@code xml:base} and the feed's own location. */
final class Links {

    private Links() {
    }

    /** The base an element's relative links are read against: its {@code xml:base}s over the location. */
    static URI base(Element element, URI location) {
        Element parent = element.getParentElement();
        URI outer = parent == null ? location : base(parent, location);
        String own = element.getAttributeValue("base", Namespace.XML_NAMESPACE);
        if (own == null || own.isBlank()) {
            return outer;
        }
        URI resolved = uri(resolve(outer, own));
        return resolved == null ? outer : resolved;
    }

    /** The reference resolved against the base; as given (trimmed) when either is not a URI; null stays null. */
    static String resolve(URI base, String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String ref = reference.strip();
        URI uri = uri(ref);
        if (uri == null || base == null || uri.isAbsolute() || base.isOpaque()) {
            return ref;
        }
        URI from = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
        try {
            return from.resolve(uri).toString();
        } catch (IllegalArgumentException notResolvable) {
            return ref;
        }
    }

    static URI uri(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new URI(text.strip().replace(" ", "%20"));
        } catch (URISyntaxException notAUri) {
            return null;
        }
    }
}
