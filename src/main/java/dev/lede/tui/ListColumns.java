package dev.lede.tui;

import dev.lede.library.StoryRef;
import java.util.List;

/**
 * The widths of the list's id and detail columns for the rows on screen: both when the title keeps at least half the
 * row, else only the detail, else neither. The detail is the story's date, or its count of sections.
 */
record ListColumns(int id, int detail) {

    private static final int MIN_TITLE = 12;

    /** The cells both columns take, with the two between them. */
    int width() {
        return detail == 0 ? 0 : id == 0 ? detail : id + 2 + detail;
    }

    /** @param room the cells of a row, without its margins */
    static ListColumns fit(List<StoryRef> shown, int room, boolean showIds) {
        int id = 0;
        int detail = 0;
        for (StoryRef story : shown) {
            id = Math.max(id, Glyphs.width(Glyphs.forTerminal(story.id())));
            detail = Math.max(detail, Glyphs.width(detail(story)));
        }
        int wanted = Math.max(MIN_TITLE, room / 2);
        for (ListColumns choice : List.of(new ListColumns(showIds ? id : 0, detail), new ListColumns(0, detail))) {
            if (room - choice.width() - 2 >= wanted) {
                return choice;
            }
        }
        return new ListColumns(0, 0);
    }

    static String detail(StoryRef story) {
        return story.date() != null ? Glyphs.forTerminal(story.date())
                : story.sections() + (story.sections() == 1 ? " section" : " sections");
    }
}
