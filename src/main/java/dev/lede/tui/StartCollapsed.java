package dev.lede.tui;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which sections are folded when a story opens: none, all, or those whose heading is listed (any case). */
public record StartCollapsed(boolean all, Set<String> headings) {

    public static final StartCollapsed NONE = new StartCollapsed(false, Set.of());
    public static final StartCollapsed ALL = new StartCollapsed(true, Set.of());

    public StartCollapsed {
        headings = headings.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static StartCollapsed headings(List<String> headings) {
        return new StartCollapsed(false, Set.copyOf(headings));
    }

    /** True when a section with this heading starts folded; a section without a heading never folds. */
    public boolean folds(String heading) {
        return heading != null && (all || headings.contains(heading.strip().toLowerCase(Locale.ROOT)));
    }
}
