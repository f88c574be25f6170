package dev.lede.feedfile;

/** Where the prolog of an XML or HTML text ends: after the XML declaration, comments, processing instructions. */
final class Prolog {

    private Prolog() {
    }

    /** The index of the first thing after the prolog's declaration, comments, processing instructions and spaces. */
    static int end(String text) {
        int i = 0;
        while (true) {
            while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
                i++;
            }
            int close = text.startsWith("<?", i) ? text.indexOf("?>", i + 2)
                    : text.startsWith("<!--", i) ? text.indexOf("-->", i + 4) : -2;
            if (close < 0) {
                return i;
            }
            i = close + (text.charAt(close) == '?' ? 2 : 3);
        }
    }

    /** Whether the text is an HTML page: after the prolog, an HTML DOCTYPE or an {@code <html>} element. */
    static boolean isHtml(String text) {
        int at = end(text);
        return text.regionMatches(true, at, "<!DOCTYPE html", 0, 14) || text.regionMatches(true, at, "<html", 0, 5);
    }
}
