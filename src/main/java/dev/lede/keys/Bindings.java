package dev.lede.keys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every action with the keys that trigger it. The preferences file is laid over {@link #DEFAULTS}; the reader asks
 * {@link #action} which action a key triggers on a screen.
 *
 * @param byAction every {@link Action}, in declaration order, with its keys (an empty list: no key)
 */
public record Bindings(Map<Action, List<Key>> byAction) {

    /** Each action's default keys. */
    public static final Bindings DEFAULTS = defaults();

    public Bindings {
        EnumMap<Action, List<Key>> copy = new EnumMap<>(Action.class);
        byAction.forEach((action, keys) -> copy.put(action, List.copyOf(keys)));
        if (copy.size() != Action.values().length) {
            throw new IllegalArgumentException("keys are needed for every action, not only " + copy.keySet());
        }
        byAction = Collections.unmodifiableMap(copy);
    }

    public List<Key> keys(Action action) {
        return byAction.get(action);
    }

    /** A copy with the action bound to exactly these keys. */
    public Bindings with(Action action, List<Key> keys) {
        Map<Action, List<Key>> copy = new EnumMap<>(byAction);
        copy.put(action, keys);
        return new Bindings(copy);
    }

    /**
     * The action a key triggers on a screen that handles {@code handled}. When the key is bound to several of them,
     * the one of {@link Action.Precedence#FIRST} wins, then one bound differently from the defaults (the user's
     * choice over a default), then the one declared first.
     */
    public Optional<Action> action(Key key, Set<Action> handled) {
        return handled.stream().filter(action -> keys(action).contains(key)).min(claimOrder());
    }

    private Comparator<Action> claimOrder() {
        return Comparator.comparing(Action::precedence)
                .thenComparing(action -> keys(action).equals(DEFAULTS.keys(action)))
                .thenComparing(Comparator.naturalOrder());
    }

    /**
     * Each key bound to more than one action of the same screen, with those actions. A key may serve one action on
     * one screen and another elsewhere, as the defaults do: Enter opens a story and folds a section, q quits the
     * list and leaves a story.
     */
    public Map<Key, List<Action>> sharedKeys() {
        Map<Key, List<Action>> actionsByKey = new LinkedHashMap<>();
        byAction.forEach((action, keys) -> keys.forEach(
                key -> actionsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(action)));
        actionsByKey.values().removeIf(actions -> actions.size() < 2 || screenOf(actions) == null);
        return actionsByKey;
    }

    /** The first screen that every one of the actions serves, or null. */
    public static Screen screenOf(List<Action> actions) {
        return Arrays.stream(Screen.values()).filter(screen -> actions.stream().allMatch(a -> a.serves(screen)))
                .findFirst().orElse(null);
    }

    private static Bindings defaults() {
        Map<Action, List<Key>> keys = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            keys.put(action, Key.parseAll(action.defaultKeys()));
        }
        return new Bindings(keys);
    }
}
