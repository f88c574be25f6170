package dev.lede.feeds;

import dev.lede.text.TextCleaner;
import java.net.URI;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Feed names, which are folder names too: {@code A-Z a-z 0-9 . _ -} (the characters {@code --output-dir} keeps),
 * starting with a letter or a digit (never hidden, never {@code ..}, never an option to {@code rm *}), at most 64
 * characters, never a name Windows reserves, and unique ignoring case. A name not given is made from the feed's
 * title, else its host.
 */
final class FeedNames {

    static final int MAX = 64;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX - 1) + "}");
    private static final Pattern WINDOWS_RESERVED =
            Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private FeedNames() {
    }

    /** Null when {@code name} is a safe feed name, else why not. */
    static String problem(String name) {
        if (!SAFE.matcher(name).matches()) {
            return "use at most " + MAX + " letters, digits, '.', '_' and '-', starting with a letter or a digit";
        }
        if (WINDOWS_RESERVED.matcher(name).matches()) {
            return "a name Windows keeps for a device";
        }
        return null;
    }

    /** The name of {@code used} that equals {@code name} ignoring case, or null. */
    static String taken(String name, Collection<String> used) {
        for (String other : used) {
            if (other.equalsIgnoreCase(name)) {
                return other;
            }
        }
        return null;
    }

    /**
     * A new name for a feed: its title made safe ({@code "Ars Technica: All"} gives {@code ars-technica-all}), else its
     * host without {@code www.}, else {@code feed}; {@code -2}, {@code -3}… added when taken.
     */
    static String derive(String title, URI url, Collection<String> used) {
        String base = slug(title == null ? "" : TextCleaner.clean(title), MAX - 4);
        if (base.isEmpty() && url.getHost() != null) {
            base = slug(url.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""), MAX - 4);
        }
        if (base.isEmpty() || problem(base) != null) {
            base = "feed";
        }
        String name = base;
        for (int n = 2; taken(name, used) != null; n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /**
     * Text as lower-case ASCII letters, digits and single hyphens (accents dropped, dots kept between letters), at
     * most {@code max} characters, cut at a hyphen when it can be.
     */
    static String slug(String text, int max) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < plain.length() && out.length() < max; i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                gap = false;
                out.append(c);
            } else if (c == '.' && out.length() > 0 && i + 1 < plain.length()
                    && Character.isLetterOrDigit(plain.charAt(i + 1)) && !gap) {
                out.append('.');
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == '-' || out.charAt(end - 1) == '.')) {
            end--;
        }
        return out.substring(0, end);
    }
}
