package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import dev.lede.keys.Action;
import java.util.List;
import java.util.Set;

/** One screen of the reader: the actions it handles, what it does with them, and how it draws itself. */
interface View {

    /** A line of the help overlay. */
    record HelpEntry(Action action, String description) {

        /** The scrolling keys a text screen shares, followed by its own entries. */
        static List<HelpEntry> scrolling(HelpEntry... own) {
            List<HelpEntry> entries = new java.util.ArrayList<>(List.of(
                    new HelpEntry(Action.DOWN, "scroll down a line"),
                    new HelpEntry(Action.UP, "scroll up a line"),
                    new HelpEntry(Action.PAGE_DOWN, "scroll down a page"),
                    new HelpEntry(Action.PAGE_UP, "scroll up a page"),
                    new HelpEntry(Action.TOP, "go to the top"),
                    new HelpEntry(Action.BOTTOM, "go to the bottom")));
            entries.addAll(List.of(own));
            return List.copyOf(entries);
        }
    }

    /** What handling an action asks the app to do next. */
    record Result(Kind kind, View next) {
        enum Kind { HANDLED, OPEN, BACK, QUIT }

        static final Result HANDLED = new Result(Kind.HANDLED, null);
        static final Result BACK = new Result(Kind.BACK, null);
        static final Result QUIT = new Result(Kind.QUIT, null);

        static Result open(View view) {
            return new Result(Kind.OPEN, view);
        }
    }

    Set<Action> actions();

    /** The actions in the order help lists them, each with what it does here. */
    List<HelpEntry> help();

    /** The name help gives the screen. */
    String name();

    /** Only called with one of {@link #actions()} other than {@link Action#HELP}. */
    Result handle(Action action, TerminalSize size);

    void draw(Canvas canvas);

    /** Takes on changed preferences; a screen that shows none of them ignores this. */
    default void options(ReaderOptions options) {
    }

    /** True while the screen takes keys as text (a prompt): they then go to {@link #type} instead of the key map. */
    default boolean typing() {
        return false;
    }

    /** One key typed into the prompt; only called while {@link #typing()}. */
    default void type(KeyStroke key) {
    }

    /**
     * Takes in what background work has published since the last call; the app's loop calls it on its own thread.
     *
     * @return true when the screen must be drawn again
     */
    default boolean poll() {
        return false;
    }
}
