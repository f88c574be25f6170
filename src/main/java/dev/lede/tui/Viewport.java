package dev.lede.tui;

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

    void moveSelection(int by) {
        select(selected + by);
    }

    /** Moves the selection and the top together, as a list's page keys do. */
    void page(int by) {
        selected += by;
        top += by;
        settle();
    }

    /** Scrolls so the row is at the top, or as near as the end allows. */
    void scrollTo(int row) {
        top = row;
        settle();
    }

    void scrollBy(int by) {
        scrollTo(top + by);
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
