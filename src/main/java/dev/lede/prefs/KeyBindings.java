package dev.lede.prefs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reader's actions and the keys that trigger each. Keys are spelled as single characters ({@code j},
 * {@code -}, {@code G}) or by the names in {@link #KEY_NAMES}.
 *
 * @param byAction every action of {@link #ACTIONS}, in that order, with its keys
 */
public record KeyBindings(Map<String, List<String>> byAction) {

    public static final List<String> ACTIONS = List.of("down", "up", "page_down", "page_up", "top", "bottom", "open",
            "back", "help", "quit", "next_section", "prev_section", "toggle_section", "collapse_all", "expand_all",
            "next_story", "prev_story", "warnings", "search", "next_match", "prev_match", "theme", "preferences");

    public static final List<String> KEY_NAMES = List.of("Down", "Up", "PageDown", "PageUp", "Home", "End", "Enter",
            "Tab", "S-Tab", "Left", "Right", "Esc", "Space");

    /** The actions of the story list and of a story: a key may be bound once on each. */
    static final List<String> LIST_ACTIONS = List.of("down", "up", "page_down", "page_up", "top", "bottom", "open",
            "help", "quit", "warnings", "search", "theme", "preferences");
    static final List<String> STORY_ACTIONS = List.of("down", "up", "page_down", "page_up", "top", "bottom",
            "next_section", "prev_section", "toggle_section", "collapse_all", "expand_all", "next_story",
            "prev_story", "next_match", "prev_match", "back", "help", "theme", "preferences");

    public static final KeyBindings DEFAULTS = new KeyBindings(defaults());

    static final String ALLOWED = "a key or a list of keys: single characters such as j, G or \"-\", or "
            + String.join(", ", KEY_NAMES);

    public KeyBindings {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String action : ACTIONS) {
            List<String> keys = byAction.get(action);
            if (keys == null) {
                throw new IllegalArgumentException("no keys for action " + action);
            }
            copy.put(action, List.copyOf(keys));
        }
        if (!ACTIONS.containsAll(byAction.keySet())) {
            throw new IllegalArgumentException("unknown actions in " + byAction.keySet());
        }
        byAction = Collections.unmodifiableMap(copy);
    }

    public List<String> keys(String action) {
        List<String> keys = byAction.get(action);
        if (keys == null) {
            throw new IllegalArgumentException("unknown action " + action);
        }
        return keys;
    }

    /**
     * Each key bound to more than one action of the same screen, with those actions. A key may serve one action on
     * the story list and another in a story, as the defaults do: Enter opens a story and folds a section, q quits the
     * list and leaves a story.
     */
    Map<String, List<String>> sharedKeys() {
        Map<String, List<String>> actionsByKey = new LinkedHashMap<>();
        byAction.forEach((action, keys) -> keys.forEach(
                key -> actionsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(action)));
        actionsByKey.values().removeIf(actions -> actions.size() < 2
                || !(LIST_ACTIONS.containsAll(actions) || STORY_ACTIONS.containsAll(actions)));
        return actionsByKey;
    }

    /**
     * The keys as spelled in preferences, checked, with names in their canonical case and repeats dropped.
     *
     * @throws IllegalArgumentException naming the first key that is not allowed
     */
    static List<String> parseKeys(List<String> spellings) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (String spelling : spellings) {
            keys.add(canonicalKey(spelling));
        }
        return List.copyOf(keys);
    }

    private static String canonicalKey(String spelling) {
        if (spelling.codePointCount(0, spelling.length()) == 1) {
            int c = spelling.codePointAt(0);
            if (!Character.isWhitespace(c) && !Character.isISOControl(c) && Character.isDefined(c)) {
                return spelling;
            }
        }
        for (String name : KEY_NAMES) {
            if (name.equalsIgnoreCase(spelling)) {
                return name;
            }
        }
        throw new IllegalArgumentException("unknown key " + SafeYaml.quoted(spelling) + suggestion(spelling)
                + "; allowed: "
                + ALLOWED);
    }

    private static String suggestion(String spelling) {
        String near = Nearest.of(spelling.toLowerCase(Locale.ROOT),
                KEY_NAMES.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList());
        if (near == null) {
            return "";
        }
        return " (did you mean " + KEY_NAMES.stream().filter(k -> k.equalsIgnoreCase(near)).findFirst().orElse(near)
                + "?)";
    }

    private static Map<String, List<String>> defaults() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("down", List.of("Down", "j"));
        keys.put("up", List.of("Up", "k"));
        keys.put("page_down", List.of("PageDown", "Space"));
        keys.put("page_up", List.of("PageUp", "b"));
        keys.put("top", List.of("g", "Home"));
        keys.put("bottom", List.of("G", "End"));
        keys.put("open", List.of("Enter", "Right", "l"));
        keys.put("back", List.of("Left", "h", "Esc", "q"));
        keys.put("help", List.of("?"));
        keys.put("quit", List.of("q"));
        keys.put("next_section", List.of("Tab"));
        keys.put("prev_section", List.of("S-Tab"));
        keys.put("toggle_section", List.of("Enter"));
        keys.put("collapse_all", List.of("-"));
        keys.put("expand_all", List.of("+", "="));
        keys.put("next_story", List.of("J"));
        keys.put("prev_story", List.of("K"));
        keys.put("warnings", List.of("w"));
        keys.put("search", List.of("/"));
        keys.put("next_match", List.of("n"));
        keys.put("prev_match", List.of("N"));
        keys.put("theme", List.of("t"));
        keys.put("preferences", List.of("p"));
        return keys;
    }
}
