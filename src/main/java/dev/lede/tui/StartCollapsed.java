package dev.lede.tui;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which sections are folded when a story opens: none, all, or those whose heading is listed (case, surrounding
 * spaces and a trailing colon do not matter).
 */
public record StartCollapsed(boolean all, Set<String> headings) {

    public static final StartCollapsed NONE = new StartCollapsed(false, Set.of());
    public static final StartCollapsed ALL = new StartCollapsed(true, Set.of());

    public StartCollapsed {
        headings = headings.stream().map(StartCollapsed::comparable).collect(Collectors.toUnmodifiableSet());
    }

    public static StartCollapsed headings(List<String> headings) {
        return new StartCollapsed(false, Set.copyOf(headings));
    }

    /** True when a section with this heading starts folded; a section without a heading never folds. */
    public boolean folds(String heading) {
        return heading != null && (all || headings.contains(comparable(heading)));
    }

    private static String comparable(String heading) {
        String h = heading.strip();
        if (h.endsWith(":")) {
            h = h.substring(0, h.length() - 1).strip();
        }
        return h.toLowerCase(Locale.ROOT);
    }
}
