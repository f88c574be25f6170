package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.lede.keys.Action;
import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import dev.lede.prefs.Element;
import dev.lede.search.Search;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The reader's one loop, on one thread: a key becomes an {@link Action} through the {@link KeyMap}, the screen on
 * top handles it, then everything is drawn again. It takes a started Lanterna {@link Screen}, so tests drive it on a
 * virtual terminal with {@link #step()} and no threads; {@link ReaderLauncher} gives it the real terminal.
 */
public final class ReaderApp {

    private static final long IDLE_MILLIS = 15;

    private final Screen screen;
    private final LoadingLibrary loading;
    private final Function<Library, Search> searches;
    private final ReaderPreferences prefs;
    private Library unsorted;
    private Library library;
    private ReaderOptions options;
    private final Deque<View> views = new ArrayDeque<>();
    private ListScreen list;
    private HelpOverlay help;
    private String status;
    private boolean running = true;
    private Suspension suspension = Suspension.NONE;
    private boolean suspending;
    private LibraryReload reload;
    private LoadingLibrary reloading;
    private List<String> shownLibrary;
    private int shownCount = -1;

    /** A reader with fixed options: {@code t} and {@code p} do nothing. */
    public ReaderApp(Screen screen, Library library, ReaderOptions options) {
        this(screen, LoadingLibrary.of(library), options, ReaderApp::plainSearch, null);
    }

    /**
     * A reader whose options come from the preferences; {@code t} cycles the theme and {@code p} opens the
     * preferences screen, each change saved at once.
     */
    public ReaderApp(Screen screen, Library library, ReaderPreferences prefs) {
        this(screen, LoadingLibrary.of(library), prefs.options(), ReaderApp::plainSearch, prefs);
    }

    /**
     * A reader that shows a count in the footer until the library has loaded, then the list.
     *
     * @param searches makes the search that answers the list's filter, once the library is there
     * @param prefs    the preferences that {@code t} and {@code p} change, or null for fixed options
     */
    public ReaderApp(Screen screen, LoadingLibrary loading, ReaderOptions options,
                     Function<Library, Search> searches, ReaderPreferences prefs) {
        this.screen = screen;
        this.loading = loading;
        this.options = options;
        this.searches = searches;
        this.prefs = prefs;
        this.shownLibrary = prefs == null ? null : prefs.current().library();
        views.push(new LoadingScreen(loading, options.keys()));
        loaded();
    }

    /** A reader with fixed options on a library that may still be loading. */
    public ReaderApp(Screen screen, LoadingLibrary loading, ReaderOptions options,
                     Function<Library, Search> searches) {
        this(screen, loading, options, searches, null);
    }

    /** How Ctrl-Z and SIGTSTP hand the terminal back to the shell; none on a virtual terminal. */
    ReaderApp suspendingWith(Suspension suspension) {
        this.suspension = suspension;
        return this;
    }

    /** Checks {@code library} set on the preferences screen and loads the new library; without it, any is saved. */
    ReaderApp followingLibrary(LibraryReload reload) {
        this.reload = reload;
        return this;
    }

    private static Search plainSearch(Library loaded) {
        return new Search(loaded, null, "", LibraryLoader.Progress.NONE);
    }

    /**
     * Shows the list once the library has loaded; stops the reader when loading failed (the caller reports why).
     *
     * @return true when the screen changed
     */
    private boolean loaded() {
        if (list != null) {
            return false;
        }
        if (loading.failure() != null) {
            running = false;
            return true;
        }
        Library loaded = loading.library();
        if (loaded == null) {
            return false;
        }
        unsorted = loaded;
        library = prefs == null ? loaded : loaded.sorted(prefs.order());
        list = new ListScreen(library, options, searches.apply(library));
        views.clear();
        views.push(list);
        help = null;
        return true;
    }

    /**
     * Shows the library loaded again after {@code library} changed, on the list's screen, with the preferences screen
     * still on top; when it could not be loaded the footer says why and the old list stays.
     *
     * @return true when the screen changed
     */
    private boolean reloaded() {
        if (reloading == null || list == null) {
            return false;
        }
        Throwable failure = reloading.failure();
        Library loaded = reloading.library();
        if (failure != null) {
            status = "library not loaded: " + failure.getMessage();
        } else if (loaded == null) {
            return false;
        } else {
            unsorted = loaded;
            list.close();
            show(loaded.sorted(prefs.order()));
        }
        reloading = null;
        return true;
    }

    /** Draws until a quit key, Ctrl-C or the end of input; the caller restores the terminal. */
    public void run() throws IOException {
        try {
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
        } finally {
            if (list != null) {
                list.close();
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
        changed |= loaded() | reloaded();
        KeyStroke key;
        while (running && !suspending && (key = screen.pollInput()) != null) {
            handle(key);
            changed = true;
        }
        if (running && (suspending || suspension.requested())) {
            suspending = false;
            suspension.suspend();
            changed = true;
        }
        if (library != null && library.stories().size() != shownCount) {
            changed = true;
        }
        for (View view : views) {
            changed |= view.poll();
        }
        if (changed && running) {
            draw();
        }
        return changed;
    }

    /** Applies one key without drawing; Ctrl-Z only asks the loop to suspend before it reads another key. */
    public void handle(KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF || isCtrl(key, 'c')) {
            running = false;
            return;
        }
        if (isCtrl(key, 'z')) {
            suspending = true;
            return;
        }
        status = null;
        if (help != null) {
            help = null;
            return;
        }
        View view = views.peek();
        if (view.typing()) {
            view.type(key);
            return;
        }
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
        Set<Action> handled = handled(view);
        Optional<Action> action = options.keys().resolve(key, handled);
        if (action.isEmpty()) {
            return;
        }
        switch (action.get()) {
            case HELP -> {
                help = HelpOverlay.of(view, options.keys(), preferenceKeys(handled));
                return;
            }
            case THEME -> {
                status = prefs.cycleTheme();
                apply();
                return;
            }
            case PREFERENCES -> {
                views.push(new PreferencesScreen(prefs, reload));
                return;
            }
            default -> {
            }
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

    private static boolean isCtrl(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == c;
    }

    /** The view's actions, and on every screen the theme and preferences keys when there are preferences to save. */
    private Set<Action> handled(View view) {
        if (prefs == null) {
            return view.actions();
        }
        Set<Action> handled = EnumSet.of(Action.THEME, Action.PREFERENCES);
        handled.addAll(view.actions());
        return handled;
    }

    /** Help rows for the theme and preferences keys. */
    private List<HelpOverlay.Row> preferenceKeys(Set<Action> handled) {
        List<HelpOverlay.Row> rows = new ArrayList<>();
        List<String> theme = options.keys().labels(Action.THEME, handled);
        if (!theme.isEmpty()) {
            rows.add(new HelpOverlay.Row(theme, "next theme (saved)"));
        }
        List<String> preferences = options.keys().labels(Action.PREFERENCES, handled);
        if (!preferences.isEmpty()) {
            rows.add(new HelpOverlay.Row(preferences, "preferences"));
        }
        return rows;
    }

    /**
     * Takes on the preferences now in effect. A new sort order builds the list again, on the story that was
     * selected; the screens between it and the preferences screen are closed.
     */
    private void apply() {
        options = prefs.options();
        if (reload != null && !prefs.current().library().equals(shownLibrary)) {
            shownLibrary = prefs.current().library();
            reloading = reload.start();
        }
        if (list == null) {
            views.forEach(view -> view.options(options));
            return;
        }
        Library sorted = unsorted.sorted(prefs.order());
        if (sorted.stories().equals(library.stories())) {
            views.forEach(view -> view.options(options));
            return;
        }
        show(sorted);
    }

    /** Builds the list again on {@code sorted}, on the story that was selected, the preferences screen kept on top. */
    private void show(Library sorted) {
        String id = library.stories().isEmpty() ? null : library.stories().get(list.selected()).id();
        library = sorted;
        list = new ListScreen(library, options, searches.apply(library));
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
                        canvas.style(Element.STATUS));
            }
            if (help != null) {
                help.draw(canvas);
            }
        }
        shownCount = library == null ? -1 : library.stories().size();
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
