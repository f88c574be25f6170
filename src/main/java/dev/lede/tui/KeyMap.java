package dev.lede.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.lede.prefs.KeyBindings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which keys trigger which {@link Action}. A key may be bound to several actions (by default {@code Enter} opens a
 * story on the list and folds a section in a story; {@code q} quits the list and leaves a story); each screen takes
 * the first of them it handles. Keys bound through {@link #withBindings} come before the defaults.
 */
public final class KeyMap {

    private static final Map<Action, List<String>> DEFAULTS = new EnumMap<>(Action.class);

    static {
        KeyBindings.DEFAULTS.byAction().forEach((name, keys) -> DEFAULTS.put(Action.fromConfigName(name), keys));
        if (DEFAULTS.size() != Action.values().length) {
            throw new IllegalStateException("an action has no default keys");
        }
    }

    /** Every action's keys, and the order in which actions claim a shared key. */
    private final Map<Action, List<Key>> keys;
    private final List<Action> priority;

    private KeyMap(Map<Action, List<Key>> keys, List<Action> priority) {
        this.keys = keys;
        this.priority = priority;
    }

    /** The default keys: vim and less conventions. */
    public static KeyMap defaults() {
        Map<Action, List<Key>> keys = new EnumMap<>(Action.class);
        DEFAULTS.forEach((action, spellings) -> keys.put(action, spellings.stream().map(Key::parse).toList()));
        return new KeyMap(keys, List.of(Action.values()));
    }

    /**
     * A copy where each named action is bound to exactly the given keys (an empty list unbinds it); other actions keep
     * theirs. Where a key is bound to several actions a screen handles, the actions named here win.
     *
     * @param bindings action settings names ({@code page_down}) to key spellings ({@code "j"}, {@code "PageDown"},
     *                 {@code "S-Tab"}, {@code "Space"}, {@code "C-d"})
     * @throws IllegalArgumentException naming the unknown action or key
     */
    public KeyMap withBindings(Map<String, List<String>> bindings) {
        Map<Action, List<Key>> copy = new EnumMap<>(keys);
        Map<Action, List<Key>> given = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> binding : bindings.entrySet()) {
            Action action = Action.fromConfigName(binding.getKey());
            List<Key> parsed = new ArrayList<>();
            for (String spelling : binding.getValue() == null ? List.<String>of() : binding.getValue()) {
                try {
                    Key key = Key.parse(spelling);
                    if (!parsed.contains(key)) {
                        parsed.add(key);
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(e.getMessage() + " for action '" + action.configName() + "'",
                            e);
                }
            }
            given.put(action, List.copyOf(parsed));
        }
        copy.putAll(given);
        List<Action> order = new ArrayList<>(given.keySet());
        priority.stream().filter(a -> !given.containsKey(a)).forEach(order::add);
        return new KeyMap(copy, List.copyOf(order));
    }

    /** Every action's settings name and its keys as settings spell them, e.g. {@code page_down=[PageDown, Space]}. */
    public Map<String, List<String>> bindings() {
        Map<String, List<String>> bindings = new LinkedHashMap<>();
        keys.forEach((action, list) -> bindings.put(action.configName(), list.stream().map(Key::spelling).toList()));
        return bindings;
    }

    /** The action a keystroke triggers on a screen that handles {@code handled}, if any. */
    Optional<Action> resolve(KeyStroke stroke, Set<Action> handled) {
        Key key = Key.of(stroke);
        return key == null ? Optional.empty() : resolve(key, handled);
    }

    private Optional<Action> resolve(Key key, Set<Action> handled) {
        for (Action action : priority) {
            if (handled.contains(action) && keys.get(action).contains(key)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** How help shows the keys that trigger {@code action} on a screen that handles {@code handled}. */
    List<String> labels(Action action, Set<Action> handled) {
        return keys.get(action).stream()
                .filter(key -> resolve(key, handled).orElse(null) == action)
                .map(Key::label)
                .toList();
    }

    /** The first label of {@link #labels}, or null when no key reaches the action. */
    String label(Action action, Set<Action> handled) {
        List<String> labels = labels(action, handled);
        return labels.isEmpty() ? null : labels.get(0);
    }

    /**
     * A footer hint such as {@code J/K story}: the first key of each action, then what they do; null when no key
     * reaches any of them.
     */
    String hint(String what, Set<Action> handled, Action... actions) {
        List<String> labels = new ArrayList<>();
        for (Action action : actions) {
            String label = label(action, handled);
            if (label != null) {
                labels.add(label);
            }
        }
        return labels.isEmpty() ? null : String.join("/", labels) + " " + what;
    }

    /** The non-null hints of {@link #hint}, in order. */
    static List<String> present(String... hints) {
        List<String> list = new ArrayList<>();
        for (String hint : hints) {
            if (hint != null) {
                list.add(hint);
            }
        }
        return list;
    }
}
