package dev.lede.tui;

import dev.lede.library.StoryOrder;
import dev.lede.prefs.Change;
import dev.lede.prefs.Element;
import dev.lede.prefs.Preferences;
import dev.lede.prefs.PreferencesStore;
import dev.lede.prefs.ThemeName;
import java.time.Duration;
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

    /** The environment lede was started with, for what the reader starts ({@code BROWSER}, {@code PATH}). */
    Map<String, String> env() {
        return env;
    }

    ReaderOptions options() {
        return fixed != null ? fixed : options(current, env);
    }

    StoryOrder order() {
        return StoryOrder.valueOf(current.sort().name());
    }

    /** The reader's options for some preferences, with colours fitted to the terminal the environment describes. */
    public static ReaderOptions options(Preferences p, Map<String, String> env) {
        ColourDepth depth = ColourDepth.of(env);
        Theme theme = themed(p, p.theme()).mapColours(depth::fit).forEnvironment(env);
        Backdrop backdrop = Backdrop.of(p.theme()).mapColours(depth::fit).forEnvironment(env);
        return new ReaderOptions(theme, p.readingWidth(), p.collapsed(), p.showIds(), KeyMap.of(p.keys()), backdrop,
                Charmap.of(env), p.listColumns());
    }

    /** The named theme with the colours the preferences set over it. */
    private static Theme themed(Preferences p, ThemeName name) {
        Theme theme = Theme.of(name);
        for (Element element : Element.values()) {
            theme = theme.withColour(element, p.color(element));
        }
        return theme;
    }

    /** Whether the theme, with the colours the preferences set over it, is readable on its own background. */
    private static boolean readable(Preferences p, ThemeName name) {
        return Backdrop.of(name).shows(themed(p, name));
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
     * is kept in memory for this session. A theme that paints its own background is passed over when a colour the
     * preferences set ({@code colors.title: white}) would not be readable on it, so {@code t} never reaches an
     * unreadable screen.
     *
     * @return a short line for the status bar, e.g. {@code theme: dark (saved)}
     */
    String cycleTheme() {
        ThemeName next = current.theme().next();
        while (!readable(current, next) && next != current.theme()) {
            next = next.next();
        }
        Change change = store.set("theme", List.of(next.id()), LOCK_TIMEOUT);
        if (change.ok()) {
            current = change.preferences();
            return "theme: " + next.id() + " (saved)";
        }
        current = current.withTheme(next);
        return "theme: " + next.id() + " (not saved: " + change.message() + ")";
    }
}
