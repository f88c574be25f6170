package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import dev.lede.keys.Action;
import dev.lede.keys.Screen;
import dev.lede.library.Library;
import dev.lede.library.StoryRef;
import dev.lede.prefs.Element;
import dev.lede.search.SearchQuery;
import dev.lede.search.StoryMatches;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * One story, scrolled line by line, with foldable sections. The focus is on one section heading at a time: Tab and
 * Shift-Tab move it (the view follows), scrolling it off screen moves it to a heading still in view, and Enter folds
 * or unfolds that section. A change of width or of folds keeps the reader's place.
 */
final class StoryScreen implements View {

    private static final Set<Action> ACTIONS = View.served(Screen.STORY);

    /** Where {@code ]} and {@code [} lead from a story: the list selects the story (in another group, maybe). */
    @FunctionalInterface
    interface Unread {
        /** @param from the index of the story shown, in the stories this screen steps through */
        Next next(int from, int direction);
    }

    /**
     * The stories to step through from now on and the index of the one to show; or, with no stories, why there is
     * none (the footer's message).
     */
    record Next(List<StoryRef> stories, int index, String message) {
    }

    private final Library library;
    private List<StoryRef> stories;
    private final Marks marks;
    private final Unread unread;
    private final SearchQuery query;
    private ReaderOptions options;
    private final IntConsumer onShow;
    private int index;
    private Story story;
    private boolean[] folded;
    private StoryRenderer.Rendering rendering;
    private int renderedWidth = -1;
    private final Viewport viewport = Viewport.ofText();
    /** The window's rows and text column; null until the first {@link #resize}. */
    private Layout layout;
    private int focus = -1;
    private int match = -1;
    private String message;

    /**
     * @param stories the stories J and K step through (the list as filtered), {@code index} and {@code onShow} count
     *                in it
     * @param onShow  told the index of each story this screen shows, so the list can select it
     * @param query   the filter whose matches are highlighted and reached with n and N, or null
     * @param marks   the read and starred marks: showing a story marks it read
     * @throws RuntimeException when the story cannot be opened
     */
    StoryScreen(Library library, List<StoryRef> stories, int index, ReaderOptions options, IntConsumer onShow,
                SearchQuery query, Marks marks, Unread unread) {
        this.library = library;
        this.stories = stories;
        this.marks = marks;
        this.unread = unread;
        this.options = options;
        this.onShow = onShow;
        this.query = query == null || query.isEmpty() ? null : query;
        show(index);
    }

    private void show(int newIndex) {
        Story opened = library.open(stories.get(newIndex));
        if (opened == null) {
            throw new IllegalStateException("the story is no longer in the library");
        }
        index = newIndex;
        story = opened;
        folded = new boolean[story.sections().size()];
        for (int s = 0; s < folded.length; s++) {
            folded[s] = options.startCollapsed().collapses(story.sections().get(s).heading());
        }
        if (query != null) {
            for (StoryMatches.Match found : StoryMatches.find(story, query)) {
                if (found.place().section() >= 0) {
                    folded[found.place().section()] = false;
                }
            }
        }
        rendering = null;
        renderedWidth = -1;
        viewport.reset();
        focus = -1;
        match = -1;
        onShow.accept(index);
        try {
            marks.opened(stories.get(index));
        } catch (IOException e) {
            message = Marks.notSaved(e);
        }
        if (layout != null) {
            fit();
        }
    }

    @Override
    public void options(ReaderOptions changed) {
        options = changed;
        if (layout != null) {
            resize(layout.size);
        }
    }

    @Override
    public void resize(TerminalSize size) {
        layout = new Layout(size, options.readingWidth());
        fit();
    }

    /** Lays the story out for the window when its width changed, keeps the top inside, and the focus in view. */
    private void fit() {
        if (rendering == null || layout.width != renderedWidth) {
            relayOut();
        }
        viewport.fit(lines().size(), layout.rows);
        refocus();
    }

    @Override
    public Set<Action> actions() {
        return ACTIONS;
    }

    @Override
    /** {@code story} and its id, which the header leaves to {@code lede list} and this help box. */
    public String name() {
        return "story " + Glyphs.forTerminal(story.id());
    }

    @Override
    public List<HelpEntry> help() {
        return HelpEntry.scrolling(
                new HelpEntry(Action.NEXT_SECTION, "focus the next section"),
                new HelpEntry(Action.PREV_SECTION, "focus the previous section"),
                new HelpEntry(Action.TOGGLE_SECTION, "fold or unfold the focused section"),
                new HelpEntry(Action.COLLAPSE_ALL, "fold every section"),
                new HelpEntry(Action.EXPAND_ALL, "unfold every section"),
                new HelpEntry(Action.NEXT_STORY, "next story"),
                new HelpEntry(Action.PREV_STORY, "previous story"),
                new HelpEntry(Action.NEXT_MATCH, "next match of the filter"),
                new HelpEntry(Action.PREV_MATCH, "previous match of the filter"),
                new HelpEntry(Action.TOGGLE_READ, Action.TOGGLE_STAR, "mark unread or read / star or unstar"),
                new HelpEntry(Action.NEXT_UNREAD, Action.PREV_UNREAD, "open the next / previous unread story"),
                new HelpEntry(Action.OPEN_LINK, "open the story's page in the browser"),
                new HelpEntry(Action.LINKS, "the story's links"),
                new HelpEntry(Action.BACK, "back to the list"),
                new HelpEntry(Action.HELP, "show this help"));
    }

    /** The focused section's index, or -1. */
    int focus() {
        return focus;
    }

    @Override
    public Result handle(Action action) {
        int page = Math.max(1, layout.rows - 1);
        message = null;
        switch (action) {
            case DOWN -> scroll(1);
            case UP -> scroll(-1);
            case PAGE_DOWN -> scroll(page);
            case PAGE_UP -> scroll(-page);
            case TOP -> scroll(-lines().size());
            case BOTTOM -> scroll(lines().size());
            case NEXT_SECTION -> moveFocus(1);
            case PREV_SECTION -> moveFocus(-1);
            case TOGGLE_SECTION -> toggle();
            case COLLAPSE_ALL -> foldAll(true);
            case EXPAND_ALL -> foldAll(false);
            case NEXT_STORY -> nextStory(1);
            case PREV_STORY -> nextStory(-1);
            case NEXT_MATCH -> nextMatch(1);
            case PREV_MATCH -> nextMatch(-1);
            case TOGGLE_READ, TOGGLE_STAR -> mark(action);
            case NEXT_UNREAD -> nextUnread(1);
            case PREV_UNREAD -> nextUnread(-1);
            case BACK -> {
                return Result.BACK;
            }
            case OPEN_LINK, LINKS -> {
                Result links = LinksScreen.of(action, story, options);
                if (links != null) {
                    return links;
                }
                message = LinksScreen.none(action);
            }
            default -> {
                return Result.HANDLED;
            }
        }
        fit();
        return Result.HANDLED;
    }

    private List<StyledLine> lines() {
        return rendering.lines();
    }

    private void scroll(int by) {
        viewport.scrollBy(by);
        refocus();
    }

    /** Keeps the focus on a heading in view: the first one shown, else the heading of the section being read. */
    private void refocus() {
        int[] headings = rendering.headingLines();
        int top = viewport.top();
        if (focus >= 0 && viewport.shows(headings[focus])) {
            return;
        }
        for (int s = 0; s < headings.length; s++) {
            if (viewport.shows(headings[s])) {
                focus = s;
                return;
            }
        }
        for (int s = headings.length - 1; s >= 0; s--) {
            if (headings[s] >= 0 && headings[s] < top) {
                focus = s;
                return;
            }
        }
    }

    private void moveFocus(int direction) {
        int[] headings = rendering.headingLines();
        int s = focus >= 0 ? focus + direction : direction > 0 ? 0 : headings.length - 1;
        while (s >= 0 && s < headings.length && headings[s] < 0) {
            s += direction;
        }
        if (s < 0 || s >= headings.length) {
            message = direction > 0 ? "last section" : "first section";
            if (direction < 0) {
                viewport.scrollTo(0);
            }
            return;
        }
        focus = s;
        follow();
    }

    /** Scrolls so the focused heading is in view, at the top when it was not. */
    private void follow() {
        if (focus < 0) {
            return;
        }
        int line = rendering.headingLines()[focus];
        if (!viewport.shows(line)) {
            viewport.scrollTo(line);
        }
    }

    private void toggle() {
        if (focus < 0) {
            message = "no section here";
            return;
        }
        folded[focus] = !folded[focus];
        relayOut();
        follow();
    }

    private void foldAll(boolean fold) {
        List<Section> sections = story.sections();
        for (int s = 0; s < sections.size(); s++) {
            folded[s] = fold && sections.get(s).heading() != null;
        }
        relayOut();
        if (focus >= 0) {
            follow();
        } else {
            refocus();
        }
    }

    /** Moves to the next or previous match, round past the end, scrolling it into view. */
    private void nextMatch(int direction) {
        int[] lines = rendering.matchLines();
        if (lines.length == 0) {
            message = query == null ? "no filter (/ on the list)" : "no matches";
            return;
        }
        int next = match < 0 ? (direction > 0 ? first(lines) : lines.length - 1) : match + direction;
        if (next >= lines.length || next < 0) {
            message = next < 0 ? "from the bottom" : "from the top";
            next = Math.floorMod(next, lines.length);
        }
        match = next;
        int line = lines[match];
        if (!viewport.shows(line)) {
            viewport.scrollTo(line - Math.max(0, layout.rows / 3));
        }
        refocus();
    }

    /** The first match at or below the top of the view, else the first one. */
    private int first(int[] lines) {
        for (int m = 0; m < lines.length; m++) {
            if (lines[m] >= viewport.top()) {
                return m;
            }
        }
        return 0;
    }

    /** m and s on the story shown; the footer says what it is now. */
    private void mark(Action action) {
        StoryRef shown = stories.get(index);
        try {
            message = action == Action.TOGGLE_READ ? (marks.toggleRead(shown) ? "read" : "unread")
                    : marks.toggleStar(shown) ? "starred" : "unstarred";
        } catch (IOException e) {
            message = Marks.notSaved(e);
        }
    }

    /** Opens the next unread story the list finds (in the next group past this one's). */
    private void nextUnread(int direction) {
        Next next = unread.next(index, direction);
        if (next.stories() == null) {
            message = next.message();
            return;
        }
        List<StoryRef> before = stories;
        try {
            stories = next.stories();
            show(next.index());
        } catch (RuntimeException e) {
            message = "cannot open " + stories.get(next.index()).file() + ": " + e.getMessage();
            stories = before;
        }
    }

    private void nextStory(int direction) {
        int next = index + direction;
        if (next < 0 || next >= stories.size()) {
            message = direction > 0 ? "last story" : "first story";
            return;
        }
        try {
            show(next);
        } catch (RuntimeException e) {
            message = "cannot open " + stories.get(next).file() + ": " + e.getMessage();
        }
    }

    /** Lays the story out again, keeping the same row of the same paragraph at the top. */
    private void relayOut() {
        StoryRenderer.Place place = rendering == null ? StoryRenderer.Place.START : rendering.place(viewport.top());
        rendering = StoryRenderer.render(story, layout.width, folded, query);
        match = Math.min(match, rendering.matchLines().length - 1);
        renderedWidth = layout.width;
        viewport.fit(lines().size(), layout.rows);
        viewport.scrollTo(rendering.row(place));
    }

    @Override
    public void draw(Canvas canvas) {
        int top = viewport.top();
        Style status = canvas.style(Element.STATUS);
        StoryRef shown = stories.get(index);
        String date = ListColumns.date(shown);
        canvas.header(KeyMap.present(Glyphs.forTerminal(ListColumns.source(shown)), date.isEmpty() ? null : date,
                marks.isStarred(shown) ? ListScreen.STAR : null, marks.isRead(shown) ? null : "unread"),
                Counts.of(index + 1) + "/" + Counts.of(stories.size()), status);
        List<StyledLine> lines = lines();
        int focusLine = focus >= 0 ? rendering.headingLines()[focus] : -1;
        for (int r = 0; r < layout.rows && top + r < lines.size(); r++) {
            StyledLine line = lines.get(top + r);
            boolean focused = line.heading() && line.section() == focus && top + r >= focusLine;
            Style override = focused ? canvas.style(Element.SELECTION) : null;
            int end = layout.left + layout.width;
            int col = canvas.line(layout.left, 1 + r, line, end, override);
            if (focused) {
                canvas.fill(col, 1 + r, end, override);
            }
        }
        if (canvas.rows() > 1) {
            canvas.bar(canvas.rows() - 1, hints(), (message == null ? "" : message + "  ") + matches()
                    + position(), status);
        }
    }

    /** {@code match 2/5  } once n or N was pressed, {@code 5 matches  } before; empty without a filter. */
    private String matches() {
        int count = rendering.matchLines().length;
        if (query == null) {
            return "";
        }
        if (match >= 0) {
            return "match " + Counts.of(match + 1) + "/" + Counts.of(count) + "  ";
        }
        return count + (count == 1 ? " match  " : " matches  ");
    }

    /** The index of the match n or N moved to last, or -1. */
    int match() {
        return match;
    }

    /** How far down the last row on screen is, as less shows it. */
    private String position() {
        int total = lines().size();
        int view = layout.rows;
        if (total <= view) {
            return "100%";
        }
        return Math.min(100, (viewport.top() + view) * 100 / total) + "%";
    }

    private List<String> hints() {
        KeyMap keys = options.keys();
        return KeyMap.present(
                keys.hint("help", ACTIONS, Action.HELP),
                keys.hint("back", ACTIONS, Action.BACK),
                keys.hint("section", ACTIONS, Action.NEXT_SECTION),
                keys.hint("fold", ACTIONS, Action.TOGGLE_SECTION),
                keys.hint("all", ACTIONS, Action.COLLAPSE_ALL, Action.EXPAND_ALL),
                keys.hint("story", ACTIONS, Action.NEXT_STORY, Action.PREV_STORY),
                query == null ? null : keys.hint("match", ACTIONS, Action.NEXT_MATCH, Action.PREV_MATCH));
    }

    /** The rows for text (between header and footer) and the text column: centred when narrower than the window. */
    private static final class Layout {
        static final int MIN_WIDTH = 16;
        final TerminalSize size;
        final int rows;
        final int width;
        final int left;

        Layout(TerminalSize size, int readingWidth) {
            this.size = size;
            int cols = size.getColumns();
            rows = Math.max(0, size.getRows() - 2);
            int margin = cols >= 40 ? 2 : cols >= 10 ? 1 : 0;
            int room = Math.max(1, cols - 2 * margin);
            int fits = readingWidth > 0 ? Math.min(readingWidth, room) : room;
            left = margin + (room - fits) / 2;
            // Text is laid out at least MIN_WIDTH wide and clipped by a narrower window: a 1-column layout of a
            // 16 MB story is millions of rows and runs out of memory (HostileInputTest, reader at 1x1).
            width = Math.max(fits, MIN_WIDTH);
        }
    }
}
