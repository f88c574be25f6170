package dev.lede.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.lede.keys.Action;
import dev.lede.keys.Bindings;
import dev.lede.keys.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which keys trigger which {@link Action}: the {@link Bindings} read from keystrokes, and the labels help shows. A
 * key may be bound to several actions (by default {@code Enter} opens a story on the list and folds a section in a
 * story; {@code q} quits the list and leaves a story); {@link Bindings#action} decides which one a screen takes.
 */
public final class KeyMap {

    private final Bindings bindings;

    private KeyMap(Bindings bindings) {
        this.bindings = bindings;
    }

    /** The default keys: vim and less conventions. */
    public static KeyMap defaults() {
        return new KeyMap(Bindings.DEFAULTS);
    }

    public static KeyMap of(Bindings bindings) {
        return new KeyMap(bindings);
    }

    /** The action a keystroke triggers on a screen that handles {@code handled}, if any. */
    Optional<Action> resolve(KeyStroke stroke, Set<Action> handled) {
        Key key = KeyStrokes.key(stroke);
        return key == null ? Optional.empty() : bindings.action(key, handled);
    }

    /** How help shows the keys that trigger {@code action} on a screen that handles {@code handled}. */
    List<String> labels(Action action, Set<Action> handled) {
        return bindings.keys(action).stream()
                .filter(key -> bindings.action(key, handled).orElse(null) == action)
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
