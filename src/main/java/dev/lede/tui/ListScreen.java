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
import dev.lede.state.ReadState;
import dev.lede.story.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
 *
 * <p>Unread stories are marked {@code ●} and bold, starred ones {@code ★}; the header counts the unread. {@code U} and
 * {@code S} narrow the list to the unread or the starred stories, a group ({@code F}, {@code J}, {@code K}) to one
 * folder's; the list so narrowed is taken once, so a story read meanwhile stays in it until the list is narrowed
 * again (a press of {@code U} twice).
 */
final class ListScreen implements View {

    private static final Set<Action> ACTIONS = View.served(Screen.LIST);
    /** While a filter is kept, the back keys (Esc) clear it. */
    private static final Set<Action> FILTERED_ACTIONS = View.served(Screen.LIST, Screen.FILTER);
    /** The motions the filter prompt takes from keys that type nothing; Home and End are a line's keys. */
    private static final Set<Action> PROMPT_MOTIONS = Set.of(Action.DOWN, Action.UP, Action.PAGE_DOWN,
            Action.PAGE_UP, Action.HALF_PAGE_DOWN, Action.HALF_PAGE_UP);
    /**
     * The most characters the filter takes, so that each key of a long paste costs a bounded amount; the keys after
     * it are dropped with a message.
     */
    private static final int MAX_TYPED = 4_096;
    /** The markers of an unread and of a starred story: text, so they show without colours too. */
    static final String UNREAD = "●";
    static final String STAR = "★";
    private static final String TYPED_TOO_LONG = "a filter holds at most " + Counts.of(MAX_TYPED) + " characters";

    private final Library library;
    private ReaderOptions options;
    private final ListFilter filter;
    private final Viewport viewport = Viewport.ofList();
    private String message;
    /** The filter as typed, or null for none. */
    private LineEditor typed;
    private boolean editing;
    /** The story selected when the filter was opened, selected again when it is cleared without a match selected. */
    private StoryRef beforeFilter;
    private final Marks marks;
    /** The group shown, or -1 for every story. */
    private int group = -1;
    private boolean onlyUnread;
    private boolean onlyStarred;
    /** The list as narrowed (group, unread, starred), taken from {@link #narrowedFrom}; null when not taken yet. */
    private List<StoryRef> narrowed;
    private List<StoryRef> narrowedFrom;
    private int narrowedSize;

    ListScreen(Library library, ReaderOptions options) {
        this(library, options, new Search(library, null, "", LibraryLoader.Progress.NONE), ReadState.inMemory());
    }

    /**
     * @param search answers the filter: titles at once, full text on a background thread
     * @param state  the read and starred marks, which opening a story and the marking keys change
     */
    ListScreen(Library library, ReaderOptions options, Search search, ReadState state) {
        this(library, options, search, new Marks(state, library));
    }

    /** Found once, on the first draw; see {@link #manySources()}. */
    private Boolean manySources;

    ListScreen(Library library, ReaderOptions options, Search search, Marks marks) {
        this.library = library;
        this.options = options;
        this.filter = new ListFilter(search);
        this.marks = marks;
    }

    @Override
    public void options(ReaderOptions changed) {
        options = changed;
    }

    @Override
    public Set<Action> actions() {
        return filter.matches() != null || group >= 0 ? FILTERED_ACTIONS : ACTIONS;
    }

    @Override
    public String name() {
        return "story list";
    }

    @Override
    public List<HelpEntry> help() {
        return List.of(
                new HelpEntry(Action.DOWN, Action.UP, "next / previous story"),
                new HelpEntry(Action.PAGE_DOWN, Action.PAGE_UP, "page down / up"),
                new HelpEntry(Action.HALF_PAGE_DOWN, Action.HALF_PAGE_UP, "half a page down / up"),
                new HelpEntry(Action.TOP, Action.BOTTOM, "first / last story"),
                new HelpEntry(Action.OPEN, "open the story"),
                new HelpEntry(Action.WARNINGS, "show the warnings (skipped files)"),
                new HelpEntry(Action.SEARCH, "filter: type words, Enter keeps, Esc clears"),
                new HelpEntry(Action.BACK, filter.matches() != null ? "clear the filter" : "every group's stories"),
                new HelpEntry(Action.TOGGLE_READ, Action.TOGGLE_STAR, "mark read or unread / star or unstar"),
                new HelpEntry(Action.MARK_ALL_READ, Action.UNDO, "mark every story shown read / undo a mark"),
                new HelpEntry(Action.NEXT_UNREAD, Action.PREV_UNREAD, "next / previous unread (across groups)"),
                new HelpEntry(Action.ONLY_UNREAD, Action.ONLY_STARRED, "only unread / only starred (or all)"),
                new HelpEntry(Action.GROUPS, "feeds and folders, with their counts"),
                new HelpEntry(Action.NEXT_GROUP, Action.PREV_GROUP, "next / previous group's stories"),
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

    /**
     * The stories shown: all of them or those the filter keeps, narrowed to the group, the unread or the starred
     * ones as they were when the list was last narrowed.
     */
    List<StoryRef> stories() {
        List<StoryRef> from = unnarrowed();
        if (group < 0 && !onlyUnread && !onlyStarred) {
            return from;
        }
        if (narrowed == null || narrowedFrom != from || narrowedSize != from.size()) {
            narrowed = narrow(from, group);
            narrowedFrom = from;
            narrowedSize = from.size();
        }
        return narrowed;
    }

    private List<StoryRef> unnarrowed() {
        List<StoryRef> matches = filter.matches();
        return matches != null ? matches : library.stories();
    }

    private List<StoryRef> narrow(List<StoryRef> from, int inGroup) {
        Groups groups = marks.groups();
        List<StoryRef> kept = new ArrayList<>();
        for (StoryRef story : from) {
            if ((inGroup < 0 || groups.of(story) == inGroup) && (!onlyUnread || !marks.isRead(story))
                    && (!onlyStarred || marks.isStarred(story))) {
                kept.add(story);
            }
        }
        return Collections.unmodifiableList(kept);
    }

    /** Narrows the list again (a toggle or the group changed), staying on the story selected when it is still shown. */
    private void narrowAgain(StoryRef keep) {
        narrowed = null;
        List<StoryRef> stories = stories();
        viewport.reset();
        fit();
        int at = keep == null ? -1 : stories.indexOf(keep);
        viewport.select(Math.max(0, at));
    }

    /** Shows one group's stories, or every story for -1. */
    void showGroup(int shown) {
        group = shown;
        narrowAgain(null);
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
                if (!View.edits(key)) {
                    moveWhileTyping(key);
                    return Result.HANDLED;
                }
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

    /**
     * ↓ and ↑ (and the other keys of the line and page motions that are not typing keys: Ctrl-N, PageDown, Ctrl-D…)
     * move the selection while the prompt stays open.
     */
    private void moveWhileTyping(KeyStroke key) {
        options.keys().resolve(key, ACTIONS).filter(PROMPT_MOTIONS::contains)
                .ifPresent(action -> viewport.move(action, 0));
    }

    /** Filters by new text: title matches now, the full-text hits when the worker publishes them. */
    private void filter(String text) {
        message = filter.set(text);
        viewport.reset();
        fit();
    }

    /** Clears the filter, keeping the story selected on the filtered list (or before it, when none was) selected. */
    private void clear() {
        StoryRef keep = filter.matches() == null ? null : selectedStory();
        keep = keep == null ? beforeFilter : keep;
        typed = null;
        editing = false;
        beforeFilter = null;
        filter.clear();
        viewport.reset();
        fit();
        reselect(keep);
    }

    /** Selects a story of the list as shown, in the middle of the screen when below the first page; else the first. */
    private void reselect(StoryRef story) {
        int at = story == null ? -1 : stories().indexOf(story);
        viewport.select(Math.max(0, at));
        if (at >= viewport.rows()) {
            viewport.scrollTo(at - viewport.rows() / 2);
        }
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
        return handle(action, 0);
    }

    @Override
    public Result handle(Action action, int count) {
        message = null;
        fit();
        if (viewport.move(action, count)) {
            return Result.HANDLED;
        }
        switch (action) {
            case TOGGLE_READ, TOGGLE_STAR, MARK_ALL_READ, UNDO -> mark(action);
            case NEXT_UNREAD -> message = toUnread(viewport.selected(), 1);
            case PREV_UNREAD -> message = toUnread(viewport.selected(), -1);
            case ONLY_UNREAD -> {
                StoryRef selected = selectedStory();
                onlyUnread = !onlyUnread;
                narrowAgain(selected);
            }
            case ONLY_STARRED -> {
                StoryRef selected = selectedStory();
                onlyStarred = !onlyStarred;
                narrowAgain(selected);
            }
            case GROUPS -> {
                return Result.open(new GroupsScreen(marks, options, group, this::showGroup));
            }
            case NEXT_GROUP -> nextGroup(1);
            case PREV_GROUP -> nextGroup(-1);
            case OPEN -> {
                return open();
            }
            case WARNINGS -> {
                return Result.open(new WarningsScreen(library.problems(), library.skipped(), options.keys()));
            }
            case SEARCH -> {
                editing = true;
                if (typed == null) {
                    beforeFilter = selectedStory();
                    typed = new LineEditor("", MAX_TYPED);
                    filter("");
                }
            }
            case BACK -> {
                if (filter.matches() != null) {
                    clear();
                } else {
                    showGroup(-1);
                }
            }
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

    private StoryRef selectedStory() {
        List<StoryRef> stories = stories();
        return stories.isEmpty() ? null : stories.get(viewport.selected());
    }

    /** m, s, A and u: the footer says what changed, or why it was not saved. */
    private void mark(Action action) {
        StoryRef story = selectedStory();
        try {
            message = switch (action) {
                case TOGGLE_READ -> story == null ? null : marks.toggleRead(story) ? "read" : "unread";
                case TOGGLE_STAR -> story == null ? null : marks.toggleStar(story) ? "starred" : "unstarred";
                case MARK_ALL_READ -> allRead();
                default -> {
                    String undone = marks.undo();
                    yield undone == null ? "nothing to undo" : undone;
                }
            };
        } catch (IOException e) {
            message = Marks.notSaved(e);
        }
    }

    private String allRead() throws IOException {
        int marked = marks.allRead(stories());
        String undo = options.keys().hint("undoes", ACTIONS, Action.UNDO);
        return marked == 0 ? "no unread story here"
                : Counts.of(marked, "story", "stories") + " marked read" + (undo == null ? "" : " (" + undo + ")");
    }

    /**
     * Selects the next unread story after {@code from} (the previous one before it, for -1) in the list as shown; in
     * a group, past its last unread story, the first unread story of the next group that has one (its last, going
     * back).
     *
     * @return why nothing was selected, or null
     */
    String toUnread(int from, int direction) {
        int found = unreadFrom(stories(), from + direction, direction);
        if (found >= 0) {
            viewport.select(found);
            return null;
        }
        for (int g = group + direction; group >= 0 && g >= 0 && g < marks.groups().size(); g += direction) {
            if (marks.unread(g) == 0) {
                continue;
            }
            List<StoryRef> other = narrow(unnarrowed(), g);
            int first = unreadFrom(other, direction > 0 ? 0 : other.size() - 1, direction);
            if (first >= 0) {
                showGroup(g);
                viewport.select(first);
                return null;
            }
        }
        return direction > 0 ? "no unread story below" : "no unread story above";
    }

    private int unreadFrom(List<StoryRef> stories, int start, int direction) {
        for (int i = start; i >= 0 && i < stories.size(); i += direction) {
            if (!marks.isRead(stories.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** J and K: the next or previous group with stories; before the first, every story again. */
    private void nextGroup(int direction) {
        Groups groups = marks.groups();
        int g = group + direction;
        while (g >= 0 && g < groups.size() && groups.total(g) == 0) {
            g += direction;
        }
        if (g >= groups.size() || g < -1) {
            message = direction > 0 ? "last group" : "first group";
            return;
        }
        showGroup(g);
    }

    private Result open() {
        List<StoryRef> stories = stories();
        if (stories.isEmpty()) {
            return Result.HANDLED;
        }
        boolean filtered = filter.matches() != null;
        int selected = viewport.selected();
        try {
            return Result.open(new StoryScreen(library, stories == filter.matches() ? List.copyOf(stories) : stories,
                    selected, options, this::select, filtered ? filter.query() : null, marks, this::fromStory));
        } catch (RuntimeException e) {
            message = "cannot open " + stories.get(selected).file() + ": " + e.getMessage();
            return Result.HANDLED;
        }
    }

    /** Where {@code ]} and {@code [} lead from the story at {@code from}: see {@link #toUnread}. */
    private StoryScreen.Next fromStory(int from, int direction) {
        String why = toUnread(from, direction);
        if (why != null) {
            return new StoryScreen.Next(null, -1, why);
        }
        List<StoryRef> stories = stories();
        return new StoryScreen.Next(stories == filter.matches() ? List.copyOf(stories) : stories, viewport.selected(),
                null);
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
        canvas.header(KeyMap.present("lede", onlyUnread ? "unread only" : null, onlyStarred ? "starred only" : null,
                group >= 0 ? marks.groups().name(group) : folders()), counts(canvas.columns()),
                canvas.style(Element.STATUS));
        List<StoryRef> shown = stories.subList(Math.min(top, stories.size()), Math.min(top + rows, stories.size()));
        ListColumns columns = ListColumns.fit(shown, canvas.columns() - 2, options.showIds(), options.columns(),
                manySources());
        for (int r = 0; r < shown.size(); r++) {
            row(canvas, 1 + r, shown.get(r), columns, top + r == viewport.selected());
        }
        if (stories.isEmpty() && rows > 0) {
            String empty = filter.matches() == null ? (onlyUnread || onlyStarred ? "No stories here." : "No stories.")
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
            canvas.bar(row, hints(), withPosition(message != null ? message : warnings(), canvas.columns()), status);
            return;
        }
        List<StoryRef> matches = filter.matches();
        String count = matches == null ? "" : Counts.of(matches.size(), "match", "matches")
                + (filter.searching() ? ", searching the text…" : "");
        String right = withPosition(message != null ? message : count, canvas.columns());
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

    /**
     * {@code 123/2,000 6%} (the selected story's place in the list as shown, filtered or narrowed, as a story shows
     * its place) before {@code right}; {@code right} alone when both do not fit, and nothing in an empty list.
     */
    private String withPosition(String right, int columns) {
        int size = stories().size();
        if (size == 0) {
            return right;
        }
        int at = viewport.selected() + 1;
        String position = Counts.of(at) + "/" + Counts.of(size) + " " + (long) at * 100 / size + "%";
        String both = right.isEmpty() ? position : position + "  " + right;
        return Glyphs.width(both) + 2 <= columns ? both : right;
    }

    /**
     * The unread marker in the margin, the title from the left (bold when unread, after a star when starred), cut
     * with … to fit; each column left-aligned in its width but the sections, right-aligned.
     */
    private void row(Canvas canvas, int row, StoryRef story, ListColumns columns, boolean isSelected) {
        int cols = canvas.columns();
        Style plain = isSelected ? canvas.style(Element.SELECTION) : Style.PLAIN;
        Style subdued = isSelected ? plain : canvas.style(Element.ATTRIBUTION);
        boolean unread = !marks.isRead(story);
        Style title = unread ? plain.bolded() : plain;
        int rightStart = cols - 1 - columns.width();
        int titleEnd = columns.width() == 0 ? cols - 1 : rightStart - 2;
        canvas.fill(0, row, 1, plain);
        if (unread) {
            canvas.text(0, row, UNREAD, title, 1);
        }
        String text = marks.isStarred(story) ? STAR + " " + story.title() : story.title();
        int col = canvas.text(1, row, Glyphs.fit(text, titleEnd - 1), title, titleEnd);
        canvas.fill(col, row, cols, plain);
        int start = rightStart;
        for (ListColumns.Column column : columns.columns()) {
            String value = ListColumns.text(column.kind(), story);
            int at = column.kind() == ListColumns.Kind.SECTIONS ? start + column.width() - Glyphs.width(value) : start;
            canvas.text(at, row, value, subdued, start + column.width());
            start += column.width() + 2;
        }
    }

    /** Whether the library's stories come from more than one feed or folder: else the list shows no source. */
    private boolean manySources() {
        if (manySources == null) {
            String first = null;
            manySources = false;
            for (StoryRef story : library.stories()) {
                String source = ListColumns.source(story);
                if (first == null) {
                    first = source;
                } else if (!first.equals(source)) {
                    manySources = true;
                    break;
                }
            }
        }
        return manySources;
    }

    private String folders() {
        return library.dirs().stream().map(Path::toString).map(Glyphs::forTerminal)
                .collect(Collectors.joining(", "));
    }

    /**
     * {@code 1,204 unread of 100,000 stories} (of the group's, in a group), from the counts kept on every mark;
     * {@code 1,204 unread} when the window is narrow.
     */
    private String counts(int columns) {
        int unread = group >= 0 ? marks.unread(group) : marks.unread();
        int total = group >= 0 ? marks.groups().total(group) : marks.total();
        String counts = Counts.of(unread) + " unread of " + Counts.of(total, "story", "stories");
        return Glyphs.width(counts) + 12 <= columns ? counts : Counts.of(unread) + " unread";
    }

    private List<String> hints() {
        KeyMap keys = options.keys();
        String down = keys.label(Action.DOWN, ACTIONS);
        String up = keys.label(Action.UP, ACTIONS);
        return KeyMap.present(
                down != null && up != null ? down + up + " move" : null,
                keys.hint("open", ACTIONS, Action.OPEN),
                keys.hint("help", ACTIONS, Action.HELP),
                group >= 0 ? keys.hint("all", FILTERED_ACTIONS, Action.BACK) : keys.hint("quit", ACTIONS, Action.QUIT),
                marks.groups().size() > 1 ? keys.hint("groups", ACTIONS, Action.GROUPS) : null);
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
