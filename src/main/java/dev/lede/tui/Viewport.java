package dev.lede.tui;

import dev.lede.keys.Action;

/**
 * Which rows of a longer list or text are on screen: {@code rows} of them from {@link #top()}, out of
 * {@link #size()}. A viewport of a list also has a selection, which it keeps inside the list and on screen; a
 * viewport of text only scrolls. The top never goes past the last full screen, nor above the first row.
 */
final class Viewport {

    private final boolean selecting;
    private int size;
    private int rows;
    private int top;
    private int selected;
    /** The lines a half page moves, set by a count before it (as in less and vim); 0 for half the rows. */
    private int half;

    private Viewport(boolean selecting) {
        this.selecting = selecting;
    }

    /** A viewport with a selection, for a list of items. */
    static Viewport ofList() {
        return new Viewport(true);
    }

    /** A viewport that only scrolls, for lines of text. */
    static Viewport ofText() {
        return new Viewport(false);
    }

    /** Takes on how many items there are and how many rows show them, keeping the top and the selection inside. */
    void fit(int newSize, int newRows) {
        size = Math.max(0, newSize);
        if (rows != Math.max(0, newRows)) {
            half = 0; // a new window height: half of it again, as vim does
        }
        rows = Math.max(0, newRows);
        settle();
    }

    int size() {
        return size;
    }

    int rows() {
        return rows;
    }

    /** The first item on screen. */
    int top() {
        return top;
    }

    /** The selected item; 0 in an empty list, and always 0 in a viewport of text. */
    int selected() {
        return selected;
    }

    /** True when the item is on screen. */
    boolean shows(int index) {
        return index >= top && index < top + rows;
    }

    /** Selects an item, scrolling it into view. */
    void select(int index) {
        selected = index;
        settle();
    }

    void moveSelection(long by) {
        select(clamp(selected + by));
    }

    /** Moves the selection and the top together, as a list's page keys do; text only scrolls. */
    void page(long by) {
        if (selecting) {
            selected = clamp(selected + by);
            top = clamp(top + by);
            settle();
        } else {
            scrollBy(by);
        }
    }

    /** Scrolls so the row is at the top, or as near as the end allows. */
    void scrollTo(int row) {
        top = row;
        settle();
    }

    void scrollBy(long by) {
        scrollTo(clamp(top + by));
    }

    /**
     * Does what a motion asks: a line, a half page or a page down or up (a list moves its selection, text scrolls),
     * the first or the last row. A list's page is its rows; a text's keeps one line of the last page on screen.
     *
     * @param count the number typed before the key, 0 for none: so many lines or pages; with the top or the bottom,
     *              the row of that number (as {@code 10G} in less and vim); with a half page, the lines it moves from
     *              then on
     * @return false when the action is no motion, and nothing moved
     */
    boolean move(Action action, int count) {
        long times = Math.max(1, count);
        long page = Math.max(1, selecting ? rows : rows - 1);
        switch (action) {
            case DOWN -> by(times);
            case UP -> by(-times);
            case PAGE_DOWN -> page(times * page);
            case PAGE_UP -> page(-times * page);
            case HALF_PAGE_DOWN, HALF_PAGE_UP -> {
                if (count > 0) {
                    half = count;
                }
                long lines = half > 0 ? half : Math.max(1, rows / 2);
                page(action == Action.HALF_PAGE_DOWN ? lines : -lines);
            }
            case TOP -> to(count > 0 ? count - 1L : 0);
            case BOTTOM -> to(count > 0 ? count - 1L : Integer.MAX_VALUE);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void by(long lines) {
        if (selecting) {
            moveSelection(lines);
        } else {
            scrollBy(lines);
        }
    }

    private void to(long row) {
        if (selecting) {
            select(clamp(row));
        } else {
            scrollTo(clamp(row));
        }
    }

    private static int clamp(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /** Back to the first row, and the first item selected. */
    void reset() {
        top = 0;
        selected = 0;
    }

    private void settle() {
        top = Math.max(0, Math.min(top, size - rows));
        if (!selecting) {
            return;
        }
        selected = Math.max(0, Math.min(selected, size - 1));
        if (selected < top) {
            top = selected;
        } else if (rows > 0 && selected >= top + rows) {
            top = selected - rows + 1;
        }
    }
}
