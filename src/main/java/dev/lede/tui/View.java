package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import java.util.List;
import java.util.Set;

/** One screen of the reader: the actions it handles, what it does with them, and how it draws itself. */
interface View {

    /** A line of the help overlay. */
    record HelpEntry(Action action, String description) {
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
}
