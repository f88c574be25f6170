package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import dev.lede.keys.Action;
import dev.lede.keys.Screen;
import dev.lede.prefs.Element;
import dev.lede.storyfile.Problem;
import dev.lede.text.WordWrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The warnings loading the library gave, one per paragraph, scrolled like a story. */
final class WarningsScreen implements View {

    private static final Set<Action> ACTIONS = View.served(Screen.WARNINGS);

    private final List<Problem> problems;
    private final int skipped;
    private final KeyMap keys;
    private final Viewport viewport = Viewport.ofText();
    private List<String> lines = List.of();
    private int wrappedAt = -1;

    WarningsScreen(List<Problem> problems, int skipped, KeyMap keys) {
        this.problems = List.copyOf(problems);
        this.skipped = skipped;
        this.keys = keys;
    }

    @Override
    public Set<Action> actions() {
        return ACTIONS;
    }

    @Override
    public String name() {
        return "warnings";
    }

    @Override
    public List<HelpEntry> help() {
        return HelpEntry.scrolling(
                new HelpEntry(Action.BACK, "back to the list"),
                new HelpEntry(Action.HELP, "show this help"));
    }

    @Override
    public void resize(TerminalSize size) {
        if (size.getColumns() != wrappedAt) {
            lines = lines(size.getColumns());
            wrappedAt = size.getColumns();
        }
        viewport.fit(lines.size(), size.getRows() - 2);
    }

    @Override
    public Result handle(Action action) {
        return handle(action, 0);
    }

    @Override
    public Result handle(Action action, int count) {
        return !viewport.move(action, count) && action == Action.BACK ? Result.BACK : Result.HANDLED;
    }

    private List<String> lines(int columns) {
        int width = Math.max(1, columns - 4);
        List<String> lines = new ArrayList<>();
        if (problems.isEmpty()) {
            lines.add("No warnings: every file was read.");
        }
        for (Problem problem : problems) {
            List<String> wrapped = WordWrap.lines(Glyphs.forTerminal(problem.toString()), width);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add((i == 0 ? "" : "  ") + wrapped.get(i));
            }
        }
        return lines;
    }

    @Override
    public void draw(Canvas canvas) {
        int view = viewport.rows();
        int top = viewport.top();
        Style status = canvas.style(Element.STATUS);
        String count = problems.size() + (problems.size() == 1 ? " warning" : " warnings")
                + (skipped > 0 ? ", " + skipped + " skipped" : "");
        canvas.header(List.of("Warnings"), count, status);
        for (int r = 0; r < view && top + r < lines.size(); r++) {
            canvas.text(1, 1 + r, lines.get(top + r), Style.PLAIN, canvas.columns() - 1);
        }
        if (canvas.rows() > 1) {
            canvas.bar(canvas.rows() - 1, KeyMap.present(keys.hint("help", ACTIONS, Action.HELP),
                    keys.hint("back", ACTIONS, Action.BACK)), "", status);
        }
    }
}
