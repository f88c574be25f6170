package dev.lede.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one parser of keys, which the preferences file and the reader share. */
class KeyTest {

    @Test
    void everySpellingGivesItsKeyBackInCanonicalForm() {
        for (String spelling : List.of("j", "-", "?", "G", "é", "Down", "S-Tab", "Space", "Backspace", "F12", "C-d",
                "M-x", "C-M-Enter", "C--")) {
            assertEquals(spelling, Key.parse(spelling).spelling(), spelling);
        }
        assertEquals("PageDown", Key.parse("pgdn").spelling());
        assertEquals("Esc", Key.parse("ESCAPE").spelling());
        assertEquals("Down", Key.parse("down").spelling());
    }

    @Test
    void theConfigFileReachesFunctionKeysAndCtrlAndAlt() {
        assertEquals(new Key(Key.Type.F1, 0, false, false), Key.parse("F1"));
        assertEquals(new Key(Key.Type.CHARACTER, 'd', true, false), Key.parse("C-d"));
        assertEquals(new Key(Key.Type.CHARACTER, 'x', false, true), Key.parse("M-x"));
        assertEquals("Ctrl-d", Key.parse("C-d").label());
    }

    @Test
    void aLiteralSpaceOrAControlCharacterIsNoKey() {
        for (String spelling : List.of(" ", "\t", "\u001B", "", "jj", "Ctrl-x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Key.parse(spelling));
            assertTrue(e.getMessage().startsWith("unknown key '"), e.getMessage());
            assertTrue(e.getMessage().contains("; allowed: a key or a list of keys"), e.getMessage());
        }
    }

    @Test
    void aMisspeltNameSuggestsTheNearestAndTheMessageStaysOnOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Key.parse("PgeDown"));
        assertTrue(e.getMessage().startsWith("unknown key 'PgeDown' (did you mean PageDown?); allowed: "),
                e.getMessage());
        String hostile = assertThrows(IllegalArgumentException.class, () -> Key.parse("\u001B[31mx\n")).getMessage();
        assertTrue(hostile.startsWith("unknown key '\\u001B[31mx\\u000A'"), hostile);
    }

    @Test
    void repeatsAreDropped() {
        assertEquals(List.of(Key.parse("j"), Key.parse("Down")), Key.parseAll(List.of("j", "Down", "down", "j")));
    }

    /** Overflowed the stack (one call per prefix), an internal error from config set. */
    @Test
    void aNameOfAHundredThousandPrefixesParsesInLinearTime() {
        Key key = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Key.parse("C-M-".repeat(50_000) + "x"));
        assertEquals(Key.parse("C-M-x"), key);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Key.parse("C-".repeat(100_000) + "Dwn"));
        assertTrue(e.getMessage().startsWith("unknown key 'Dwn' (did you mean Down?)"), e.getMessage());
    }
}
