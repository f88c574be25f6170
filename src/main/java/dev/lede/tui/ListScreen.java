package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import dev.lede.keys.Action;
import dev.lede.keys.Screen;
import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import dev.lede.library.StoryRef;
import dev.lede.prefs.Element;
import dev.lede.search.Search;
import dev.lede.story.Story;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stories of the library, one row each: a header (lede, the folder, the count), the rows, and a footer with the
 * main keys and the skipped files. Reads {@link Library#stories()} by index for the rows on screen only, so the list
 * can grow while it is shown.
 *
 * <p>{@code /} opens a filter prompt in the footer: the list narrows to the stories whose title holds what is typed
 * at once, and the full-text hits are added below them when the background search answers. Enter keeps the filter,
 * Esc clears it.
 */
final class ListScreen implements View {

    private static final Set<Action> ACTIONS = View.served(Screen.LIST);
    /** While a filter is kept, the back keys (Esc) clear it. */
    private static final Set<Action> FILTERED_ACTIONS = View.served(Screen.LIST, Screen.FILTER);
    /**
     * The most characters the filter takes, so that each key of a long paste costs a bounded amount; the keys after
     * it are dropped with a message.
     */
    private static final int MAX_TYPED = 4_096;
    private static final String TYPED_TOO_LONG = "a filter holds at most " + Counts.of(MAX_TYPED) + " characters";

    private final Library library;
    private ReaderOptions options;
    private final ListFilter filter;
    private final Viewport viewport = Viewport.ofList();
    private String message;
    /** The filter as typed, or null for none. */
    private LineEditor typed;
    private boolean editing;

    ListScreen(Library library, ReaderOptions options) {
        this(library, options, new Search(library, null, "", LibraryLoader.Progress.NONE));
    }

    /** @param search answers the filter: titles at once, full text on a background thread */
    ListScreen(Library library, ReaderOptions options, Search search) {
        this.library = library;
        this.options = options;
        this.filter = new ListFilter(search);
    }

    @Override
    public void options(ReaderOptions changed) {
        options = changed;
    }

    @Override
    public Set<Action> actions() {
        return filter.matches() != null ? FILTERED_ACTIONS : ACTIONS;
    }

    @Override
    public String name() {
        return "story list";
    }

    @Override
    public List<HelpEntry> help() {
        return List.of(
                new HelpEntry(Action.DOWN, "next story"),
                new HelpEntry(Action.UP, "previous story"),
                new HelpEntry(Action.PAGE_DOWN, "page down"),
                new HelpEntry(Action.PAGE_UP, "page up"),
                new HelpEntry(Action.TOP, "first story"),
                new HelpEntry(Action.BOTTOM, "last story"),
                new HelpEntry(Action.OPEN, "open the story"),
                new HelpEntry(Action.WARNINGS, "show the warnings (skipped files)"),
                new HelpEntry(Action.SEARCH, "filter: type words, Enter keeps, Esc clears"),
                new HelpEntry(Action.BACK, "clear the filter"),
                new HelpEntry(Action.OPEN_LINK, "open the story's page in the browser"),
                new HelpEntry(Action.LINKS, "the story's links"),
                new HelpEntry(Action.RELOAD, "read the library again"),
                new HelpEntry(Action.FETCH, "fetch the feeds (in the background)"),
                new HelpEntry(Action.HELP, "show this help"),
                new HelpEntry(Action.QUIT, "quit"));
    }

    int selected() {
        return viewport.selected();
    }

    /** Selects a story, e.g. the one the story screen showed last; counts in the list as filtered. */
    void select(int index) {
        viewport.select(index);
    }

    /** The stories shown: all of them, or those the filter keeps. */
    List<StoryRef> stories() {
        List<StoryRef> matches = filter.matches();
        return matches != null ? matches : library.stories();
    }

    /** True while a filter is typed or kept. */
    boolean filtered() {
        return typed != null;
    }

    /** True while a full-text search for the filter is running. */
    boolean searching() {
        return filter.searching();
    }

    @Override
    public void resize(TerminalSize size) {
        viewport.fit(stories().size(), rows(size));
    }

    @Override
    public boolean typing() {
        return editing;
    }

    @Override
    public Result type(KeyStroke key) {
        switch (key.getKeyType()) {
            case Enter -> {
                editing = false;
                if (filter.query().isEmpty()) {
                    clear();
                }
            }
            case Escape -> clear();
            default -> {
                switch (View.typeInto(typed, key)) {
                    case CHANGED -> filter(typed.text());
                    case FULL -> message = TYPED_TOO_LONG;
                    case UNCHANGED -> {
                    }
                }
            }
        }
        return Result.HANDLED;
    }

    /** Filters by new text: title matches now, the full-text hits when the worker publishes them. */
    private void filter(String text) {
        message = filter.set(text);
        viewport.reset();
        fit();
    }

    private void clear() {
        typed = null;
        editing = false;
        filter.clear();
        viewport.reset();
        fit();
    }

    /** Takes on the stories shown now, in as many rows as before. */
    private void fit() {
        viewport.fit(stories().size(), viewport.rows());
    }

    @Override
    public boolean poll() {
        boolean changed = filter.poll();
        if (filter.failure() != null) {
            message = "full-text search failed: " + filter.failure();
        }
        fit();
        return changed;
    }

    /** Stops the background search; the app calls it when the reader ends. */
    void close() {
        filter.close();
    }

    @Override
    public Result handle(Action action) {
        int page = Math.max(1, viewport.rows());
        message = null;
        fit();
        switch (action) {
            case DOWN -> viewport.moveSelection(1);
            case UP -> viewport.moveSelection(-1);
            case PAGE_DOWN -> viewport.page(page);
            case PAGE_UP -> viewport.page(-page);
            case TOP -> viewport.select(0);
            case BOTTOM -> viewport.select(viewport.size() - 1);
            case OPEN -> {
                return open();
            }
            case WARNINGS -> {
                return Result.open(new WarningsScreen(library.problems(), library.skipped(), options.keys()));
            }
            case SEARCH -> {
                editing = true;
                if (typed == null) {
                    typed = new LineEditor("", MAX_TYPED);
                    filter("");
                }
            }
            case BACK -> clear();
            case OPEN_LINK, LINKS -> {
                return links(action);
            }
            case QUIT -> {
                return Result.QUIT;
            }
            default -> {
            }
        }
        return Result.HANDLED;
    }

    private Result open() {
        List<StoryRef> stories = stories();
        if (stories.isEmpty()) {
            return Result.HANDLED;
        }
        boolean filtered = filter.matches() != null;
        int selected = viewport.selected();
        try {
            return Result.open(new StoryScreen(library, filtered ? List.copyOf(stories) : stories, selected,
                    options, this::select, filtered ? filter.query() : null));
        } catch (RuntimeException e) {
            message = "cannot open " + stories.get(selected).file() + ": " + e.getMessage();
            return Result.HANDLED;
        }
    }

    /** {@code o} or {@code L} on the selected story. */
    private Result links(Action action) {
        List<StoryRef> stories = stories();
        if (stories.isEmpty()) {
            return Result.HANDLED;
        }
        StoryRef ref = stories.get(viewport.selected());
        Story story;
        try {
            story = library.open(ref);
        } catch (RuntimeException e) {
            story = null;
        }
        if (story == null) {
            message = "cannot open " + ref.file();
            return Result.HANDLED;
        }
        Result result = LinksScreen.of(action, story, options);
        if (result == null) {
            message = LinksScreen.none(action);
            return Result.HANDLED;
        }
        return result;
    }

    private static int rows(TerminalSize size) {
        return Math.max(0, size.getRows() - 2);
    }

    @Override
    public void draw(Canvas canvas) {
        List<StoryRef> stories = stories();
        int rows = viewport.rows();
        int top = viewport.top();
        canvas.header(List.of("lede", folders()), count(stories.size()), canvas.style(Element.STATUS));
        List<StoryRef> shown = stories.subList(Math.min(top, stories.size()), Math.min(top + rows, stories.size()));
        ListColumns columns = ListColumns.fit(shown, canvas.columns() - 2, options.showIds());
        for (int r = 0; r < shown.size(); r++) {
            row(canvas, 1 + r, shown.get(r), columns, top + r == viewport.selected());
        }
        if (stories.isEmpty() && rows > 0) {
            String empty = filter.matches() == null ? "No stories."
                    : filter.searching() ? "No title matches; searching the text…" : "No matches.";
            canvas.text(1, 1, empty, Style.PLAIN, canvas.columns());
        }
        if (canvas.rows() > 1) {
            footer(canvas);
        }
    }

    /** The keys and the warnings; with a filter, the prompt (or the kept filter) and the count of matches. */
    private void footer(Canvas canvas) {
        Style status = canvas.style(Element.STATUS);
        int row = canvas.rows() - 1;
        if (typed == null) {
            canvas.bar(row, hints(), message != null ? message : warnings(), status);
            return;
        }
        List<StoryRef> matches = filter.matches();
        String count = matches == null ? "" : Counts.of(matches.size(), "match", "matches")
                + (filter.searching() ? ", searching the text…" : "");
        String right = message != null ? message : count;
        if (editing) {
            String text = Glyphs.forTerminal(typed.text());
            canvas.bar(row, List.of("/" + text), right, status);
            int cursor = Math.min(canvas.columns() - 1, 2 + Glyphs.width(text));
            canvas.cursor(cursor, row);
        } else {
            String clear = options.keys().hint("clear", FILTERED_ACTIONS, Action.BACK);
            canvas.bar(row, KeyMap.present("/" + Glyphs.forTerminal(typed.text()), clear,
                    options.keys().hint("open", ACTIONS, Action.OPEN)), right, status);
        }
    }

    /** Title from the left, cut with … to fit; the id left-aligned in its column, the detail right-aligned. */
    private void row(Canvas canvas, int row, StoryRef story, ListColumns columns, boolean isSelected) {
        int cols = canvas.columns();
        Style plain = isSelected ? canvas.style(Element.SELECTION) : Style.PLAIN;
        Style subdued = isSelected ? plain : canvas.style(Element.ATTRIBUTION);
        int rightStart = cols - 1 - columns.width();
        int titleEnd = columns.width() == 0 ? cols - 1 : rightStart - 2;
        canvas.fill(0, row, 1, plain);
        int col = canvas.text(1, row, Glyphs.fit(story.title(), titleEnd - 1), plain, titleEnd);
        canvas.fill(col, row, rightStart, plain);
        if (columns.id() > 0) {
            col = canvas.text(rightStart, row, Glyphs.forTerminal(story.id()), subdued, rightStart + columns.id());
            canvas.fill(col, row, rightStart + columns.id() + 2, plain);
        }
        if (columns.detail() > 0) {
            String detail = ListColumns.detail(story);
            int detailStart = cols - 1 - Glyphs.width(detail);
            canvas.fill(Math.max(col, rightStart), row, detailStart, plain);
            col = canvas.text(detailStart, row, detail, subdued, cols - 1);
        }
        canvas.fill(Math.max(col, titleEnd), row, cols, plain);
    }

    private String folders() {
        return library.dirs().stream().map(Path::toString).map(Glyphs::forTerminal)
                .collect(Collectors.joining(", "));
    }

    private static String count(int n) {
        return Counts.of(n, "story", "stories");
    }

    private List<String> hints() {
        KeyMap keys = options.keys();
        String down = keys.label(Action.DOWN, ACTIONS);
        String up = keys.label(Action.UP, ACTIONS);
        return KeyMap.present(
                down != null && up != null ? down + up + " move" : null,
                keys.hint("open", ACTIONS, Action.OPEN),
                keys.hint("help", ACTIONS, Action.HELP),
                keys.hint("quit", ACTIONS, Action.QUIT));
    }

    private String warnings() {
        if (library.problems().isEmpty()) {
            return "";
        }
        String key = options.keys().label(Action.WARNINGS, ACTIONS);
        String what = library.skipped() > 0 ? library.skipped() + " skipped"
                : library.problems().size() + (library.problems().size() == 1 ? " warning" : " warnings");
        return key == null ? what : what + " (" + key + ")";
    }
}
