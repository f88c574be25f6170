package dev.lede.prefs;

import dev.lede.text.Nearest;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One preference as a dotted key ({@code theme}, {@code colors.quote}, {@code keys.collapse_all}): its kind, the
 * values it allows, its {@link Codec} (how its value is read, shown and written) and where it lives in
 * {@link Preferences}. A preferences screen iterates {@link #all()}; the file reader, {@code lede config set} and
 * the preferences screen validate through the same {@link #parse}.
 *
 * @param <T> the type of the value, e.g. {@link ThemeName} or {@link Color}
 */
public final class Setting<T> {

    /** How a preference is edited: a choice cycles, a number steps, the rest is typed. */
    public enum Kind {
        /** One of {@link #choices()}. */
        CHOICE,
        /** A whole number from {@link #min()} to {@link #max()}; see {@link #zeroAllowed()}. */
        NUMBER,
        /** true or false. */
        BOOLEAN,
        /** A {@link Color}; {@link #choices()} are the named ones. */
        COLOR,
        /** One or more keys. */
        KEYS,
        /** A list of folders. */
        FOLDERS,
        /** none, all, or a list of section headings. */
        SECTIONS;

        boolean isList() {
            return this == KEYS || this == FOLDERS || this == SECTIONS;
        }
    }

    /** A value as written: one scalar, or a list of scalars. */
    record Raw(String scalar, List<String> list) {
        static Raw of(String scalar) {
            return new Raw(scalar, null);
        }

        static Raw of(List<String> list) {
            return new Raw(null, List.copyOf(list));
        }

        boolean isList() {
            return list != null;
        }

        /** A scalar as a one-item list. */
        List<String> items() {
            return isList() ? list : List.of(scalar);
        }
    }

    /**
     * How a value is read from what was written, and written back as words ({@code lede config get}) and YAML.
     *
     * @param parse  the value written, checked; throws {@link IllegalArgumentException} saying what is allowed
     * @param words  the value as words, which {@code parse} takes back
     * @param isList whether the value is written as a YAML list
     */
    record Codec<T>(Function<Raw, T> parse, Function<T, List<String>> words, Function<T, Boolean> isList) {

        /** The value as YAML text for one line of the file, e.g. {@code [j, Down]} or {@code '#ff8800'}. */
        String yaml(T value) {
            List<String> w = words.apply(value);
            return isList.apply(value) ? YamlText.list(w) : YamlText.scalar(w.get(0));
        }

        /** The YAML text of each item of a list, for a file that writes it as a block list; null for a scalar. */
        List<String> items(T value) {
            return isList.apply(value) ? words.apply(value).stream().map(YamlText::scalar).toList() : null;
        }
    }

    private final String key;
    private final Kind kind;
    private final String description;
    private final List<String> choices;
    private final int min;
    private final int max;
    private final boolean zeroAllowed;
    private final Codec<T> codec;
    private final Function<Preferences, T> getter;
    private final BiConsumer<Preferences.Builder, T> setter;

    Setting(String key, Kind kind, String description, List<String> choices, int min, int max, boolean zeroAllowed,
            Codec<T> codec, Function<Preferences, T> getter, BiConsumer<Preferences.Builder, T> setter) {
        this.key = key;
        this.kind = kind;
        this.description = description;
        this.choices = List.copyOf(choices);
        this.min = min;
        this.max = max;
        this.zeroAllowed = zeroAllowed;
        this.codec = codec;
        this.getter = getter;
        this.setter = setter;
    }

    /** Every preference, in the order of the documented {@code config.yml}. */
    public static List<Setting<?>> all() {
        return Settings.ALL;
    }

    /** The preference with this dotted key. */
    public static Optional<Setting<?>> find(String key) {
        return Optional.ofNullable(Settings.BY_KEY.get(key));
    }

    /** "unknown preference 'colours.quote' (did you mean 'colors.quote'?)" */
    public static String unknown(String key) {
        String near = Nearest.of(key, Settings.BY_KEY.keySet());
        return "unknown preference '" + SafeYaml.printable(key) + "'"
                + (near == null ? "" : " (did you mean '" + near + "'?)");
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** One line saying what the preference does. */
    public String description() {
        return description;
    }

    /** The values of a {@link Kind#CHOICE} or {@link Kind#BOOLEAN}; the named colours of a {@link Kind#COLOR}. */
    public List<String> choices() {
        return choices;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Whether a {@link Kind#NUMBER} also allows 0 below {@link #min()} (the reading width: the window's width). */
    public boolean zeroAllowed() {
        return zeroAllowed;
    }

    /** The value in some preferences. */
    public T value(Preferences preferences) {
        return getter.apply(preferences);
    }

    /** The same preferences with this one set to {@code value}. */
    public Preferences with(Preferences preferences, T value) {
        return preferences.with(builder -> setter.accept(builder, value));
    }

    /** The value as words, the way {@code lede config get} prints it and {@code lede config set} takes it. */
    public List<String> words(Preferences preferences) {
        return codec.words().apply(value(preferences));
    }

    /** The value as YAML text for one line of the file, e.g. {@code [j, Down]} or {@code '#ff8800'}. */
    public String yaml(Preferences preferences) {
        return yaml(value(preferences));
    }

    String yaml(T value) {
        return codec.yaml(value);
    }

    /** The YAML text of each item of a list value, or null for a scalar. */
    List<String> items(T value) {
        return codec.items(value);
    }

    /**
     * The value of some words given on a command line or typed in the reader. List kinds take each word as an item
     * and {@code []} alone as the empty list; {@code none} or {@code all} alone are the modes of
     * {@link Kind#SECTIONS}.
     *
     * @throws IllegalArgumentException saying what is allowed
     */
    public T parseWords(List<String> words) {
        if (kind.isList() && words.equals(List.of("[]"))) {
            return parse(Raw.of(List.of()));
        }
        if (kind == Kind.SECTIONS && words.size() == 1 && List.of("none", "all").contains(words.get(0))) {
            return parse(Raw.of(words.get(0)));
        }
        if (kind.isList()) {
            return parse(Raw.of(words));
        }
        if (words.size() != 1) {
            throw new IllegalArgumentException("expected one value, got " + words.size());
        }
        return parse(Raw.of(words.get(0)));
    }

    /** @throws IllegalArgumentException saying what is allowed */
    T parse(Raw raw) {
        return codec.parse().apply(raw);
    }

    /**
     * The words of the value one step away: the next or previous choice or named colour, true for false, the number
     * plus {@code delta} within its range. Empty for the kinds that are typed.
     */
    public Optional<List<String>> step(Preferences preferences, int delta) {
        if (kind.isList()) {
            return Optional.empty();
        }
        String current = words(preferences).get(0);
        return Optional.of(List.of(switch (kind) {
            case BOOLEAN -> String.valueOf(!Boolean.parseBoolean(current));
            case NUMBER -> String.valueOf(stepNumber(Integer.parseInt(current), delta));
            default -> cycle(current, delta);
        }));
    }

    /** The neighbouring choice; a value that is not a choice (a colour index) steps to the first or last. */
    private String cycle(String current, int delta) {
        int at = choices.indexOf(current);
        if (at < 0) {
            return delta >= 0 ? choices.get(0) : choices.get(choices.size() - 1);
        }
        int next = Math.floorMod(at + Integer.signum(delta), choices.size());
        return choices.get(next);
    }

    private int stepNumber(int current, int delta) {
        if (zeroAllowed && current == 0) {
            return delta > 0 ? min : 0;
        }
        int next = current + delta;
        if (zeroAllowed && next < min) {
            return 0;
        }
        return Math.max(min, Math.min(max, next));
    }

    @Override
    public String toString() {
        return key;
    }
}
