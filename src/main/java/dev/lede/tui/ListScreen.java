package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import dev.lede.library.Library;
import dev.lede.library.StoryRef;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stories of the library, one row each: a header (lede, the folder, the count), the rows, and a footer with the
 * main keys and the skipped files. Reads {@link Library#stories()} by index for the rows on screen only, so the list
 * can grow while it is shown.
 */
final class ListScreen implements View {

    private static final Set<Action> ACTIONS = EnumSet.of(Action.DOWN, Action.UP, Action.PAGE_DOWN, Action.PAGE_UP,
            Action.TOP, Action.BOTTOM, Action.OPEN, Action.WARNINGS, Action.HELP, Action.QUIT);
    private static final int MIN_TITLE = 12;

    private final Library library;
    private ReaderOptions options;
    private int selected;
    private int top;
    private String message;

    ListScreen(Library library, ReaderOptions options) {
        this.library = library;
        this.options = options;
    }

    @Override
    public void options(ReaderOptions changed) {
        options = changed;
    }

    @Override
    public Set<Action> actions() {
        return ACTIONS;
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
                new HelpEntry(Action.HELP, "show this help"),
                new HelpEntry(Action.QUIT, "quit"));
    }

    int selected() {
        return selected;
    }

    /** Selects a story, e.g. the one the story screen showed last. */
    void select(int index) {
        selected = index;
    }

    @Override
    public Result handle(Action action, TerminalSize size) {
        int count = library.stories().size();
        int page = Math.max(1, rows(size));
        message = null;
        settle(count, rows(size));
        switch (action) {
            case DOWN -> selected++;
            case UP -> selected--;
            case PAGE_DOWN -> {
                selected += page;
                top += page;
            }
            case PAGE_UP -> {
                selected -= page;
                top -= page;
            }
            case TOP -> selected = 0;
            case BOTTOM -> selected = count - 1;
            case OPEN -> {
                return open();
            }
            case WARNINGS -> {
                return Result.open(new WarningsScreen(library.problems(), library.skipped(), options.keys()));
            }
            case QUIT -> {
                return Result.QUIT;
            }
            default -> {
                return Result.HANDLED;
            }
        }
        settle(count, rows(size));
        return Result.HANDLED;
    }

    private Result open() {
        if (library.stories().isEmpty()) {
            return Result.HANDLED;
        }
        try {
            return Result.open(new StoryScreen(library, selected, options, this::select));
        } catch (RuntimeException e) {
            message = "cannot open " + library.stories().get(selected).file() + ": " + e.getMessage();
            return Result.HANDLED;
        }
    }

    private static int rows(TerminalSize size) {
        return Math.max(0, size.getRows() - 2);
    }

    /** Keeps the selection inside the list and on screen. */
    private void settle(int count, int rows) {
        selected = Math.max(0, Math.min(selected, count - 1));
        top = Math.max(0, Math.min(top, count - rows));
        if (selected < top) {
            top = selected;
        } else if (rows > 0 && selected >= top + rows) {
            top = selected - rows + 1;
        }
    }

    @Override
    public void draw(Canvas canvas) {
        List<StoryRef> stories = library.stories();
        int rows = Math.max(0, canvas.rows() - 2);
        settle(stories.size(), rows);
        canvas.header(List.of("lede", folders()), count(stories.size()), canvas.style(Theme.Element.STATUS));
        List<StoryRef> shown = stories.subList(Math.min(top, stories.size()), Math.min(top + rows, stories.size()));
        Columns columns = columns(shown, canvas.columns() - 2);
        for (int r = 0; r < shown.size(); r++) {
            row(canvas, 1 + r, shown.get(r), columns, top + r == selected);
        }
        if (stories.isEmpty() && rows > 0) {
            canvas.text(1, 1, "No stories.", Style.PLAIN, canvas.columns());
        }
        if (canvas.rows() > 1) {
            canvas.bar(canvas.rows() - 1, hints(), message != null ? message : warnings(),
                    canvas.style(Theme.Element.STATUS));
        }
    }

    /**
     * The widths of the id and detail columns for the rows on screen: both when the title keeps at least half the
     * row, else only the detail, else neither.
     */
    private record Columns(int id, int detail) {
        int width() {
            return detail == 0 ? 0 : id == 0 ? detail : id + 2 + detail;
        }
    }

    private Columns columns(List<StoryRef> shown, int room) {
        int id = 0;
        int detail = 0;
        for (StoryRef story : shown) {
            id = Math.max(id, Glyphs.width(Glyphs.forTerminal(story.id())));
            detail = Math.max(detail, Glyphs.width(detail(story)));
        }
        int wanted = Math.max(MIN_TITLE, room / 2);
        for (Columns choice : List.of(new Columns(options.showIds() ? id : 0, detail), new Columns(0, detail))) {
            if (room - choice.width() - 2 >= wanted) {
                return choice;
            }
        }
        return new Columns(0, 0);
    }

    private static String detail(StoryRef story) {
        return story.date() != null ? Glyphs.forTerminal(story.date())
                : story.sections() + (story.sections() == 1 ? " section" : " sections");
    }

    /** Title from the left, cut with … to fit; the id left-aligned in its column, the detail right-aligned. */
    private void row(Canvas canvas, int row, StoryRef story, Columns columns, boolean isSelected) {
        int cols = canvas.columns();
        Style plain = isSelected ? canvas.style(Theme.Element.SELECTION) : Style.PLAIN;
        Style subdued = isSelected ? plain : canvas.style(Theme.Element.ATTRIBUTION);
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
            String detail = detail(story);
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
        return n + (n == 1 ? " story" : " stories");
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
