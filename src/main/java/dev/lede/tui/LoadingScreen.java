package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import dev.lede.keys.Action;
import dev.lede.keys.Screen;
import dev.lede.prefs.Element;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the reader shows while the library loads: the header and a count in the footer; only quitting works. */
final class LoadingScreen implements View {

    private static final Set<Action> ACTIONS = View.served(Screen.LOADING);

    private final LoadingLibrary loading;
    private final KeyMap keys;
    private String shown;

    LoadingScreen(LoadingLibrary loading, KeyMap keys) {
        this.loading = loading;
        this.keys = keys;
        this.shown = progress();
    }

    @Override
    public Set<Action> actions() {
        return ACTIONS;
    }

    @Override
    public List<HelpEntry> help() {
        return List.of(new HelpEntry(Action.HELP, "show this help"), new HelpEntry(Action.QUIT, "quit"));
    }

    @Override
    public String name() {
        return "loading";
    }

    /** How often the count is drawn again. */
    private static final long REDRAW_NANOS = 200_000_000L;
    private long shownAt;

    @Override
    public void resize(TerminalSize size) {
    }

    @Override
    public Result handle(Action action) {
        return action == Action.QUIT ? Result.QUIT : Result.HANDLED;
    }

    @Override
    public boolean poll() {
        long at = System.nanoTime();
        if (shown != null && at - shownAt < REDRAW_NANOS) {
            return false; // a count a few times a second: a million files counted at every poll kept a core busy
        }
        String now = progress();
        if (now.equals(shown)) {
            return false;
        }
        shown = now;
        shownAt = at;
        return true;
    }

    /** {@code reading 12,345/100,000…}, or {@code reading…} before the files are counted. */
    String progress() {
        int total = loading.total();
        return total <= 0 ? "reading…"
                : String.format(Locale.ROOT, "reading %,d/%,d…", loading.done(), total);
    }

    @Override
    public void draw(Canvas canvas) {
        Style status = canvas.style(Element.STATUS);
        canvas.header(List.of("lede"), "", status);
        if (canvas.rows() > 1) {
            canvas.bar(canvas.rows() - 1, KeyMap.present(keys.hint("quit", ACTIONS, Action.QUIT)), shown, status);
        }
    }
}
