package dev.lede.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One key as settings spell it: a single character ({@code "j"}, {@code "?"}), a name ({@code "PageDown"}), or
 * either with {@code C-} (Ctrl) or {@code M-} (Alt) in front.
 */
record Key(KeyType type, char character, boolean ctrl, boolean alt) {

    /** Names accepted in settings (lower case), the canonical spellings, and the labels help shows. */
    private static final Map<String, KeyType> NAMES = new LinkedHashMap<>();
    private static final Map<KeyType, String> LABELS = new LinkedHashMap<>();
    private static final List<String> SPELLINGS = new ArrayList<>();

    static {
        name("Down", KeyType.ArrowDown, "↓");
        name("Up", KeyType.ArrowUp, "↑");
        name("Left", KeyType.ArrowLeft, "←");
        name("Right", KeyType.ArrowRight, "→");
        name("PageDown", KeyType.PageDown, "PgDn");
        name("PageUp", KeyType.PageUp, "PgUp");
        name("Home", KeyType.Home, "Home");
        name("End", KeyType.End, "End");
        name("Enter", KeyType.Enter, "Enter");
        name("Tab", KeyType.Tab, "Tab");
        name("S-Tab", KeyType.ReverseTab, "Shift-Tab");
        name("Esc", KeyType.Escape, "Esc");
        name("Backspace", KeyType.Backspace, "Backspace");
        name("Delete", KeyType.Delete, "Del");
        name("Insert", KeyType.Insert, "Ins");
        for (int f = 1; f <= 12; f++) {
            name("F" + f, KeyType.valueOf("F" + f), "F" + f);
        }
        NAMES.put("pgdn", KeyType.PageDown);
        NAMES.put("pgup", KeyType.PageUp);
        NAMES.put("escape", KeyType.Escape);
        NAMES.put("return", KeyType.Enter);
        NAMES.put("shift-tab", KeyType.ReverseTab);
    }

    private static void name(String name, KeyType type, String label) {
        NAMES.put(name.toLowerCase(Locale.ROOT), type);
        LABELS.put(type, label);
        SPELLINGS.add(name);
    }

    static Key character(char c) {
        return new Key(KeyType.Character, c, false, false);
    }

    static Key named(KeyType type) {
        return new Key(type, '\0', false, false);
    }

    /** The key a keystroke is, or null for keystrokes no setting can name (mouse events, cursor reports). */
    static Key of(KeyStroke stroke) {
        KeyType type = stroke.getKeyType();
        if (type == KeyType.Character) {
            return new Key(type, stroke.getCharacter(), stroke.isCtrlDown(), stroke.isAltDown());
        }
        return LABELS.containsKey(type) ? new Key(type, '\0', stroke.isCtrlDown(), stroke.isAltDown()) : null;
    }

    /**
     * @throws IllegalArgumentException when the spelling names no key
     */
    static Key parse(String spelling) {
        if (spelling == null || spelling.isEmpty()) {
            throw new IllegalArgumentException("empty key");
        }
        if (spelling.length() > 2 && (spelling.startsWith("C-") || spelling.startsWith("M-"))
                && !spelling.equalsIgnoreCase("S-Tab")) {
            Key base = parse(spelling.substring(2));
            boolean ctrl = spelling.charAt(0) == 'C';
            return new Key(base.type, base.character, base.ctrl || ctrl, base.alt || !ctrl);
        }
        if (spelling.equals(" ") || spelling.equalsIgnoreCase("Space")) {
            return character(' ');
        }
        if (spelling.length() == 1) {
            char c = spelling.charAt(0);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                throw new IllegalArgumentException("key '" + spelling + "' is not a printable character");
            }
            return character(c);
        }
        KeyType type = NAMES.get(spelling.toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new IllegalArgumentException("unknown key '" + spelling + "' (use a single character, Space, "
                    + String.join(", ", SPELLINGS)
                    + ", or C-/M- in front of one)");
        }
        return named(type);
    }

    /** The key as settings spell it, so that {@code parse(spelling())} gives it back. */
    String spelling() {
        String base;
        if (type == KeyType.Character) {
            base = character == ' ' ? "Space" : String.valueOf(character);
        } else {
            base = SPELLINGS.stream().filter(name -> NAMES.get(name.toLowerCase(Locale.ROOT)) == type).findFirst()
                    .orElseThrow();
        }
        return (ctrl ? "C-" : "") + (alt ? "M-" : "") + base;
    }

    /** How help shows the key: {@code j}, {@code ↓}, {@code PgDn}, {@code Space}, {@code Ctrl-x}. */
    String label() {
        String base = type == KeyType.Character ? (character == ' ' ? "Space" : String.valueOf(character))
                : LABELS.get(type);
        return (ctrl ? "Ctrl-" : "") + (alt ? "Alt-" : "") + base;
    }
}
