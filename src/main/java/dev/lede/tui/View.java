package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import dev.lede.keys.Action;
import dev.lede.keys.Screen;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One screen of the reader: the actions it handles, what it does with them, and how it draws itself. */
interface View {

    /** A line of the help overlay: one action, or a pair ({@code ] / [}) with {@code second} not null. */
    record HelpEntry(Action action, Action second, String description) {

        HelpEntry(Action action, String description) {
            this(action, null, description);
        }

        /** The scrolling keys a text screen shares, followed by its own entries. */
        static List<HelpEntry> scrolling(HelpEntry... own) {
            List<HelpEntry> entries = new java.util.ArrayList<>(List.of(
                    new HelpEntry(Action.DOWN, "scroll down a line"),
                    new HelpEntry(Action.UP, "scroll up a line"),
                    new HelpEntry(Action.PAGE_DOWN, "scroll down a page"),
                    new HelpEntry(Action.PAGE_UP, "scroll up a page"),
                    new HelpEntry(Action.HALF_PAGE_DOWN, Action.HALF_PAGE_UP, "scroll half a page down / up"),
                    new HelpEntry(Action.TOP, "go to the top"),
                    new HelpEntry(Action.BOTTOM, "go to the bottom")));
            entries.addAll(List.of(own));
            return List.copyOf(entries);
        }
    }

    /** What handling an action or a typed key asks the app to do next. */
    record Result(Kind kind, View next, String status) {
        enum Kind {
            HANDLED,
            /** Shows {@link #next()} over this screen. */
            OPEN,
            BACK,
            QUIT,
            /** Shows this screen's help. */
            HELP,
            /** The preferences changed (and were saved): the reader takes them on, {@link #status()} in the footer. */
            CHANGED,
            /** Opens the link {@link #status()} in the browser. */
            BROWSE
        }

        static final Result HANDLED = new Result(Kind.HANDLED, null, null);
        static final Result BACK = new Result(Kind.BACK, null, null);
        static final Result QUIT = new Result(Kind.QUIT, null, null);
        static final Result HELP = new Result(Kind.HELP, null, null);

        static Result open(View view) {
            return new Result(Kind.OPEN, view, null);
        }

        /** @param status a line for the footer, or null */
        static Result changed(String status) {
            return new Result(Kind.CHANGED, null, status);
        }

        static Result browse(String link) {
            return new Result(Kind.BROWSE, null, link);
        }
    }

    /** The actions the app handles on every screen, when there are preferences to save. */
    Set<Action> APP_ACTIONS = Collections.unmodifiableSet(EnumSet.of(Action.THEME, Action.PREFERENCES));

    /** The actions this screen handles: see {@link #served}. */
    Set<Action> actions();

    /** The actions {@link Action} says serve these screens, less the app's own ({@link #APP_ACTIONS}). */
    static Set<Action> served(Screen... screens) {
        EnumSet<Action> actions = EnumSet.noneOf(Action.class);
        for (Screen screen : screens) {
            actions.addAll(Action.on(screen));
        }
        actions.removeAll(APP_ACTIONS);
        return Collections.unmodifiableSet(actions);
    }

    /** The actions in the order help lists them, each with what it does here. */
    List<HelpEntry> help();

    /** The name help gives the screen. */
    String name();

    /** The help box: this screen's keys, then {@code appKeys}, the keys the app handles on every screen. */
    default HelpOverlay helpOverlay(KeyMap keys, List<HelpOverlay.Row> appKeys) {
        return HelpOverlay.of(this, keys, appKeys);
    }

    /**
     * Takes on the window's size: the app calls it before the screen is first drawn and after every resize, so that
     * {@link #draw} only reads.
     */
    void resize(TerminalSize size);

    /** Only called with one of {@link #actions()} other than {@link Action#HELP} and {@link Action#STORY_HELP}. */
    Result handle(Action action);

    /**
     * {@link #handle(Action)} with the number typed before the key ({@code 5j}, {@code 10G}), 0 for none; a screen
     * that moves by counts overrides it, the others ignore the count.
     */
    default Result handle(Action action, int count) {
        return handle(action);
    }

    /** True when digits typed here are a count for the next key ({@link #handle(Action, int)}). */
    default boolean counts() {
        return actions().contains(Action.DOWN);
    }

    /** Draws the screen as it is; changes nothing. */
    void draw(Canvas canvas);

    /** Takes on changed preferences; a screen that shows none of them ignores this. */
    default void options(ReaderOptions options) {
    }

    /** True while the screen takes keys as text (a prompt): they then go to {@link #type} instead of the key map. */
    default boolean typing() {
        return false;
    }

    /** One key typed; only called while {@link #typing()}. */
    default Result type(KeyStroke key) {
        return Result.HANDLED;
    }

    /** A key that triggers none of the screen's actions (a digit on the links screen). */
    default Result unbound(KeyStroke key) {
        return Result.HANDLED;
    }

    /** True when the screen shows something of the library, so that a new library or a new order closes it. */
    default boolean ofTheLibrary() {
        return true;
    }

    /**
     * Takes in what background work has published since the last call; the app's loop calls it on its own thread.
     *
     * @return true when the screen must be drawn again
     */
    default boolean poll() {
        return false;
    }

    /**
     * A key typed into a line: a character (without Ctrl or Alt) goes in, Backspace takes one out, Ctrl-W a word and
     * Ctrl-U the whole line; other keys ({@link #edits} says which) change nothing.
     */
    static LineEditor.Edit typeInto(LineEditor line, KeyStroke key) {
        if (!edits(key)) {
            return LineEditor.Edit.UNCHANGED;
        }
        return switch (key.getKeyType()) {
            case Backspace -> line.backspace();
            default -> !key.isCtrlDown() ? line.insert(key.getCharacter())
                    : key.getCharacter() == 'w' ? line.deleteWord() : line.clear();
        };
    }

    /** True for the keys {@link #typeInto} takes: characters without Ctrl or Alt, Backspace, Ctrl-W and Ctrl-U. */
    static boolean edits(KeyStroke key) {
        return switch (key.getKeyType()) {
            case Backspace -> !key.isCtrlDown() && !key.isAltDown();
            case Character -> !key.isAltDown() && (!key.isCtrlDown() || key.getCharacter() == 'w'
                    || key.getCharacter() == 'u');
            default -> false;
        };
    }
}
