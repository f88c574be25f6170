package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.lede.keys.Action;
import dev.lede.library.Library;
import dev.lede.library.StoryRef;
import dev.lede.prefs.Element;
import dev.lede.search.Search;
import dev.lede.state.ReadState;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The reader's one loop, on one thread: a key becomes an {@link Action} through the {@link KeyMap} (or, while the
 * screen on top takes text, goes to it as it is), the screen handles it and returns a {@link View.Result}, and the app
 * acts on that result in one place; then everything is drawn again. It takes a started Lanterna {@link Screen}, so
 * tests drive it on a virtual terminal with {@link #step()} and no threads; {@link ReaderLauncher} gives it the real
 * terminal.
 */
public final class ReaderApp {

    private static final long IDLE_MILLIS = 15;

    private final Screen screen;
    private final LoadingLibrary loading;
    private final Function<Library, Search> searches;
    private final ReaderPreferences prefs;
    private final LibraryReload reload;
    private final ReadState state;
    private Library unsorted;
    private Library library;
    private ReaderOptions options;
    private final Deque<View> views = new ArrayDeque<>();
    private ListScreen list;
    private HelpOverlay help;
    private String status;
    /** The count typed before a key, shown in the footer meanwhile. */
    private final CountPrefix count = new CountPrefix();
    private boolean running = true;
    private Suspension suspension = Suspension.NONE;
    private boolean suspending;
    private LoadingLibrary reloading;
    private List<String> shownLibrary;
    private int shownCount = -1;
    private final Browser browser;
    private final Refresh refresh;
    /** The library being read again ({@code r}, or after {@code R}), shown once the list is on top; or null. */
    private LoadingLibrary rescanning;
    /**
     * What the footer says once {@link #rescanning} is shown: null for what {@code r} found, the outcome of the fetch
     * that asked for it, or empty while the fetch goes on (its count stays in the footer).
     */
    private String fetched;
    /**
     * True while {@link #rescanning} is the check of a library first shown as the list cache last saw it (see
     * {@link Library#checked}): the footer says "checking", and says nothing after unless something changed.
     */
    private boolean checking;
    private FeedFetch fetching;
    /** The batches of {@link #fetching} with stories that a reading again has been started for. */
    private int arrivalsRead;
    /** The progress line last drawn, to draw again when it changes. */
    private String progressShown;
    /** True when the last frame wrote OSC 8 hyperlinks. */
    private boolean linked;

    /**
     * A reader that shows a count in the footer until the session's library has loaded, then the list. {@code t}
     * cycles the theme and {@code p} opens the preferences screen, each change saved at once, unless the session's
     * options are fixed.
     */
    public ReaderApp(Screen screen, ReaderSession session) {
        this.screen = screen;
        this.loading = session.library();
        this.searches = session.searches();
        this.prefs = session.preferences();
        this.reload = session.reload();
        this.state = session.state();
        this.options = prefs.options();
        this.shownLibrary = prefs.current().library();
        this.browser = new Browser(prefs.env());
        this.refresh = session.refresh();
        push(new LoadingScreen(loading, options.keys()));
        loaded();
    }

    /** How Ctrl-Z and SIGTSTP hand the terminal back to the shell; none on a virtual terminal. */
    ReaderApp suspendingWith(Suspension suspension) {
        this.suspension = suspension;
        return this;
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
        library = loaded.sorted(prefs.order());
        list = new ListScreen(library, options, searches.apply(library), state);
        views.clear();
        push(list);
        help = null;
        if (!loaded.checked() && refresh.rescan() != null) {
            checking = true;
            rescanning = LoadingLibrary.start(refresh.rescan());
        }
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
        TerminalSize resized = screen.doResizeIfNecessary();
        boolean changed = resized != null;
        if (resized != null) {
            views.forEach(view -> view.resize(resized));
        }
        changed |= loaded() | reloaded() | rescanned() | fetchedFeeds();
        String news = browser.news();
        if (news != null) {
            status = news;
            changed = true;
        }
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
            shownCount = library.stories().size();
            changed = true;
        }
        for (View view : views) {
            changed |= view.poll();
        }
        String progress = progress();
        if (progress != null ? !progress.equals(progressShown) : progressShown != null) {
            changed = true;
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
            count.take();
            act(view, view.type(key));
        } else if (!counted(view, key)) {
            act(view, action(view, key, count.take()));
        }
    }

    /**
     * Takes a digit into the count, on a screen that moves by counts, when no action of the screen has the digit;
     * Esc drops a count being typed, and does nothing else.
     *
     * @return true when the key went to the count
     */
    private boolean counted(View view, KeyStroke key) {
        if (count.pending() && key.getKeyType() == KeyType.Escape) {
            count.take();
            return true;
        }
        return view.counts() && options.keys().resolve(key, handled(view)).isEmpty() && count.type(key);
    }

    private static boolean isCtrl(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == c;
    }

    /** The key as an action: the app's own (help, theme, preferences), or one the screen handles with the count. */
    private View.Result action(View view, KeyStroke key, int count) {
        Optional<Action> action = options.keys().resolve(key, handled(view));
        if (action.isEmpty()) {
            return view.unbound(key);
        }
        return switch (action.get()) {
            case HELP, STORY_HELP -> View.Result.HELP;
            case RELOAD -> rescan();
            case FETCH -> fetch();
            case THEME -> View.Result.changed(prefs.cycleTheme());
            case PREFERENCES -> View.Result.open(new PreferencesScreen(prefs, reload));
            default -> view.handle(action.get(), count);
        };
    }

    /** Does what a screen asked for. */
    private void act(View view, View.Result result) {
        switch (result.kind()) {
            case OPEN -> push(result.next());
            case BACK -> {
                if (views.size() > 1) {
                    views.pop();
                }
            }
            case QUIT -> running = false;
            case HELP -> help = view.helpOverlay(options.keys(), preferenceKeys(handled(view)));
            case CHANGED -> {
                status = result.status();
                apply();
            }
            case BROWSE -> status = browser.open(result.status(), suspension);
            case HANDLED -> {
            }
        }
    }

    /** {@code r}: reads the library again, in the background; the list shows it once read. */
    private View.Result rescan() {
        if (refresh.rescan() == null) {
            status = "this library cannot be read again";
        } else if (rescanning != null) {
            status = "already reading the library";
        } else {
            fetched = null;
            rescanning = LoadingLibrary.start(refresh.rescan());
        }
        return View.Result.HANDLED;
    }

    /** {@code R}: fetches the feeds on a background thread; the reader goes on meanwhile. */
    private View.Result fetch() {
        if (refresh.feeds() == null) {
            status = "no feeds to fetch";
        } else if (fetching != null) {
            status = "already fetching: " + fetching.progress();
        } else {
            fetching = FeedFetch.start(refresh.feeds(), Clock.systemUTC());
        }
        return View.Result.HANDLED;
    }

    /**
     * Takes in a fetch: reads the library again when a batch of feeds brought stories, and at the end says what came
     * of it and reads the library again once more when it brought any.
     *
     * @return true when the screen changed
     */
    private boolean fetchedFeeds() {
        if (fetching == null) {
            return false;
        }
        String outcome = fetching.outcome();
        if (outcome == null) {
            int arrivals = fetching.arrivals();
            if (arrivals > arrivalsRead && rescanning == null && refresh.rescan() != null) {
                arrivalsRead = arrivals;
                fetched = "";
                rescanning = LoadingLibrary.start(refresh.rescan());
            }
            return false;
        }
        status = outcome;
        if (fetching.newStories() > 0 && refresh.rescan() != null) {
            fetched = outcome; // read again even when a reading is under way: it may have started too early
            rescanning = LoadingLibrary.start(refresh.rescan());
        }
        fetching = null;
        arrivalsRead = 0;
        return true;
    }

    /**
     * Shows the library read again once only the list of the library is open (a story being read stays as it is,
     * and so does a filter being typed, or kept after a fetch), on the story that was selected; the footer says what
     * changed.
     *
     * @return true when the screen changed
     */
    private boolean rescanned() {
        if (rescanning == null || list == null) {
            return false;
        }
        Throwable failure = rescanning.failure();
        Library loaded = rescanning.library();
        if (failure != null) {
            status = "library not " + (checking ? "checked: " : "read again: ")
                    + (failure.getMessage() == null ? failure : failure.getMessage());
            rescanning = null;
            fetched = null;
            checking = false;
            return true;
        }
        if (loaded == null) {
            return false;
        }
        if (checking && fetched == null && loaded.stories().equals(unsorted.stories())) {
            rescanning = null; // as the cache said: nothing to show again, wherever the reader is
            checking = false;
            return true;
        }
        if (views.stream().filter(View::ofTheLibrary).count() > 1 || list.typing()
                || (fetched != null || checking) && list.filtered()) {
            return false;
        }
        int added = 0;
        int changed = 0;
        for (StoryRef story : loaded.stories()) {
            StoryRef was = unsorted.find(story.id()).orElse(null);
            added += was == null ? 1 : 0;
            changed += was != null && !was.equals(story) ? 1 : 0;
        }
        int gone = 0;
        for (StoryRef story : unsorted.stories()) {
            gone += loaded.find(story.id()).isEmpty() ? 1 : 0;
        }
        unsorted = loaded;
        show(loaded.sorted(prefs.order()));
        if (fetched == null && checking) {
            status = "library checked: " + Counts.of(added) + " new, " + Counts.of(changed) + " changed, "
                    + Counts.of(gone) + " gone since it was last read";
        } else if (fetched == null) {
            status = "library read again: " + Counts.of(loaded.stories().size(), "story", "stories") + ", "
                    + Counts.of(added) + " new, " + Counts.of(gone) + " gone";
        } else if (!fetched.isEmpty()) {
            status = fetched;
        }
        rescanning = null;
        fetched = null;
        checking = false;
        return true;
    }

    /** The footer's line for work going on in the background, shown on the list when nothing else is said. */
    private String progress() {
        if (list == null || views.peek() != list || list.typing()) {
            return null;
        }
        if (fetching != null) {
            return fetching.progress();
        }
        if (rescanning == null || fetched != null) {
            return null;
        }
        return checking ? "checking the library…" : "reading the library again…";
    }

    private void push(View view) {
        view.resize(screen.getTerminalSize());
        views.push(view);
    }

    /** The view's actions, and on every screen the theme and preferences keys when there are preferences to save. */
    private Set<Action> handled(View view) {
        if (!prefs.changeable()) {
            return view.actions();
        }
        Set<Action> handled = EnumSet.copyOf(View.APP_ACTIONS);
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
     * selected; the screens of the library above it are closed.
     */
    private void apply() {
        options = prefs.options();
        if (!prefs.current().library().equals(shownLibrary)) {
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

    /**
     * Builds the list again on {@code sorted}, on the story that was selected; the old list and the screens of the
     * library are closed, the others (the preferences screen) stay on top.
     */
    private void show(Library sorted) {
        List<StoryRef> shown = list.stories();
        int selected = list.selected();
        String id = shown.isEmpty() ? null : shown.get(Math.min(selected, shown.size() - 1)).id();
        list.close();
        library = sorted;
        list = new ListScreen(library, options, searches.apply(library), state);
        list.resize(screen.getTerminalSize());
        int at = Math.min(selected, Math.max(0, library.stories().size() - 1)); // the story gone: its neighbour
        for (int i = 0; i < library.stories().size(); i++) {
            if (library.stories().get(i).id().equals(id)) {
                at = i;
            }
        }
        list.select(at);
        views.removeIf(View::ofTheLibrary);
        views.addLast(list);
    }

    /** Draws the screen on top, and the help box over it when open. */
    public void draw() throws IOException {
        TerminalSize size = screen.getTerminalSize();
        List<Hyperlinks.Link> links = List.of();
        screen.clear();
        screen.setCursorPosition(null);
        if (size.getColumns() > 0 && size.getRows() > 0) {
            Canvas canvas = new Canvas(screen, options.theme(), options.backdrop(), options.charmap());
            views.peek().draw(canvas);
            progressShown = progress();
            String footer = count.pending() ? count.shown() : status != null ? status : progressShown;
            if (footer != null && size.getRows() > 1) {
                canvas.bar(size.getRows() - 1, List.of(Glyphs.fit(Glyphs.forTerminal(footer), size.getColumns() - 2)), "",
                        canvas.style(Element.STATUS));
            }
            if (help != null) {
                help.draw(canvas);
            }
            links = help == null && prefs.current().hyperlinks() ? canvas.links() : List.of();
        }
        screen.refresh(linked && links.isEmpty() ? Screen.RefreshType.COMPLETE : Screen.RefreshType.AUTOMATIC);
        Hyperlinks.write(screen, links);
        linked = !links.isEmpty();
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
