package dev.lede.prefs;

import java.util.List;
import java.util.Locale;

/**
 * Which sections start collapsed when a story opens: none, all, or those whose heading is listed.
 *
 * @param headings the listed headings, only for {@link Mode#LISTED}
 */
public record Collapsed(Mode mode, List<String> headings) {

    public enum Mode { NONE, ALL, LISTED }

    public static final Collapsed NONE = new Collapsed(Mode.NONE, List.of());
    public static final Collapsed ALL = new Collapsed(Mode.ALL, List.of());

    public Collapsed {
        headings = List.copyOf(headings);
        if ((mode == Mode.LISTED) == headings.isEmpty()) {
            throw new IllegalArgumentException("headings are listed exactly when the mode is LISTED");
        }
    }

    /** The listed headings, or {@link #NONE} when there are none. */
    public static Collapsed listed(List<String> headings) {
        return headings.isEmpty() ? NONE : new Collapsed(Mode.LISTED, headings);
    }

    /**
     * Whether a section with this heading starts collapsed; case, spaces and a trailing colon do not matter. A
     * section without a heading (null) never does.
     */
    public boolean collapses(String heading) {
        if (heading == null) {
            return false;
        }
        return switch (mode) {
            case NONE -> false;
            case ALL -> true;
            case LISTED -> headings.stream().anyMatch(h -> comparable(h).equals(comparable(heading)));
        };
    }

    private static String comparable(String heading) {
        String h = heading.strip();
        if (h.endsWith(":")) {
            h = h.substring(0, h.length() - 1).strip();
        }
        return h.toLowerCase(Locale.ROOT);
    }
}
