package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.keys.Key;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The keys the reader can tell apart are the keys the preferences file can name: every keystroke Lanterna decodes from
 * what a terminal sends (each byte, Esc and each byte, the escape sequences of the named keys with every modifier)
 * has a name that parses back to it and prints the same.
 */
class KeyStrokesTest {

    /** Every key Lanterna's decoder makes of the input a terminal can send, that a setting could name. */
    static Set<Key> keysTheReaderCanTell() throws IOException {
        List<String> inputs = new ArrayList<>();
        for (int b = 0; b < 128; b++) {
            inputs.add(String.valueOf((char) b));
            inputs.add("\u001b" + (char) b);
        }
        inputs.addAll(List.of("é", "\u001bé", "東", "😀"));
        List<String> named = List.of("A", "B", "C", "D", "H", "F", "P", "Q", "R", "S", "Z");
        List<String> tilde = List.of("1", "2", "3", "4", "5", "6", "15", "17", "18", "19", "20", "21", "23", "24");
        for (String n : named) {
            inputs.add("\u001b[" + n);
            inputs.add("\u001bO" + n);
        }
        for (String n : tilde) {
            inputs.add("\u001b[" + n + "~");
        }
        for (int modifier = 2; modifier <= 8; modifier++) {
            for (String n : named) {
                inputs.add("\u001b[1;" + modifier + n);
            }
            for (String n : tilde) {
                inputs.add("\u001b[" + n + ";" + modifier + "~");
            }
        }
        Set<Key> keys = new LinkedHashSet<>();
        for (String input : inputs) {
            InputDecoder decoder = new InputDecoder(new InputStreamReader(
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
            decoder.addProfile(new DefaultKeyDecodingProfile());
            KeyStroke stroke;
            while ((stroke = decoder.getNextCharacter(false)) != null && stroke.getKeyType() != KeyType.EOF) {
                Key key = KeyStrokes.key(stroke);
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheReaderCanTellHasANameThatParsesBackToIt() throws IOException {
        Set<Key> keys = keysTheReaderCanTell();
        assertTrue(keys.size() > 300, keys.size() + " keys");
        for (Key key : keys) {
            assertEquals(key, Key.parse(key.spelling()), key.spelling());
            assertEquals(key.spelling(), Key.parse(key.spelling()).spelling());
            if (Character.isBmpCodePoint(key.character())) {
                assertEquals(key, KeyStrokes.key(KeyStrokes.stroke(key)), key.spelling());
            }
        }
        for (String spelling : List.of("C-f", "C-d", "C-u", "C-n", "C-p", "C-b", "C-w", "C-Space", "C-\\", "C-]",
                "M-x", "M-X", "M-Tab", "M-Enter", "M-Backspace", "C-M-a", "F1", "F12", "C-F5", "M-Down", "C-Home",
                "Backspace", "Tab", "S-Tab", "Delete", "Insert", "PageDown", "Esc")) {
            assertTrue(keys.contains(Key.parse(spelling)), spelling + " cannot be told by the reader");
        }
    }

    @Test
    void aNameOfAKeyTheTerminalSendsAsAnotherBindsThatOne() {
        assertEquals("Tab", Key.parse("C-i").spelling());
        assertEquals("Enter", Key.parse("C-m").spelling());
        assertEquals("Enter", Key.parse("C-j").spelling());
        assertEquals("Backspace", Key.parse("C-h").spelling());
        assertEquals("Esc", Key.parse("C-[").spelling());
        assertEquals("C-Space", Key.parse("C-@").spelling());
        assertEquals("C-f", Key.parse("C-F").spelling(), "Ctrl-Shift-F sends what Ctrl-F sends");
        assertEquals("M-F", Key.parse("M-F").spelling(), "but Alt-Shift-F is Esc F, not Esc f");
        assertEquals("M-Tab", Key.parse("C-M-i").spelling());
        assertEquals("M-Tab", Key.parse("M-C-i").spelling());
    }
}
