package dev.lede.tui;

import dev.lede.library.StoryOrder;
import dev.lede.prefs.Change;
import dev.lede.prefs.Color;
import dev.lede.prefs.Element;
import dev.lede.prefs.KeyBindings;
import dev.lede.prefs.Preferences;
import dev.lede.prefs.PreferencesStore;
import dev.lede.prefs.ThemeName;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The preferences behind a running reader: the values in effect, how they become {@link ReaderOptions} for this
 * terminal, and changing one (saved at once through the {@link PreferencesStore}). The environment is passed in, for
 * {@code NO_COLOR}, {@code COLORTERM} and {@code TERM}.
 */
public final class ReaderPreferences {

    /** How long a save waits for another process's save: a concurrent one takes milliseconds. */
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(1);

    private final PreferencesStore store;
    private final Map<String, String> env;
    /** The options of a reader that {@code t} and {@code p} do not change, or null when they follow the preferences. */
    private final ReaderOptions fixed;
    private Preferences current;

    public ReaderPreferences(PreferencesStore store, Map<String, String> env) {
        this(store, env, null);
    }

    private ReaderPreferences(PreferencesStore store, Map<String, String> env, ReaderOptions fixed) {
        this.store = store;
        this.env = Map.copyOf(env);
        this.fixed = fixed;
        this.current = store.preferences();
    }

    /**
     * A reader with fixed options, on the built-in defaults {@link PreferencesStore#inMemory() in memory}: {@code t}
     * and {@code p} do nothing, and the list is in file order.
     */
    static ReaderPreferences fixed(ReaderOptions options) {
        return new ReaderPreferences(PreferencesStore.inMemory(), Map.of(), options);
    }

    /** False for {@link #fixed} options: the reader then has no theme and preferences keys. */
    boolean changeable() {
        return fixed == null;
    }

    /** The values in effect: the file's, or one kept in memory when it could not be saved. */
    public Preferences current() {
        return current;
    }

    PreferencesStore store() {
        return store;
    }

    ReaderOptions options() {
        return fixed != null ? fixed : options(current, env);
    }

    StoryOrder order() {
        return current.sort();
    }

    /** The reader's options for some preferences, with colours fitted to the terminal the environment describes. */
    public static ReaderOptions options(Preferences p, Map<String, String> env) {
        Theme theme = Theme.named(p.theme().id());
        for (Element element : Element.values()) {
            Color colour = p.color(element);
            if (colour.kind() != Color.Kind.THEME) {
                theme = theme.withColour(element.id(), colour.text());
            }
        }
        theme = theme.mapColours(ColourDepth.of(env)::fit).forEnvironment(env);
        return new ReaderOptions(theme, p.readingWidth(), startCollapsed(p), p.showIds(), keys(p.keys()));
    }

    private static StartCollapsed startCollapsed(Preferences p) {
        return switch (p.collapsed().mode()) {
            case NONE -> StartCollapsed.NONE;
            case ALL -> StartCollapsed.ALL;
            case LISTED -> StartCollapsed.headings(p.collapsed().headings());
        };
    }

    /**
     * The reader's default keys with the bindings that differ from the defaults laid over them, so an untouched file
     * keeps the reader's own order of actions. A binding the reader cannot use (a key the file allows but a terminal
     * cannot send) is left out.
     */
    private static KeyMap keys(KeyBindings bindings) {
        Map<String, List<String>> changed = new LinkedHashMap<>();
        bindings.byAction().forEach((action, keys) -> {
            if (!keys.equals(KeyBindings.DEFAULTS.keys(action))) {
                try {
                    KeyMap.defaults().withBindings(Map.of(action, keys));
                    changed.put(action, keys);
                } catch (IllegalArgumentException e) {
                    // not a key of the reader: keep the default
                }
            }
        });
        return KeyMap.defaults().withBindings(changed);
    }

    /** Validates and saves one value; when saved, it takes effect. */
    Change set(String key, List<String> words) {
        Change change = store.set(key, words, LOCK_TIMEOUT);
        if (change.ok()) {
            current = change.preferences();
        }
        return change;
    }

    /**
     * The next theme (default, dark, light, mono, default …), in effect at once and saved; when it cannot be saved it
     * is kept in memory for this session.
     *
     * @return a short line for the status bar, e.g. {@code theme: dark (saved)}
     */
    String cycleTheme() {
        ThemeName next = current.theme().next();
        Change change = store.set("theme", List.of(next.id()), LOCK_TIMEOUT);
        if (change.ok()) {
            current = change.preferences();
            return "theme: " + next.id() + " (saved)";
        }
        Preferences p = current;
        current = new Preferences(p.library(), next, p.colors(), p.readingWidth(), p.collapsed(), p.sort(),
                p.showIds(), p.keys(), p.exportFormat(), p.exportWidth(), p.storyLimitMb());
        return "theme: " + next.id() + " (not saved: " + change.message() + ")";
    }
}
