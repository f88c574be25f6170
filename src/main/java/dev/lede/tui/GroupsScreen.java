package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import dev.lede.keys.Action;
import dev.lede.keys.Screen;
import dev.lede.prefs.Element;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The library's groups, newsboat style: a first row for every story, then each feed or folder with its unread and
 * total counts ({@code (12/340)}), marked {@code ●} and bold while it has unread stories. Enter shows the chosen
 * group's stories on the list; {@code F} or the back keys return to the list as it was.
 */
final class GroupsScreen implements View {

    private static final Set<Action> ACTIONS = View.served(Screen.GROUPS);
    private static final String ALL = "All stories";

    private final Marks marks;
    private final ReaderOptions options;
    private final IntConsumer open;
    private final Viewport viewport = Viewport.ofList();

    /**
     * @param shown the group the list shows, -1 for every story: the row selected first
     * @param open  told the group chosen (-1 for every story)
     */
    GroupsScreen(Marks marks, ReaderOptions options, int shown, IntConsumer open) {
        this.marks = marks;
        this.options = options;
        this.open = open;
        viewport.fit(rowCount(), 0);
        viewport.select(shown + 1);
    }

    private int rowCount() {
        return marks.groups().size() + 1;
    }

    @Override
    public Set<Action> actions() {
        return ACTIONS;
    }

    @Override
    public String name() {
        return "feeds and folders";
    }

    @Override
    public List<HelpEntry> help() {
        return List.of(
                new HelpEntry(Action.DOWN, Action.UP, "next / previous group"),
                new HelpEntry(Action.PAGE_DOWN, Action.PAGE_UP, "page down / up"),
                new HelpEntry(Action.HALF_PAGE_DOWN, Action.HALF_PAGE_UP, "half a page down / up"),
                new HelpEntry(Action.TOP, Action.BOTTOM, "first row (every story) / last group"),
                new HelpEntry(Action.OPEN, "show the group's stories"),
                new HelpEntry(Action.GROUPS, "back to the list"),
                new HelpEntry(Action.BACK, "back to the list"),
                new HelpEntry(Action.HELP, "show this help"));
    }

    @Override
    public void resize(TerminalSize size) {
        viewport.fit(rowCount(), Math.max(0, size.getRows() - 2));
    }

    @Override
    public Result handle(Action action) {
        return handle(action, 0);
    }

    @Override
    public Result handle(Action action, int count) {
        if (viewport.move(action, count)) {
            return Result.HANDLED;
        }
        switch (action) {
            case OPEN -> {
                open.accept(viewport.selected() - 1);
                return Result.BACK;
            }
            case GROUPS, BACK -> {
                return Result.BACK;
            }
            default -> {
            }
        }
        return Result.HANDLED;
    }

    @Override
    public void draw(Canvas canvas) {
        Style status = canvas.style(Element.STATUS);
        canvas.header(List.of("lede", "feeds and folders"), Counts.of(marks.unread()) + " unread of "
                + Counts.of(marks.total(), "story", "stories"), status);
        int countsWidth = Glyphs.width(counts(-1));
        for (int g = 0; g < marks.groups().size(); g++) {
            countsWidth = Math.max(countsWidth, Glyphs.width(counts(g)));
        }
        int top = viewport.top();
        for (int r = 0; r < viewport.rows() && top + r < rowCount(); r++) {
            row(canvas, 1 + r, top + r - 1, countsWidth, top + r == viewport.selected());
        }
        if (canvas.rows() > 1) {
            KeyMap keys = options.keys();
            canvas.bar(canvas.rows() - 1, KeyMap.present(keys.hint("open", ACTIONS, Action.OPEN),
                    keys.hint("back", ACTIONS, Action.GROUPS), keys.hint("help", ACTIONS, Action.HELP)),
                    Counts.of(marks.groups().size(), "group", "groups"), status);
        }
    }

    /** {@code  ● (12/340)  name}: the marker while unread stories are left, the counts right-aligned. */
    private void row(Canvas canvas, int row, int group, int countsWidth, boolean isSelected) {
        Style plain = isSelected ? canvas.style(Element.SELECTION) : Style.PLAIN;
        int unread = group < 0 ? marks.unread() : marks.unread(group);
        Style style = unread > 0 ? plain.bolded() : plain;
        canvas.fill(0, row, canvas.columns(), plain);
        if (unread > 0) {
            canvas.text(1, row, ListScreen.UNREAD, style, 2);
        }
        String counts = counts(group);
        int col = canvas.text(3 + countsWidth - Glyphs.width(counts), row, counts, style, canvas.columns());
        String name = group < 0 ? ALL : marks.groups().name(group);
        canvas.text(col + 2, row, Glyphs.fit(name, canvas.columns() - col - 3), style, canvas.columns() - 1);
    }

    private String counts(int group) {
        return group < 0 ? "(" + Counts.of(marks.unread()) + "/" + Counts.of(marks.total()) + ")"
                : "(" + Counts.of(marks.unread(group)) + "/" + Counts.of(marks.groups().total(group)) + ")";
    }
}
