package dev.lede.keys;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a key asks the reader to do: each action with its default keys (vim and less conventions, as {@link Key}
 * spells them) and the screens it serves. Adding an action is one line here and its handler on a screen.
 */
public enum Action {
    DOWN("Down j C-n", Screen.LIST, Screen.STORY, Screen.WARNINGS, Screen.GROUPS, Screen.LINKS),
    UP("Up k C-p", Screen.LIST, Screen.STORY, Screen.WARNINGS, Screen.GROUPS, Screen.LINKS),
    PAGE_DOWN("PageDown Space C-f", Screen.LIST, Screen.STORY, Screen.WARNINGS, Screen.GROUPS, Screen.LINKS),
    /** Backspace pages back as Space pages on (less leaves it unbound; in vim it goes back a character). */
    PAGE_UP("PageUp b C-b Backspace", Screen.LIST, Screen.STORY, Screen.WARNINGS, Screen.GROUPS, Screen.LINKS),
    /** Half a page, as Ctrl-D and Ctrl-U in less and vim; a count before them sets the lines they move. */
    HALF_PAGE_DOWN("C-d", Screen.LIST, Screen.STORY, Screen.WARNINGS, Screen.GROUPS, Screen.LINKS),
    HALF_PAGE_UP("C-u", Screen.LIST, Screen.STORY, Screen.WARNINGS, Screen.GROUPS, Screen.LINKS),
    TOP("g Home", Screen.LIST, Screen.STORY, Screen.WARNINGS, Screen.GROUPS, Screen.LINKS),
    BOTTOM("G End", Screen.LIST, Screen.STORY, Screen.WARNINGS, Screen.GROUPS, Screen.LINKS),
    OPEN("Enter Right l", Screen.LIST, Screen.GROUPS, Screen.LINKS),
    /** Leave: clear a kept filter, back from a story or the warnings; takes a shared key first (q before QUIT). */
    BACK(Precedence.FIRST, "Left h Esc q", Screen.FILTER, Screen.STORY, Screen.WARNINGS, Screen.GROUPS, Screen.LINKS),
    /** Help on every screen but a story, where ? searches backward: {@link #STORY_HELP} there. */
    HELP("?", Screen.LIST, Screen.WARNINGS, Screen.LOADING, Screen.GROUPS, Screen.LINKS),
    QUIT("q", Screen.LIST, Screen.LOADING),
    NEXT_SECTION("Tab", Screen.STORY),
    PREV_SECTION("S-Tab", Screen.STORY),
    TOGGLE_SECTION("Enter", Screen.STORY),
    COLLAPSE_ALL("-", Screen.STORY),
    EXPAND_ALL("+ =", Screen.STORY),
    NEXT_STORY("J", Screen.STORY),
    PREV_STORY("K", Screen.STORY),
    /** Show the warnings loading the library gave (skipped files). */
    WARNINGS("w", Screen.LIST),
    /** Filter the list as you type (titles, then full text). */
    SEARCH("/", Screen.LIST),
    /** The next or previous match in a story: of its search (in its direction), else of the filter. */
    NEXT_MATCH("n", Screen.STORY),
    PREV_MATCH("N", Screen.STORY),
    /** Switch to the next theme and save it; open the preferences screen. The app handles these on every screen. */
    THEME("t", Screen.LIST, Screen.STORY, Screen.WARNINGS, Screen.LOADING, Screen.GROUPS, Screen.LINKS),
    PREFERENCES("p", Screen.LIST, Screen.STORY, Screen.WARNINGS, Screen.LOADING, Screen.GROUPS,
            Screen.LINKS),

    // Reading state in the reader: read, unread and starred marks, the groups (feeds and folders).
    /** Mark the story read, or unread again. */
    TOGGLE_READ("m", Screen.LIST, Screen.STORY),
    /** Mark every story of the list as shown (filtered, one group) read; {@link #UNDO} takes it back. */
    MARK_ALL_READ("A", Screen.LIST),
    /** Take back the last mark made with a key (m, s, A). */
    UNDO("u", Screen.LIST),
    TOGGLE_STAR("s", Screen.LIST, Screen.STORY),
    /** The next or previous unread story: on the list select it, in a story open it; past a group's, the next group. */
    NEXT_UNREAD("]", Screen.LIST, Screen.STORY),
    PREV_UNREAD("[", Screen.LIST, Screen.STORY),
    /** Show only unread stories, or all again; likewise only starred ones. */
    ONLY_UNREAD("U", Screen.LIST),
    ONLY_STARRED("S", Screen.LIST),
    /** The groups screen (each feed or folder with its counts), and back. */
    GROUPS("F", Screen.LIST, Screen.GROUPS),
    /** The stories of the next or previous group. */
    NEXT_GROUP("J", Screen.LIST),
    PREV_GROUP("K", Screen.LIST),

    // Links and reload: the story's page in the browser, its links screen, the library read again, feeds fetched.
    /** Open the story's page ({@code url} in its front matter) in the browser. */
    OPEN_LINK("o", Screen.LIST, Screen.STORY),
    /** The story's links, numbered; Enter or the number opens one. */
    LINKS("L", Screen.LIST, Screen.STORY),
    /** Read the library's folders again: new, changed and deleted files. */
    RELOAD("r", Screen.LIST),
    /** Fetch the feeds of feeds.yml in the background. */
    FETCH("R", Screen.LIST),

    // Searching inside a story, as less does: a prompt on the bottom line, then NEXT_MATCH and PREV_MATCH (n, N).
    /** Search the story forward or backward; Enter on an empty prompt repeats the last search in that direction. */
    SEARCH_FORWARD("/", Screen.STORY),
    SEARCH_BACKWARD("?", Screen.STORY),
    /** Help in a story, where ? searches backward: less's H, and F1. */
    STORY_HELP("H F1", Screen.STORY);

    /** Which of two actions a key bound to both triggers on a screen that serves both: FIRST before NORMAL. */
    public enum Precedence { FIRST, NORMAL }

    private final Precedence precedence;
    private final List<String> defaultKeys;
    private final Set<Screen> screens;

    Action(String defaultKeys, Screen... screens) {
        this(Precedence.NORMAL, defaultKeys, screens);
    }

    Action(Precedence precedence, String defaultKeys, Screen... screens) {
        this.precedence = precedence;
        this.defaultKeys = List.of(defaultKeys.split(" "));
        this.screens = Set.copyOf(Arrays.asList(screens));
    }

    public Precedence precedence() {
        return precedence;
    }

    /** The default keys as {@link Key#parse} takes them. */
    List<String> defaultKeys() {
        return defaultKeys;
    }

    public boolean serves(Screen screen) {
        return screens.contains(screen);
    }

    /** The actions a screen serves. */
    public static Set<Action> on(Screen screen) {
        EnumSet<Action> actions = EnumSet.noneOf(Action.class);
        Arrays.stream(values()).filter(a -> a.serves(screen)).forEach(actions::add);
        return actions;
    }

    /** The name used in settings: {@code page_down}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
