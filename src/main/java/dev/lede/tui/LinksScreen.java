package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.keys.Action;
import dev.lede.keys.Screen;
import dev.lede.prefs.Element;
import dev.lede.story.Story;
import java.util.List;
import java.util.Set;

/**
 * A story's links, numbered, one row each ({@link StoryLinks}): Enter opens the selected one in the browser, and so
 * does its number (typed digits select it, and open it as soon as no longer number could follow). A long link is
 * cut with … on its one row, never wrapped; the OSC 8 hyperlink, when on, holds all of it.
 */
final class LinksScreen implements View {

    private static final Set<Action> ACTIONS = View.served(Screen.LINKS);

    private final String title;
    private final List<StoryLinks.Link> links;
    private ReaderOptions options;
    private final Viewport viewport = Viewport.ofList();
    /** The digits typed so far, or empty. */
    private String typed = "";
    private String message;

    LinksScreen(Story story, ReaderOptions options) {
        this.title = Glyphs.forTerminal(story.title());
        this.links = StoryLinks.of(story);
        this.options = options;
    }

    /**
     * What {@code o} ({@link Action#OPEN_LINK}) or {@code L} ({@link Action#LINKS}) does for a story: the browser on
     * its page, or the links screen; null when it has no such link.
     */
    static Result of(Action action, Story story, ReaderOptions options) {
        if (action == Action.OPEN_LINK) {
            String page = StoryLinks.page(story);
            return page == null ? null : Result.browse(page);
        }
        LinksScreen screen = new LinksScreen(story, options);
        return screen.links.isEmpty() ? null : Result.open(screen);
    }

    /** The footer line when {@link #of} found nothing. */
    static String none(Action action) {
        return action == Action.OPEN_LINK ? "this story has no url (L lists its links)" : "this story has no links";
    }

    @Override
    public Set<Action> actions() {
        return ACTIONS;
    }

    @Override
    public String name() {
        return "links";
    }

    @Override
    public List<HelpEntry> help() {
        return List.of(
                new HelpEntry(Action.DOWN, "next link"),
                new HelpEntry(Action.UP, "previous link"),
                new HelpEntry(Action.PAGE_DOWN, "page down"),
                new HelpEntry(Action.PAGE_UP, "page up"),
                new HelpEntry(Action.HALF_PAGE_DOWN, Action.HALF_PAGE_UP, "half a page down / up"),
                new HelpEntry(Action.TOP, "first link"),
                new HelpEntry(Action.BOTTOM, "last link"),
                new HelpEntry(Action.OPEN, "open the link in the browser (or type its number)"),
                new HelpEntry(Action.BACK, "back"),
                new HelpEntry(Action.HELP, "show this help"));
    }

    @Override
    public void options(ReaderOptions changed) {
        options = changed;
    }

    @Override
    public void resize(TerminalSize size) {
        viewport.fit(links.size(), Math.max(0, size.getRows() - 2));
    }

    int selected() {
        return viewport.selected();
    }

    @Override
    public Result handle(Action action) {
        message = null;
        typed = "";
        if (viewport.move(action, 0)) {
            return Result.HANDLED;
        }
        switch (action) {
            case OPEN -> {
                return links.isEmpty() ? Result.HANDLED : Result.browse(links.get(viewport.selected()).url());
            }
            case BACK -> {
                return Result.BACK;
            }
            default -> {
            }
        }
        return Result.HANDLED;
    }

    /** Digits are link numbers here, never a count. */
    @Override
    public boolean counts() {
        return false;
    }

    /** A digit: selects the link of the number typed, and opens it once no longer number could follow. */
    @Override
    public Result unbound(KeyStroke key) {
        if (key.getKeyType() != KeyType.Character || key.isCtrlDown() || key.isAltDown()
                || key.getCharacter() < '0' || key.getCharacter() > '9') {
            return Result.HANDLED;
        }
        String digits = typed + key.getCharacter();
        long number = digits.length() > 6 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (number < 1 || number > links.size()) {
            message = "no link " + digits;
            typed = "";
            return Result.HANDLED;
        }
        viewport.select((int) number - 1);
        if (number * 10 > links.size()) {
            typed = "";
            message = null;
            return Result.browse(links.get((int) number - 1).url());
        }
        typed = digits;
        message = "link " + digits + "… (" + options.keys().label(Action.OPEN, ACTIONS) + " opens it)";
        return Result.HANDLED;
    }

    @Override
    public void draw(Canvas canvas) {
        Style status = canvas.style(Element.STATUS);
        canvas.header(List.of("Links", title), Counts.of(links.size(), "link", "links"), status);
        int rows = viewport.rows();
        int top = viewport.top();
        int number = String.valueOf(links.size()).length();
        int cols = canvas.columns();
        for (int r = 0; r < rows && top + r < links.size(); r++) {
            StoryLinks.Link link = links.get(top + r);
            boolean selected = top + r == viewport.selected();
            Style plain = selected ? canvas.style(Element.SELECTION) : Style.PLAIN;
            Style subdued = selected ? plain : canvas.style(Element.ATTRIBUTION);
            String label = link.origin().label;
            int labelStart = cols - 1 - Glyphs.width(label);
            String n = " ".repeat(number - String.valueOf(top + r + 1).length()) + (top + r + 1);
            canvas.fill(0, 1 + r, 1, plain);
            int col = canvas.text(1, 1 + r, n + "  ", subdued, cols);
            int urlStart = col;
            int urlEnd = labelStart - 2 > urlStart + 8 ? labelStart - 2 : cols - 1;
            col = canvas.text(col, 1 + r, Glyphs.fit(Glyphs.forTerminal(link.url()), urlEnd - urlStart), plain,
                    urlEnd);
            if (link.origin().ofTheModel()) {
                canvas.link(urlStart, 1 + r, col, link.url());
            }
            canvas.fill(col, 1 + r, urlEnd, plain);
            if (urlEnd < cols - 1) {
                col = canvas.text(urlEnd, 1 + r, "  " + label, subdued, cols - 1);
            }
            canvas.fill(col, 1 + r, cols, plain);
        }
        if (canvas.rows() > 1) {
            KeyMap keys = options.keys();
            canvas.bar(canvas.rows() - 1, KeyMap.present(keys.hint("open", ACTIONS, Action.OPEN),
                    links.size() > 1 ? "1-" + links.size() + " number" : null,
                    keys.hint("back", ACTIONS, Action.BACK), keys.hint("help", ACTIONS, Action.HELP)),
                    message == null ? "" : message, status);
        }
    }
}
