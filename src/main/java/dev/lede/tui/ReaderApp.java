package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import dev.lede.search.Search;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
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
    private final ReaderOptions options;
    private final Deque<View> views = new ArrayDeque<>();
    private Library library;
    private ListScreen list;
    private HelpOverlay help;
    private boolean running = true;
    private int shownCount = -1;

    public ReaderApp(Screen screen, Library library, ReaderOptions options) {
        this(screen, LoadingLibrary.of(library), options,
                loaded -> new Search(loaded, null, "", LibraryLoader.Progress.NONE));
    }

    /**
     * A reader that shows a count in the footer until the library has loaded, then the list.
     *
     * @param searches makes the search that answers the list's filter, once the library is there
     */
    public ReaderApp(Screen screen, LoadingLibrary loading, ReaderOptions options,
                     Function<Library, Search> searches) {
        this.screen = screen;
        this.loading = loading;
        this.options = options;
        this.searches = searches;
        views.push(new LoadingScreen(loading, options.keys()));
        loaded();
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
        library = loaded;
        list = new ListScreen(loaded, options, searches.apply(loaded));
        views.clear();
        views.push(list);
        help = null;
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
        changed |= loaded();
        KeyStroke key;
        while (running && (key = screen.pollInput()) != null) {
            handle(key);
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

    /** Applies one key without drawing. */
    public void handle(KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF
                || (key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c')) {
            running = false;
            return;
        }
        if (help != null) {
            help = null;
            return;
        }
        View view = views.peek();
        if (view.typing()) {
            view.type(key);
            return;
        }
        Optional<Action> action = options.keys().resolve(key, view.actions());
        if (action.isEmpty()) {
            return;
        }
        if (action.get() == Action.HELP) {
            help = HelpOverlay.of(view, options.keys());
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

    /** Draws the screen on top, and the help box over it when open. */
    public void draw() throws IOException {
        TerminalSize size = screen.getTerminalSize();
        screen.clear();
        screen.setCursorPosition(null);
        if (size.getColumns() > 0 && size.getRows() > 0) {
            Canvas canvas = new Canvas(screen, options.theme());
            views.peek().draw(canvas);
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
