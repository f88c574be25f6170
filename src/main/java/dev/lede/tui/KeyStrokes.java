package dev.lede.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.keys.Key;
import java.util.EnumMap;
import java.util.Map;

/** Lanterna's keystrokes as {@link Key}s, the keys settings name. */
final class KeyStrokes {

    private static final Map<Key.Type, KeyType> TYPES = new EnumMap<>(Key.Type.class);
    private static final Map<KeyType, Key.Type> KEYS = new EnumMap<>(KeyType.class);

    static {
        for (Key.Type type : Key.Type.values()) {
            KeyType lanterna = switch (type) {
                case CHARACTER -> KeyType.Character;
                case DOWN -> KeyType.ArrowDown;
                case UP -> KeyType.ArrowUp;
                case LEFT -> KeyType.ArrowLeft;
                case RIGHT -> KeyType.ArrowRight;
                case PAGE_DOWN -> KeyType.PageDown;
                case PAGE_UP -> KeyType.PageUp;
                case HOME -> KeyType.Home;
                case END -> KeyType.End;
                case ENTER -> KeyType.Enter;
                case TAB -> KeyType.Tab;
                case BACK_TAB -> KeyType.ReverseTab;
                case ESCAPE -> KeyType.Escape;
                case BACKSPACE -> KeyType.Backspace;
                case DELETE -> KeyType.Delete;
                case INSERT -> KeyType.Insert;
                default -> KeyType.valueOf(type.name()); // F1 … F12
            };
            TYPES.put(type, lanterna);
            KEYS.put(lanterna, type);
        }
    }

    private KeyStrokes() {
    }

    /** The key a keystroke is, or null for keystrokes no setting can name (mouse events, cursor reports). */
    static Key key(KeyStroke stroke) {
        Key.Type type = KEYS.get(stroke.getKeyType());
        if (type == null) {
            return null;
        }
        int character = type == Key.Type.CHARACTER ? stroke.getCharacter() : 0;
        if (type == Key.Type.CHARACTER && stroke.isCtrlDown() && stroke.isAltDown()) {
            // Lanterna reads Esc then Tab, Ctrl-J or Ctrl-M (Alt with Tab or Enter) as Ctrl-Alt-i, -j, -m.
            switch (character) {
                case 'i' -> {
                    return new Key(Key.Type.TAB, 0, false, true);
                }
                case 'j', 'm' -> {
                    return new Key(Key.Type.ENTER, 0, false, true);
                }
                default -> {
                }
            }
        }
        return new Key(type, character, stroke.isCtrlDown(), stroke.isAltDown());
    }

    /** The keystroke a key is; a character outside the Basic Multilingual Plane cannot be one. */
    static KeyStroke stroke(Key key) {
        if (key.type() == Key.Type.CHARACTER) {
            return new KeyStroke((char) key.character(), key.ctrl(), key.alt());
        }
        return new KeyStroke(TYPES.get(key.type()), key.ctrl(), key.alt());
    }
}
