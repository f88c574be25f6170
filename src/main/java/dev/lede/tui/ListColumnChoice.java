package dev.lede.tui;

/**
 * Which columns the reader's story list shows right of the titles, besides the id ({@code list.show_ids}): each means
 * one thing. The list leaves out a column that has nothing to say on screen (no story there has a date; every story
 * of the library comes from the same feed or folder).
 *
 * @param date     the story's own date
 * @param source   its feed, else its folder
 * @param sections its count of sections
 */
public record ListColumnChoice(boolean date, boolean source, boolean sections) {

    /** What the preferences' reader shows: the date and the source. */
    public static final ListColumnChoice DEFAULTS = new ListColumnChoice(true, true, false);

    /** Every column. */
    static final ListColumnChoice ALL = new ListColumnChoice(true, true, true);

    /** The source and the sections: the reader of fixed options (tests), as its list was before dates had a column. */
    static final ListColumnChoice FIXED = new ListColumnChoice(false, true, true);
}
