package dev.lede.tui;

/**
 * A line being typed: a character goes in at the end, Backspace takes out the last one (a whole emoji or other
 * surrogate pair at once), Ctrl-W the last word and Ctrl-U everything (the cursor is always at the end), as in a
 * shell. It holds at most a given number of characters, so each key of a long paste costs a bounded
 * amount.
 */
final class LineEditor {

    /** What a key did to the line. */
    enum Edit { CHANGED, UNCHANGED, FULL }

    private final int max;
    private final StringBuilder text;

    LineEditor(String text, int max) {
        this.max = max;
        this.text = new StringBuilder(text);
    }

    String text() {
        return text.toString();
    }

    Edit insert(char c) {
        if (text.length() >= max) {
            return Edit.FULL;
        }
        text.append(c);
        return Edit.CHANGED;
    }

    /** Ctrl-U: everything before the cursor, which is the whole line. */
    Edit clear() {
        if (text.isEmpty()) {
            return Edit.UNCHANGED;
        }
        text.setLength(0);
        return Edit.CHANGED;
    }

    /** Ctrl-W: the spaces before the cursor, then the word before them, as a shell's unix-word-rubout. */
    Edit deleteWord() {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && !Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == text.length()) {
            return Edit.UNCHANGED;
        }
        text.setLength(end);
        return Edit.CHANGED;
    }

    Edit backspace() {
        if (text.isEmpty()) {
            return Edit.UNCHANGED;
        }
        text.setLength(text.offsetByCodePoints(text.length(), -1));
        return Edit.CHANGED;
    }
}
