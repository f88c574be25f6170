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

    /** Text in one theme element; a null element is the terminal's plain text; a match of the filter is reversed. */
    record Run(String text, Element element, boolean match) {
        Run(String text, Element element) {
            this(text, element, false);
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
