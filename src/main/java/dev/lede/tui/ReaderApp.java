package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.lede.library.Library;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The reader's one loop, on one thread: a key becomes an {@link Action} through the {@link KeyMap}, the screen on
 * top handles it, then everything is drawn again. It takes a started Lanterna {@link Screen}, so tests drive it on a
 * virtual terminal with {@link #step()} and no threads; {@link ReaderLauncher} gives it the real terminal.
 */
public final class ReaderApp {

    private static final long IDLE_MILLIS = 15;

    private final Screen screen;
    private final Library unsorted;
    private final ReaderPreferences prefs;
    private Library library;
    private ReaderOptions options;
    private final Deque<View> views = new ArrayDeque<>();
    private ListScreen list;
    private HelpOverlay help;
    private String status;
    private boolean running = true;
    private int shownCount = -1;

    /** A reader with fixed options: {@code t} and {@code p} do nothing. */
    public ReaderApp(Screen screen, Library library, ReaderOptions options) {
        this(screen, library, options, null);
    }

    /**
     * A reader whose options come from the preferences; {@code t} cycles the theme and {@code p} opens the
     * preferences screen, each change saved at once.
     */
    public ReaderApp(Screen screen, Library library, ReaderPreferences prefs) {
        this(screen, library, prefs.options(), prefs);
    }

    private ReaderApp(Screen screen, Library library, ReaderOptions options, ReaderPreferences prefs) {
        this.screen = screen;
        this.unsorted = library;
        this.prefs = prefs;
        this.library = prefs == null ? library : library.sorted(prefs.order());
        this.options = options;
        this.list = new ListScreen(this.library, options);
        views.push(list);
    }

    /** Draws until a quit key, Ctrl-C or the end of input; the caller restores the terminal. */
    public void run() throws IOException {
        draw();
        while (running) {
            if (!poll()) {
                try {
                    Thread.sleep(IDLE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Handles a resize and every key waiting, then draws when anything changed.
     *
     * @return false once the reader has quit
     */
    public boolean step() throws IOException {
        poll();
        return running;
    }

    private boolean poll() throws IOException {
        boolean changed = screen.doResizeIfNecessary() != null;
        KeyStroke key;
        while (running && (key = screen.pollInput()) != null) {
            handle(key);
            changed = true;
        }
        if (library.stories().size() != shownCount) {
            changed = true;
        }
        if (changed && running) {
            draw();
        }
        return changed;
    }

    /** Applies one key without drawing. */
    public void handle(KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF
                || (key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c')) {
            running = false;
            return;
        }
        status = null;
        if (help != null) {
            help = null;
            return;
        }
        View view = views.peek();
        if (view instanceof PreferencesScreen screenOfPrefs) {
            switch (screenOfPrefs.key(key)) {
                case CHANGED -> apply();
                case HELP -> help = PreferencesScreen.helpOverlay();
                case BACK -> views.pop();
                case NONE -> {
                }
            }
            return;
        }
        Optional<Action> action = options.keys().resolve(key, view.actions());
        if (action.isEmpty()) {
            preferenceKey(key);
            return;
        }
        if (action.get() == Action.HELP) {
            help = HelpOverlay.of(view, options.keys(), preferenceKeys(view));
            return;
        }
        View.Result result = view.handle(action.get(), screen.getTerminalSize());
        switch (result.kind()) {
            case OPEN -> views.push(result.next());
            case BACK -> {
                if (views.size() > 1) {
                    views.pop();
                }
            }
            case QUIT -> running = false;
            case HANDLED -> {
            }
        }
    }

    /** Help rows for {@code t} and {@code p} where no binding of the screen takes them. */
    private List<HelpOverlay.Row> preferenceKeys(View view) {
        if (prefs == null) {
            return List.of();
        }
        List<HelpOverlay.Row> rows = new java.util.ArrayList<>();
        if (options.keys().resolve(new KeyStroke('t', false, false), view.actions()).isEmpty()) {
            rows.add(new HelpOverlay.Row(List.of("t"), "next theme (saved)"));
        }
        if (options.keys().resolve(new KeyStroke('p', false, false), view.actions()).isEmpty()) {
            rows.add(new HelpOverlay.Row(List.of("p"), "preferences"));
        }
        return rows;
    }

    /** {@code t} and {@code p}, on every screen where no binding takes them. */
    private void preferenceKey(KeyStroke key) {
        if (prefs == null || key.getKeyType() != KeyType.Character || key.isCtrlDown() || key.isAltDown()) {
            return;
        }
        if (key.getCharacter() == 't') {
            status = prefs.cycleTheme();
            apply();
        } else if (key.getCharacter() == 'p') {
            views.push(new PreferencesScreen(prefs));
        }
    }

    /**
     * Takes on the preferences now in effect. A new sort order builds the list again, on the story that was
     * selected; the screens between it and the preferences screen are closed.
     */
    private void apply() {
        options = prefs.options();
        Library sorted = unsorted.sorted(prefs.order());
        if (sorted.stories().equals(library.stories())) {
            views.forEach(view -> view.options(options));
            return;
        }
        String id = library.stories().isEmpty() ? null : library.stories().get(list.selected()).id();
        library = sorted;
        list = new ListScreen(library, options);
        for (int i = 0; i < library.stories().size(); i++) {
            if (library.stories().get(i).id().equals(id)) {
                list.select(i);
            }
        }
        View top = views.peek();
        views.clear();
        views.push(list);
        if (top != list && top instanceof PreferencesScreen) {
            views.push(top);
        }
    }

    /** Draws the screen on top, and the help box over it when open. */
    public void draw() throws IOException {
        TerminalSize size = screen.getTerminalSize();
        screen.clear();
        screen.setCursorPosition(null);
        if (size.getColumns() > 0 && size.getRows() > 0) {
            Canvas canvas = new Canvas(screen, options.theme());
            views.peek().draw(canvas);
            if (status != null && size.getRows() > 1) {
                canvas.bar(size.getRows() - 1, List.of(Glyphs.fit(Glyphs.forTerminal(status), size.getColumns() - 2)), "",
                        canvas.style(Theme.Element.STATUS));
            }
            if (help != null) {
                help.draw(canvas);
            }
        }
        shownCount = library.stories().size();
        screen.refresh();
    }

    public boolean running() {
        return running;
    }

    /** The screen on top, for tests. */
    View view() {
        return views.peek();
    }

    boolean helpShown() {
        return help != null;
    }

    ListScreen list() {
        return list;
    }
}
