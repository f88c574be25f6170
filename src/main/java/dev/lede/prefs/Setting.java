package dev.lede.prefs;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One preference as a dotted key ({@code theme}, {@code colors.quote}, {@code keys.collapse_all}): its kind, the
 * values it allows, and how to read, show and step it. A preferences screen iterates {@link #all()}; the file reader
 * and {@code lede config set} validate through the same {@link #parse}.
 */
public final class Setting {

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
        SECTIONS
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

    private final String key;
    private final Kind kind;
    private final String description;
    private final List<String> choices;
    private final int min;
    private final int max;
    private final boolean zeroAllowed;
    private final Function<Preferences, Object> getter;
    private final Function<Raw, Object> parser;
    private final Function<Object, List<String>> words;

    Setting(String key, Kind kind, String description, List<String> choices, int min, int max, boolean zeroAllowed,
            Function<Preferences, Object> getter, Function<Raw, Object> parser, Function<Object, List<String>> words) {
        this.key = key;
        this.kind = kind;
        this.description = description;
        this.choices = List.copyOf(choices);
        this.min = min;
        this.max = max;
        this.zeroAllowed = zeroAllowed;
        this.getter = getter;
        this.parser = parser;
        this.words = words;
    }

    /** Every preference, in the order of the documented {@code config.yml}. */
    public static List<Setting> all() {
        return Settings.ALL;
    }

    /** The preference with this dotted key. */
    public static Optional<Setting> find(String key) {
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

    /** The typed value in some preferences: a String, Integer, Boolean, enum, {@link Color}, list or record. */
    public Object value(Preferences preferences) {
        return getter.apply(preferences);
    }

    /** The value as words, the way {@code lede config get} prints it and {@code lede config set} takes it. */
    public List<String> words(Preferences preferences) {
        return words.apply(value(preferences));
    }

    /** The value as YAML text for one line of the file, e.g. {@code [j, Down]} or {@code '#ff8800'}. */
    public String yaml(Preferences preferences) {
        return yaml(value(preferences));
    }

    String yaml(Object value) {
        List<String> w = words.apply(value);
        boolean list = kind == Kind.FOLDERS || kind == Kind.KEYS
                || (kind == Kind.SECTIONS && ((Collapsed) value).mode() == Collapsed.Mode.LISTED);
        return list ? YamlText.list(w) : YamlText.scalar(w.get(0));
    }

    /**
     * The typed value of some words given on a command line or typed in the reader. List kinds take each word as an
     * item and {@code []} alone as the empty list; {@code none} or {@code all} alone are the modes of
     * {@link Kind#SECTIONS}.
     *
     * @throws IllegalArgumentException saying what is allowed
     */
    public Object parseWords(List<String> words) {
        boolean listKind = kind == Kind.FOLDERS || kind == Kind.KEYS || kind == Kind.SECTIONS;
        if (listKind && words.equals(List.of("[]"))) {
            return parse(Raw.of(List.of()));
        }
        if (kind == Kind.SECTIONS && words.size() == 1 && List.of("none", "all").contains(words.get(0))) {
            return parse(Raw.of(words.get(0)));
        }
        if (listKind) {
            return parse(Raw.of(words));
        }
        if (words.size() != 1) {
            throw new IllegalArgumentException("expected one value, got " + words.size());
        }
        return parse(Raw.of(words.get(0)));
    }

    /** @throws IllegalArgumentException saying what is allowed */
    Object parse(Raw raw) {
        return parser.apply(raw);
    }

    /**
     * The words of the value one step away: the next or previous choice or named colour, true for false, the number
     * plus {@code delta} within its range. Empty for the kinds that are typed.
     */
    public Optional<List<String>> step(Preferences preferences, int delta) {
        if (kind == Kind.KEYS || kind == Kind.FOLDERS || kind == Kind.SECTIONS) {
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
