package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import dev.lede.keys.Action;
import dev.lede.keys.Screen;
import dev.lede.library.Library;
import dev.lede.library.StoryRef;
import dev.lede.prefs.Element;
import dev.lede.search.SearchQuery;
import dev.lede.search.StoryMatches;
import dev.lede.search.TextMatches;
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
 *
 * <p>{@code /} and {@code ?} search the story as less does (a {@link StorySearch} typed on the bottom line); before
 * one, a story opened from the list's filter shows the filter's matches. {@code n} and {@code N} step through the
 * matches, round past either end, unfolding the section that hides the next one (as vim opens a fold) and focusing
 * the match's section.
 */
final class StoryScreen implements View {

    private static final Set<Action> ACTIONS = View.served(Screen.STORY);
    /** The most characters a search takes, as the list's filter. */
    private static final int MAX_TYPED = 4_096;

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
    /** The search typed in this story (kept for J and K), or null: the filter's matches, if any, are shown. */
    private StorySearch search;
    /** The search being typed, or null; {@link #promptBackward} for {@code ?}. */
    private LineEditor prompt;
    private boolean promptBackward;

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
                new HelpEntry(Action.SEARCH_FORWARD, "search forward (Enter alone: the last search again)"),
                new HelpEntry(Action.SEARCH_BACKWARD, "search backward"),
                new HelpEntry(Action.NEXT_MATCH, "next match of the filter or search"),
                new HelpEntry(Action.PREV_MATCH, "previous match of the filter or search"),
                new HelpEntry(Action.TOGGLE_READ, Action.TOGGLE_STAR, "mark unread or read / star or unstar"),
                new HelpEntry(Action.NEXT_UNREAD, Action.PREV_UNREAD, "open the next / previous unread story"),
                new HelpEntry(Action.OPEN_LINK, "open the story's page in the browser"),
                new HelpEntry(Action.LINKS, "the story's links"),
                new HelpEntry(Action.BACK, "back to the list"),
                new HelpEntry(Action.STORY_HELP, "show this help"));
    }

    /** The focused section's index, or -1. */
    int focus() {
        return focus;
    }

    @Override
    public Result handle(Action action) {
        return handle(action, 0);
    }

    @Override
    public Result handle(Action action, int count) {
        message = null;
        if (viewport.move(action, count)) {
            fit();
            return Result.HANDLED;
        }
        switch (action) {
            case NEXT_SECTION -> moveFocus(1);
            case PREV_SECTION -> moveFocus(-1);
            case TOGGLE_SECTION -> toggle();
            case COLLAPSE_ALL -> foldAll(true);
            case EXPAND_ALL -> foldAll(false);
            case NEXT_STORY -> nextStory(1);
            case PREV_STORY -> nextStory(-1);
            case NEXT_MATCH -> nextMatch(search != null && search.backward() ? -1 : 1);
            case PREV_MATCH -> nextMatch(search != null && search.backward() ? 1 : -1);
            case SEARCH_FORWARD, SEARCH_BACKWARD -> {
                prompt = new LineEditor("", MAX_TYPED);
                promptBackward = action == Action.SEARCH_BACKWARD;
                return Result.HANDLED;
            }
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

    @Override
    public boolean typing() {
        return prompt != null;
    }

    /** A key typed into the search prompt: Enter searches (alone, repeats the last search), Esc gives up. */
    @Override
    public Result type(KeyStroke key) {
        message = null;
        switch (key.getKeyType()) {
            case Enter -> {
                String typed = Glyphs.forTerminal(prompt.text());
                prompt = null;
                searchFor(typed);
            }
            case Escape -> prompt = null;
            default -> {
                if (View.typeInto(prompt, key) == LineEditor.Edit.FULL) {
                    message = "a search holds at most " + Counts.of(MAX_TYPED) + " characters";
                }
            }
        }
        return Result.HANDLED;
    }

    /** Searches for what was typed, from the match shown (else the top of the view) in the prompt's direction. */
    private void searchFor(String typed) {
        StorySearch before = search;
        if (typed.isEmpty()) {
            if (search == null) {
                message = "no previous search";
                return;
            }
            search = search.towards(promptBackward);
        } else {
            search = new StorySearch(typed, promptBackward);
        }
        if (before == null || !before.pattern().equals(search.pattern())) {
            match = -1;
            relayOut();
        }
        nextMatch(promptBackward ? -1 : 1);
        fit();
    }

    /** What the story's text is searched for: the search typed here, else the list's filter, else nothing. */
    private StoryRenderer.Matcher matcher() {
        if (search != null) {
            return search;
        }
        if (query == null) {
            return StoryRenderer.Matcher.NONE;
        }
        return text -> TextMatches.find(text, query).stream().map(r -> new int[] {r.start(), r.end()}).toList();
    }

    /**
     * Moves to the next or previous match, round past either end, unfolding the section that hides it and scrolling
     * it into view. From the match shown last, or when it is out of view (scrolled away), from the top of the view:
     * down to the first match at or below it, up to the last one above it (less's {@code ?} starts above the screen).
     */
    private void nextMatch(int direction) {
        int[] lines = rendering.matchLines();
        if (lines.length == 0) {
            message = search != null ? "Pattern not found"
                    : query == null ? "no filter; / or ? searches" : "no matches";
            return;
        }
        if (match >= 0 && !viewport.shows(lines[match])) {
            match = -1;
        }
        int next = match >= 0 ? match + direction : direction > 0 ? firstFrom(lines, viewport.top())
                : firstFrom(lines, viewport.top()) - 1;
        if (next >= lines.length || next < 0) {
            message = next < 0 ? "wrapped: from the bottom" : "wrapped: from the top";
            next = Math.floorMod(next, lines.length);
        }
        match = next;
        int hiddenIn = rendering.matchFolded()[match];
        if (hiddenIn >= 0) {
            folded[hiddenIn] = false;
            relayOut();
        }
        int line = rendering.matchLines()[match];
        if (!viewport.shows(line)) {
            viewport.scrollTo(line - Math.max(0, layout.rows / 3));
        }
        int section = lines().get(line).section();
        if (section >= 0 && rendering.headingLines()[section] >= 0) {
            focus = section;
        }
        refocus();
    }

    /** The first match at or below a row (the number of matches when there is none). */
    private static int firstFrom(int[] lines, int row) {
        int m = 0;
        while (m < lines.length && lines[m] < row) {
            m++;
        }
        return m;
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
        rendering = StoryRenderer.render(story, layout.width, folded, matcher());
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
            int col = canvas.line(layout.left, 1 + r, line, end, override, match);
            if (focused) {
                canvas.fill(col, 1 + r, end, override);
            }
        }
        if (canvas.rows() <= 1) {
            return;
        }
        int row = canvas.rows() - 1;
        String said = message == null ? "" : message;
        if (prompt != null) {
            int room = canvas.columns() - 3 - (said.isEmpty() ? 0 : Glyphs.width(said) + 2);
            String typed = (promptBackward ? "?" : "/") + tail(Glyphs.forTerminal(prompt.text()), room - 1);
            canvas.bar(row, List.of(typed), said, status);
            canvas.cursor(Math.min(canvas.columns() - 1, 1 + Glyphs.width(typed)), row);
            return;
        }
        canvas.bar(row, hints(), (said.isEmpty() ? "" : said + "  ") + searched() + matches() + position(), status);
    }

    /** The end of the text that fits in {@code width} cells, after {@code …} when it was cut: what is being typed. */
    private static String tail(String text, int width) {
        List<Glyphs.Glyph> glyphs = Glyphs.split(text);
        int used = 0;
        int from = glyphs.size();
        while (from > 0 && used + glyphs.get(from - 1).width() <= width) {
            used += glyphs.get(--from).width();
        }
        if (from == 0) {
            return text;
        }
        while (from < glyphs.size() && used + 1 > width) {
            used -= glyphs.get(from++).width();
        }
        StringBuilder out = new StringBuilder(width > 0 ? "…" : "");
        glyphs.subList(from, glyphs.size()).forEach(glyph -> out.append(glyph.text()));
        return out.toString();
    }

    /** {@code /pattern  } (or {@code ?pattern  }), cut short when long; empty without a search. */
    private String searched() {
        if (search == null) {
            return "";
        }
        return Glyphs.fit((search.backward() ? "?" : "/") + search.pattern(), 24) + "  ";
    }

    /** {@code match 2/5  } once n or N was pressed, {@code 5 matches  } before; empty without a search or filter. */
    private String matches() {
        int count = rendering.matchLines().length;
        if (query == null && search == null) {
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
                keys.hint("help", ACTIONS, Action.STORY_HELP),
                keys.hint("back", ACTIONS, Action.BACK),
                keys.hint("section", ACTIONS, Action.NEXT_SECTION),
                keys.hint("fold", ACTIONS, Action.TOGGLE_SECTION),
                keys.hint("all", ACTIONS, Action.COLLAPSE_ALL, Action.EXPAND_ALL),
                keys.hint("story", ACTIONS, Action.NEXT_STORY, Action.PREV_STORY),
                query == null && search == null ? keys.hint("search", ACTIONS, Action.SEARCH_FORWARD)
                        : keys.hint("match", ACTIONS, Action.NEXT_MATCH, Action.PREV_MATCH));
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
