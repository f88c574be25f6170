package dev.lede.prefs;

import dev.lede.keys.Action;
import dev.lede.keys.Key;
import dev.lede.prefs.Setting.Codec;
import dev.lede.prefs.Setting.Kind;
import dev.lede.prefs.Setting.Raw;
import dev.lede.text.Nearest;
import dev.lede.text.TextCleaner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalog of every {@link Setting}: its key, codec, and the field of {@link Preferences} it reads and sets. */
final class Settings {

    private static final int MAX_WIDTH = 1000;
    private static final int MAX_STORY_MB = 1024;

    static final List<Setting<?>> ALL = catalog();
    static final Map<String, Setting<?>> BY_KEY = ALL.stream().collect(
            Collectors.toMap(Setting::key, s -> s, (a, b) -> a, LinkedHashMap::new));
    /** The keys that hold settings rather than being one: {@code colors}, {@code reader}, … */
    static final Set<String> SECTIONS = ALL.stream().map(Setting::key).filter(k -> k.contains("."))
            .map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toCollection(LinkedHashSet::new));

    private Settings() {
    }

    /** Every value of some preferences, by dotted key. */
    static Map<String, Object> values(Preferences p) {
        Map<String, Object> values = new LinkedHashMap<>();
        ALL.forEach(s -> values.put(s.key(), s.value(p)));
        return values;
    }

    private static List<Setting<?>> catalog() {
        List<Setting<?>> all = new ArrayList<>();
        all.add(new Setting<>("library", Kind.FOLDERS, "Library folders; [] is the seeds/ folder next to lede",
                List.of(), 0, 0, false, new Codec<>(Settings::folders, v -> v, v -> true), Preferences::library,
                (b, v) -> b.library = v));
        all.add(choice("theme", "Colour theme", ThemeName.values(), ThemeName::id, Preferences::theme,
                (b, v) -> b.theme = v));
        for (Element element : Element.values()) {
            all.add(new Setting<>("colors." + element.id(), Kind.COLOR, "Colour of " + describe(element),
                    colorChoices(), 0, 0, false, new Codec<>(Settings::color, v -> List.of(v.text()), v -> false),
                    p -> p.color(element), (b, v) -> b.colors.put(element, v)));
        }
        all.add(number("reader.width", "Reading width in columns; 0 is the window's width", 20, MAX_WIDTH, true,
                Preferences::readingWidth, (b, v) -> b.readingWidth = v));
        all.add(new Setting<>("reader.collapsed", Kind.SECTIONS,
                "Sections collapsed when a story opens: none, all, or a list of headings",
                List.of("none", "all"), 0, 0, false, new Codec<>(Settings::collapsed, Settings::collapsedWords,
                        v -> v.mode() == Collapsed.Mode.LISTED), Preferences::collapsed, (b, v) -> b.collapsed = v));
        all.add(choice("list.sort", "Order of the story list (date: newest first)", ListSort.values(), ListSort::id,
                Preferences::sort, (b, v) -> b.sort = v));
        all.add(bool("list.show_ids", "Show story ids in the story list", Preferences::showIds,
                (b, v) -> b.showIds = v));
        all.add(bool("list.show_date", "Show each story's own date in the story list",
                p -> p.listColumns().date(), (b, v) -> b.listColumns = b.listColumns.withDate(v)));
        all.add(bool("list.show_source", "Show each story's feed or folder in the story list",
                p -> p.listColumns().source(), (b, v) -> b.listColumns = b.listColumns.withSource(v)));
        all.add(bool("list.show_sections", "Show each story's count of sections in the story list",
                p -> p.listColumns().sections(), (b, v) -> b.listColumns = b.listColumns.withSections(v)));
        for (Action action : Action.values()) {
            all.add(new Setting<>("keys." + action.configName(), Kind.KEYS, "Keys for "
                    + action.configName().replace('_', ' '), List.of(), 0, 0, false, new Codec<>(
                            raw -> Key.parseAll(raw.items()), v -> v.stream().map(Key::spelling).toList(),
                            v -> true), p -> p.keys().keys(action), (b, v) -> b.keys = b.keys.with(action, v)));
        }
        all.add(choice("export.format", "Format of 'lede export' without --format", ExportFormat.values(),
                ExportFormat::id, Preferences::exportFormat, (b, v) -> b.exportFormat = v));
        all.add(number("export.width", "Line width of the text export without --width", 20, MAX_WIDTH, false,
                Preferences::exportWidth, (b, v) -> b.exportWidth = v));
        all.add(number("limits.story_mb", "Largest story file read, in MB", 1, MAX_STORY_MB, false,
                Preferences::storyLimitMb, (b, v) -> b.storyLimitMb = v));
        all.add(bool("links.osc8", "Write the links the reader shows as OSC 8 hyperlinks", Preferences::hyperlinks,
                (b, v) -> b.hyperlinks = v));
        return List.copyOf(all);
    }

    private static <E extends Enum<E>> Setting<E> choice(String key, String description, E[] values,
            Function<E, String> id, Function<Preferences, E> getter, BiConsumer<Preferences.Builder, E> setter) {
        List<String> ids = Arrays.stream(values).map(id).toList();
        Function<Raw, E> parser = raw -> {
            String word = one(raw, "one of " + String.join(", ", ids)).strip();
            for (E value : values) {
                if (id.apply(value).equalsIgnoreCase(word)) {
                    return value;
                }
            }
            String near = Nearest.of(word.toLowerCase(Locale.ROOT), ids);
            throw new IllegalArgumentException("unknown value " + SafeYaml.quoted(word)
                    + (near == null ? "" : " (did you mean " + near + "?)") + "; allowed: " + String.join(", ", ids));
        };
        return new Setting<>(key, Kind.CHOICE, description, ids, 0, 0, false,
                new Codec<>(parser, v -> List.of(id.apply(v)), v -> false), getter, setter);
    }

    private static Setting<Boolean> bool(String key, String description, Function<Preferences, Boolean> getter,
            BiConsumer<Preferences.Builder, Boolean> setter) {
        return new Setting<>(key, Kind.BOOLEAN, description, List.of("false", "true"), 0, 0, false,
                new Codec<>(Settings::bool, v -> List.of(v.toString()), v -> false), getter, setter);
    }

    private static Setting<Integer> number(String key, String description, int min, int max, boolean zeroAllowed,
            Function<Preferences, Integer> getter, BiConsumer<Preferences.Builder, Integer> setter) {
        String allowed = (zeroAllowed ? "0 or " : "") + "a whole number from " + min + " to " + max;
        Function<Raw, Integer> parser = raw -> {
            String word = one(raw, allowed).strip();
            if (word.matches("\\+?[0-9]{1,9}")) {
                int n = Integer.parseInt(word.startsWith("+") ? word.substring(1) : word);
                if ((n >= min && n <= max) || (zeroAllowed && n == 0)) {
                    return n;
                }
            }
            throw new IllegalArgumentException("expected " + allowed + ", got " + SafeYaml.quoted(word));
        };
        return new Setting<>(key, Kind.NUMBER, description, List.of(), min, max, zeroAllowed,
                new Codec<>(parser, v -> List.of(v.toString()), v -> false), getter, setter);
    }

    private static Boolean bool(Raw raw) {
        String word = one(raw, "true or false").strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("expected true or false, got " + SafeYaml.quoted(word));
        };
    }

    private static Color color(Raw raw) {
        String word = one(raw, Color.ALLOWED);
        try {
            return new Color(word);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown colour " + SafeYaml.quoted(word) + "; allowed: "
                    + Color.ALLOWED);
        }
    }

    private static List<String> folders(Raw raw) {
        return texts(raw.items(), "folder");
    }

    private static Collapsed collapsed(Raw raw) {
        String allowed = "none, all, or a list of headings such as [Context]";
        if (!raw.isList()) {
            return switch (raw.scalar().strip().toLowerCase(Locale.ROOT)) {
                case "none" -> Collapsed.NONE;
                case "all" -> Collapsed.ALL;
                default -> throw new IllegalArgumentException("expected " + allowed + ", got "
                        + SafeYaml.quoted(raw.scalar()) + " (write [" + SafeYaml.printable(raw.scalar())
                        + "] for one heading)");
            };
        }
        return Collapsed.listed(texts(raw.list(), "heading"));
    }

    /** Non-blank, printable texts, stripped of surrounding spaces, repeats dropped. */
    private static List<String> texts(List<String> items, String what) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String text = item.strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a " + what + " cannot be empty");
            }
            if (!TextCleaner.isClean(text) || text.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a " + what + " cannot hold control characters: "
                        + SafeYaml.quoted(text));
            }
            if (!out.contains(text)) {
                out.add(text);
            }
        }
        return List.copyOf(out);
    }

    private static String one(Raw raw, String allowed) {
        if (raw.isList()) {
            throw new IllegalArgumentException("expected one value (" + allowed + "), not a list");
        }
        return raw.scalar();
    }

    private static List<String> collapsedWords(Collapsed collapsed) {
        return switch (collapsed.mode()) {
            case NONE -> List.of("none");
            case ALL -> List.of("all");
            case LISTED -> collapsed.headings();
        };
    }

    private static List<String> colorChoices() {
        List<String> choices = new ArrayList<>();
        choices.add(Color.THEME.text());
        choices.addAll(Color.ANSI_NAMES);
        return List.copyOf(choices);
    }

    private static String describe(Element element) {
        return switch (element) {
            case TITLE -> "story titles";
            case HEADING -> "section headings";
            case LEDE -> "the lede (first paragraph)";
            case QUOTE -> "quoted speech";
            case ATTRIBUTION -> "who said a quote";
            case SELECTION -> "the selected row";
            case STATUS -> "the status bar";
            case MATCH -> "search matches in a story (drawn reversed: the colour is the highlight's)";
            case CURRENT_MATCH -> "the current search match (drawn reversed)";
        };
    }
}
