package dev.lede.prefs;

/**
 * Which columns the reader's story list shows right of the titles, besides the id ({@code list.show_ids}): each means
 * one thing. The list leaves out a column that has nothing to say on screen (no story there has a date; every story
 * of the library comes from the same feed or folder).
 *
 * @param date     the story's own date ({@code list.show_date})
 * @param source   its feed, else its folder ({@code list.show_source})
 * @param sections its count of sections ({@code list.show_sections})
 */
public record ListColumnChoice(boolean date, boolean source, boolean sections) {

    /** The built-in choice: the date and the source. */
    public static final ListColumnChoice DEFAULTS = new ListColumnChoice(true, true, false);

    /** Every column. */
    public static final ListColumnChoice ALL = new ListColumnChoice(true, true, true);

    ListColumnChoice withDate(boolean show) {
        return new ListColumnChoice(show, source, sections);
    }

    ListColumnChoice withSource(boolean show) {
        return new ListColumnChoice(date, show, sections);
    }

    ListColumnChoice withSections(boolean show) {
        return new ListColumnChoice(date, source, show);
    }
}
