package dev.lede.tui;

import dev.lede.prefs.Element;
import java.util.List;

/**
 * One row of laid-out text: runs drawn one after another.
 *
 * @param section the index of the story section the row belongs to, or -1 above the first section
 * @param heading true for the rows of a section heading
 * @param anchor  identifies the title, metadata, lede, heading or block the row comes from, increasing down the story;
 *                used to keep the reader's place when the layout changes
 */
record StyledLine(List<Run> runs, int section, boolean heading, int anchor) {

    /**
     * Text in one theme element; a null element is the terminal's plain text.
     *
     * @param match which match of a search the text is part of, counted from 0 in reading order; -1 for none
     */
    record Run(String text, Element element, int match) {
        Run(String text, Element element) {
            this(text, element, -1);
        }
    }

    StyledLine {
        runs = List.copyOf(runs);
    }

    static StyledLine blank(int section, int anchor) {
        return new StyledLine(List.of(), section, false, anchor);
    }

    /** The text of the row without styles. */
    String text() {
        StringBuilder out = new StringBuilder();
        runs.forEach(run -> out.append(run.text()));
        return out.toString();
    }
}
