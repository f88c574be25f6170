package dev.lede.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The rules every hop of a fetch obeys: http or https with a host, never from https down to http, and a Location
 * header read as browsers read it (relative, or with raw spaces and UTF-8 that a strict parser refuses).
 */
final class Redirect {

    private static final String UNSAFE = " \"<>\\^`{|}";

    private Redirect() {
    }

    /** Where a feed's own address leads: checked, with an empty path as {@code /}. */
    static URI start(URI uri) throws FetchFault {
        if (uri == null || !isWeb(uri) || uri.getHost() == null) {
            throw new FetchFault("not an http or https address with a host name");
        }
        return withPath(uri);
    }

    /** Where a Location header leads from {@code from}, or why lede does not go there. */
    static URI target(URI from, String location) throws FetchFault {
        URI to;
        try {
            to = withPath(from.resolve(new URI(escape(location.strip()))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchFault("a redirect to an address that is not valid");
        }
        if (!isWeb(to)) {
            throw new FetchFault("a redirect to an address that is not http or https");
        }
        if (to.getHost() == null) {
            throw new FetchFault("a redirect to an address without a host name");
        }
        if (scheme(from).equals("https") && scheme(to).equals("http")) {
            throw new FetchFault("a redirect from https to http, which lede does not follow");
        }
        return to;
    }

    /** True when both are the same scheme, host and port, so credentials may go along. */
    static boolean sameOrigin(URI a, URI b) {
        return scheme(a).equals(scheme(b)) && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    /** The address as sent: lower-case scheme, no user information, no fragment. */
    static URI bare(URI uri) {
        String authority = uri.getRawAuthority();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return URI.create(scheme(uri) + "://" + authority.substring(authority.lastIndexOf('@') + 1)
                + uri.getRawPath() + query);
    }

    /** {@code to} with the user information of {@code from}, when it has none of its own. */
    static URI withUserInfo(URI to, URI from) {
        if (from.getRawUserInfo() == null || to.getRawUserInfo() != null) {
            return to;
        }
        return URI.create(to.toString().replaceFirst("://", "://" + from.getRawUserInfo() + "@"));
    }

    private static boolean isWeb(URI uri) {
        return uri.getScheme() != null && (scheme(uri).equals("http") || scheme(uri).equals("https"));
    }

    private static String scheme(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : scheme(uri).equals("https") ? 443 : 80;
    }

    private static URI withPath(URI uri) {
        return uri.getRawPath() == null || !uri.getRawPath().isEmpty() ? uri
                : URI.create(uri.toString().replaceFirst("^([^/]*//[^/?#]*)", "$1/"));
    }

    /**
     * Percent-encodes what a strict URI parser refuses. Header values arrive as ISO-8859-1, one char per byte, so
     * a char up to U+00FF is the byte the server sent (usually a piece of UTF-8).
     */
    private static String escape(String location) {
        StringBuilder out = new StringBuilder(location.length());
        for (char c : location.toCharArray()) {
            if (c < 0x20 || c == 0x7F || UNSAFE.indexOf(c) >= 0 || c > 0x7F) {
                byte[] bytes = c <= 0xFF ? new byte[] {(byte) c} : String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
