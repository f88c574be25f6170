package dev.lede.keys;

import dev.lede.text.Nearest;
import dev.lede.text.TextCleaner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One key, as the preferences file and the reader spell it: a single character ({@code j}, {@code ?},
 * {@code "-"}), a name ({@code PageDown}, {@code S-Tab}, {@code F1}), or either with {@code C-} (Ctrl) or {@code M-}
 * (Alt) in front. {@link #parse} is the one parser; {@link #spelling} gives the canonical spelling back.
 *
 * <p>A terminal sends some keys with Ctrl as bytes of their own, which the reader sees as other keys: Ctrl-I is Tab,
 * Ctrl-M and Ctrl-J are Enter, Ctrl-H is Backspace, {@code Ctrl-[} is Esc, {@code Ctrl-@} is Ctrl-Space, and Ctrl
 * with a capital letter is Ctrl with the small one. A key is made those keys here, whether it was parsed or came
 * from the terminal, so a name binds the key the terminal sends.
 *
 * @param type      which key; {@link Type#CHARACTER} for a character key
 * @param character the character's code point, only for {@link Type#CHARACTER}
 */
public record Key(Type type, int character, boolean ctrl, boolean alt) {

    /** The key a terminal sends for a character with Ctrl (and maybe Alt): see the class comment. */
    private static Key sent(int c, boolean alt) {
        Type type = switch (c) {
            case 'i', 'I' -> Type.TAB;
            case 'm', 'M', 'j', 'J' -> Type.ENTER;
            case 'h', 'H' -> Type.BACKSPACE;
            case '[' -> Type.ESCAPE;
            default -> Type.CHARACTER;
        };
        if (type != Type.CHARACTER) {
            return new Key(type, 0, false, alt);
        }
        int character = c == '@' ? ' ' : c >= 'A' && c <= 'Z' ? Character.toLowerCase(c) : c;
        return new Key(Type.CHARACTER, character, true, alt);
    }

    /** The keys other than characters, with their canonical spelling and the label help shows. */
    public enum Type {
        CHARACTER(null, null),
        DOWN("Down", "↓"), UP("Up", "↑"), PAGE_DOWN("PageDown", "PgDn"), PAGE_UP("PageUp", "PgUp"),
        HOME("Home", "Home"), END("End", "End"), ENTER("Enter", "Enter"), TAB("Tab", "Tab"),
        BACK_TAB("S-Tab", "Shift-Tab"), LEFT("Left", "←"), RIGHT("Right", "→"), ESCAPE("Esc", "Esc"),
        BACKSPACE("Backspace", "Backspace"), DELETE("Delete", "Del"), INSERT("Insert", "Ins"),
        F1("F1", "F1"), F2("F2", "F2"), F3("F3", "F3"), F4("F4", "F4"), F5("F5", "F5"), F6("F6", "F6"),
        F7("F7", "F7"), F8("F8", "F8"), F9("F9", "F9"), F10("F10", "F10"), F11("F11", "F11"), F12("F12", "F12");

        private final String spelling;
        private final String label;

        Type(String spelling, String label) {
            this.spelling = spelling;
            this.label = label;
        }
    }

    /** Other spellings accepted for a name, lower case. */
    private static final Map<String, Type> ALIASES = Map.of("pgdn", Type.PAGE_DOWN, "pgup", Type.PAGE_UP,
            "escape", Type.ESCAPE, "return", Type.ENTER, "shift-tab", Type.BACK_TAB);

    private static final int MAX_SHOWN = 60;

    static final String ALLOWED = "a key or a list of keys: single characters such as j, G or \"-\", or Down, Up,"
            + " PageDown, PageUp, Home, End, Enter, Tab, S-Tab, Left, Right, Esc, Space, Backspace, Delete, Insert,"
            + " F1 to F12, each also with C- (Ctrl) or M- (Alt) in front";

    /** A character key without Ctrl or Alt. */
    public static Key character(int c) {
        return new Key(Type.CHARACTER, c, false, false);
    }

    /** A named key without Ctrl or Alt. */
    public static Key named(Type type) {
        return new Key(type, 0, false, false);
    }

    /**
     * The key a spelling names; names ignore case.
     *
     * @throws IllegalArgumentException saying what is allowed, e.g. {@code unknown key 'Dwn' (did you mean Down?);
     *                                  allowed: …}
     */
    public static Key parse(String spelling) {
        boolean ctrl = false;
        boolean alt = false;
        int at = 0;
        while (spelling.length() - at > 2 && (spelling.startsWith("C-", at) || spelling.startsWith("M-", at))) {
            ctrl |= spelling.charAt(at) == 'C';
            alt |= spelling.charAt(at) == 'M';
            at += 2; // a loop, not recursion: a name of 100,000 prefixes overflowed the stack
        }
        Key base = unprefixed(spelling.substring(at));
        if (ctrl && base.type == Type.CHARACTER) {
            return sent(base.character, alt);
        }
        return new Key(base.type, base.character, ctrl, alt);
    }

    /** A key without prefixes: a character or a name. */
    private static Key unprefixed(String spelling) {
        if (spelling.equalsIgnoreCase("Space")) {
            return character(' ');
        }
        if (spelling.codePointCount(0, spelling.length()) == 1) {
            int c = spelling.codePointAt(0);
            if (!Character.isWhitespace(c) && !Character.isISOControl(c) && Character.isDefined(c)) {
                return character(c);
            }
        }
        String lower = spelling.toLowerCase(Locale.ROOT);
        for (Type type : Type.values()) {
            if (type.spelling != null && type.spelling.toLowerCase(Locale.ROOT).equals(lower)) {
                return named(type);
            }
        }
        if (ALIASES.containsKey(lower)) {
            return named(ALIASES.get(lower));
        }
        throw new IllegalArgumentException("unknown key " + quoted(spelling) + suggestion(lower) + "; allowed: "
                + ALLOWED);
    }

    /** Keys as {@link #parse} takes them, repeats dropped. */
    public static List<Key> parseAll(List<String> spellings) {
        LinkedHashSet<Key> keys = new LinkedHashSet<>();
        spellings.forEach(spelling -> keys.add(parse(spelling)));
        return List.copyOf(keys);
    }

    // equals and hashCode by hand: a record's own are bootstrapped through method handles on first use, which took
    // about a tenth of a short command's start-up (every run builds the default bindings into hashed sets)
    @Override
    public boolean equals(Object other) {
        return other instanceof Key key && type == key.type && character == key.character && ctrl == key.ctrl
                && alt == key.alt;
    }

    @Override
    public int hashCode() {
        return ((type.ordinal() * 31 + character) * 2 + (ctrl ? 1 : 0)) * 2 + (alt ? 1 : 0);
    }

    /** The key as settings spell it, so that {@code parse(spelling())} gives it back. */
    public String spelling() {
        return (ctrl ? "C-" : "") + (alt ? "M-" : "") + (type == Type.CHARACTER ? text() : type.spelling);
    }

    /** How help shows the key: {@code j}, {@code ↓}, {@code PgDn}, {@code Space}, {@code Ctrl-x}. */
    public String label() {
        return (ctrl ? "Ctrl-" : "") + (alt ? "Alt-" : "") + (type == Type.CHARACTER ? text() : type.label);
    }

    private String text() {
        return character == ' ' ? "Space" : Character.toString(character);
    }

    private static String suggestion(String lower) {
        List<String> names = new ArrayList<>();
        for (Type type : Type.values()) {
            if (type.spelling != null) {
                names.add(type.spelling);
            }
        }
        names.add(names.indexOf("Esc") + 1, "Space");
        String near = Nearest.of(lower, names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        return near == null ? "" : " (did you mean " + names.stream().filter(n -> n.equalsIgnoreCase(near))
                .findFirst().orElseThrow() + "?)";
    }

    /** A spelling in quotes for a message, on one line with controls written out, cut short when long. */
    private static String quoted(String spelling) {
        String shown = spelling.codePointCount(0, spelling.length()) > MAX_SHOWN
                ? spelling.substring(0, spelling.offsetByCodePoints(0, MAX_SHOWN)) + "…" : spelling;
        return "'" + TextCleaner.escaped(shown) + "'";
    }
}
