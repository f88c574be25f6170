package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.keys.Action;
import dev.lede.keys.Bindings;
import dev.lede.keys.Key;
import dev.lede.keys.Screen;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    private static final Set<Action> LIST = new ListScreen(VirtualReader.load(VirtualReader.SEEDS),
            ReaderOptions.defaults()).actions();
    private static final Set<Action> STORY = EnumSet.complementOf(EnumSet.of(Action.OPEN, Action.QUIT,
            Action.WARNINGS));

    /** The defaults with each named action bound to exactly the given keys, as the preferences give them. */
    private static Bindings bindings(Map<String, List<String>> spelled) {
        Bindings bindings = Bindings.DEFAULTS;
        for (Map.Entry<String, List<String>> binding : spelled.entrySet()) {
            Action action = Action.valueOf(binding.getKey().toUpperCase(Locale.ROOT));
            bindings = bindings.with(action, Key.parseAll(binding.getValue()));
        }
        return bindings;
    }

    private static KeyMap rebound(Map<String, List<String>> spelled) {
        return KeyMap.of(bindings(spelled));
    }

    /** Every action's settings name and its keys as settings spell them. */
    private static Map<String, List<String>> spelled(Bindings bindings) {
        Map<String, List<String>> spelled = new LinkedHashMap<>();
        bindings.byAction().forEach((action, keys) -> spelled.put(action.configName(),
                keys.stream().map(Key::spelling).toList()));
        return spelled;
    }

    private static Optional<Action> on(KeyMap keys, Set<Action> screen, String spelling) {
        return keys.resolve(VirtualReader.stroke(Key.parse(spelling)), screen);
    }

    @Test
    void actionsUseSnakeCaseSettingsNames() {
        assertEquals("page_down", Action.PAGE_DOWN.configName());
        assertEquals(Action.TOGGLE_SECTION, Action.valueOf("toggle_section".toUpperCase(Locale.ROOT)));
        for (String name : List.of("down", "up", "page_down", "page_up", "top", "bottom", "open", "back", "help",
                "quit", "next_section", "prev_section", "toggle_section", "collapse_all", "expand_all", "next_story",
                "prev_story")) {
            assertEquals(name, Action.valueOf(name.toUpperCase(Locale.ROOT)).configName());
        }
    }

    @Test
    void theListHandlesTheActionsThatServeItTheAppAddsThemeAndPreferences() {
        Set<Action> served = EnumSet.copyOf(Action.on(Screen.LIST));
        served.removeAll(EnumSet.of(Action.THEME, Action.PREFERENCES));
        assertEquals(served, LIST);
    }

    @Test
    void defaultsFollowVimAndLess() {
        KeyMap keys = KeyMap.defaults();
        assertEquals(Optional.of(Action.DOWN), on(keys, LIST, "j"));
        assertEquals(Optional.of(Action.DOWN), on(keys, LIST, "Down"));
        assertEquals(Optional.of(Action.OPEN), on(keys, LIST, "Enter"));
        assertEquals(Optional.of(Action.OPEN), on(keys, LIST, "l"));
        assertEquals(Optional.of(Action.OPEN), on(keys, LIST, "Right"));
        assertEquals(Optional.of(Action.QUIT), on(keys, LIST, "q"));
        assertEquals(Optional.of(Action.TOP), on(keys, LIST, "Home"));
        assertEquals(Optional.of(Action.BOTTOM), on(keys, LIST, "G"));
        assertEquals(Optional.of(Action.TOGGLE_SECTION), on(keys, STORY, "Enter"));
        assertEquals(Optional.of(Action.BACK), on(keys, STORY, "q"));
        assertEquals(Optional.of(Action.BACK), on(keys, STORY, "Esc"));
        assertEquals(Optional.of(Action.BACK), on(keys, STORY, "h"));
        assertEquals(Optional.of(Action.PAGE_DOWN), on(keys, STORY, "Space"));
        assertEquals(Optional.of(Action.PAGE_UP), on(keys, STORY, "b"));
        assertEquals(Optional.of(Action.PREV_SECTION), on(keys, STORY, "S-Tab"));
        assertEquals(Optional.of(Action.COLLAPSE_ALL), on(keys, STORY, "-"));
        assertEquals(Optional.of(Action.EXPAND_ALL), on(keys, STORY, "="));
        assertEquals(Optional.of(Action.NEXT_STORY), on(keys, STORY, "J"));
        assertEquals(Optional.of(Action.PREV_STORY), on(keys, STORY, "K"));
        assertEquals(Optional.of(Action.NEXT_MATCH), on(keys, STORY, "n"));
        assertEquals(Optional.of(Action.PREV_MATCH), on(keys, STORY, "N"));
        assertEquals(Optional.of(Action.SEARCH), on(keys, LIST, "/"));
        assertEquals(Optional.empty(), on(keys, LIST, "Esc"));
    }

    @Test
    void aKeyWithCtrlOrAltIsAnotherKey() {
        KeyMap keys = KeyMap.defaults();
        assertEquals(Optional.empty(), keys.resolve(new KeyStroke('j', true, false), LIST));
        assertEquals(Optional.empty(), keys.resolve(new KeyStroke('j', false, true), LIST));
        KeyMap ctrl = rebound(Map.of("page_down", List.of("C-d")));
        assertEquals(Optional.of(Action.PAGE_DOWN), ctrl.resolve(new KeyStroke('d', true, false), STORY));
        assertEquals(Optional.empty(), ctrl.resolve(new KeyStroke(KeyType.PageDown), STORY), "rebinding replaces");
    }

    @Test
    void withBindingsReplacesTheKeysOfTheNamedActionsOnly() {
        KeyMap keys = rebound(Map.of("down", List.of("n", "Down"), "quit", List.of("x")));
        assertEquals(Optional.of(Action.DOWN), on(keys, LIST, "n"));
        assertEquals(Optional.empty(), on(keys, LIST, "j"));
        assertEquals(Optional.of(Action.QUIT), on(keys, LIST, "x"));
        assertEquals(Optional.empty(), on(keys, LIST, "q"));
        assertEquals(Optional.of(Action.BACK), on(keys, STORY, "q"), "back keeps its own q");
        assertEquals(Optional.of(Action.UP), on(keys, LIST, "k"));
        assertEquals(Optional.of(Action.DOWN), on(KeyMap.defaults(), LIST, "j"), "the original is unchanged");
    }

    @Test
    void aKeyBoundInSettingsWinsOverADefaultOnTheSameScreen() {
        KeyMap keys = rebound(Map.of("next_section", List.of("j")));
        assertEquals(Optional.of(Action.NEXT_SECTION), on(keys, STORY, "j"));
        assertEquals(Optional.of(Action.DOWN), on(keys, LIST, "j"), "the list has no sections");
        assertEquals(List.of("↓", "Ctrl-n"), keys.labels(Action.DOWN, STORY), "help shows only keys that reach the action");
        assertEquals(List.of("↓", "j", "Ctrl-n"), keys.labels(Action.DOWN, LIST));
    }

    @Test
    void emptyListUnbinds() {
        KeyMap keys = rebound(Map.of("help", List.of()));
        assertEquals(Optional.empty(), on(keys, LIST, "?"));
        assertEquals(List.of(), keys.labels(Action.HELP, LIST));
    }

    @Test
    void unknownKeyIsRefusedWithAClearMessage() {
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
                () -> rebound(Map.of("down", List.of("Dwn"))));
        assertTrue(key.getMessage().contains("unknown key 'Dwn'"), key.getMessage());
        assertTrue(key.getMessage().contains("PageDown"), key.getMessage());
        assertThrows(IllegalArgumentException.class, () -> rebound(Map.of("up", List.of(""))));
    }

    @Test
    void everyDocumentedKeySpellingParses() {
        for (String spelling : List.of("j", "-", "?", "+", "=", "Down", "Up", "PageDown", "PageUp", "Home", "End",
                "Enter", "Tab", "S-Tab", "Left", "Right", "Esc", "Space", "C-d", "M-x", "F1", "down", "pgdn")) {
            Key.parse(spelling);
        }
        assertEquals(KeyType.ReverseTab, KeyStrokes.stroke(Key.parse("S-Tab")).getKeyType());
        assertEquals(' ', Key.parse("Space").character());
        assertEquals("Shift-Tab", Key.parse("S-Tab").label());
        assertEquals("PgDn", Key.parse("PageDown").label());
    }

    @Test
    void bindingsSpellTheKeysAsSettingsDo() {
        Map<String, List<String>> bindings = spelled(Bindings.DEFAULTS);
        assertEquals(List.of("PageDown", "Space", "C-f"), bindings.get("page_down"));
        assertEquals(List.of("S-Tab"), bindings.get("prev_section"));
        assertEquals(List.of("Left", "h", "Esc", "q"), bindings.get("back"));
        assertEquals(Action.values().length, bindings.size());
        assertEquals(bindings, spelled(bindings(bindings)));
        assertEquals(List.of("C-d"), spelled(bindings(Map.of("down", List.of("C-d")))).get("down"));
    }
}
