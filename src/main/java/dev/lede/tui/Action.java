package dev.lede.tui;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a key asks the reader to do. Each screen handles the actions that make sense on it and ignores the rest. */
public enum Action {
    DOWN, UP, PAGE_DOWN, PAGE_UP, TOP, BOTTOM, OPEN, BACK, HELP, QUIT,
    NEXT_SECTION, PREV_SECTION, TOGGLE_SECTION, COLLAPSE_ALL, EXPAND_ALL, NEXT_STORY, PREV_STORY,
    /** Show the warnings loading the library gave (skipped files). */
    WARNINGS,
    /** Filter the list as you type (titles, then full text). */
    SEARCH,
    /** Jump to the next or previous match of the filter inside a story. */
    NEXT_MATCH, PREV_MATCH,
    /** Switch to the next theme and save it; open the preferences screen. The app handles these on every screen. */
    THEME, PREFERENCES;

    /** The name used in settings: {@code page_down}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The action with this settings name.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Action fromConfigName(String name) {
        for (Action action : values()) {
            if (action.configName().equals(name)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown action '" + name + "' (use "
                + Arrays.stream(values()).map(Action::configName).collect(Collectors.joining(", ")) + ")");
    }
}
