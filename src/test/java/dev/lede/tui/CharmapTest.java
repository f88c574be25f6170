package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.tui.Glyphs.Glyph;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CharmapTest {

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void theLocalesCodesetNamesTheTerminalsCharacterSet() {
        assertSame(Charmap.UTF_8, Charmap.of(env("LANG", "en_US.UTF-8")));
        assertSame(Charmap.UTF_8, Charmap.of(env("LC_CTYPE", "UTF-8")), "macOS over ssh, not installed here");
        assertSame(Charmap.UTF_8, Charmap.of(env("LC_ALL", "", "LANG", "xx_NOWHERE.utf8")));
        assertEquals(StandardCharsets.US_ASCII, Charmap.of(env("LANG", "C")).charset());
        assertEquals(StandardCharsets.US_ASCII, Charmap.of(env("LC_ALL", "POSIX", "LANG", "en_US.UTF-8")).charset(),
                "LC_ALL comes first");
        assertEquals(StandardCharsets.US_ASCII, Charmap.of(env("LANG", "", "LC_ALL", "C")).charset());
        assertSame(Charmap.UTF_8, Charmap.of(env()), "an environment that says nothing: as before, UTF-8");
        assertEquals(StandardCharsets.ISO_8859_1, Charmap.of(env("LANG", "de_DE.ISO-8859-1")).charset());
        assertEquals(StandardCharsets.ISO_8859_1, Charmap.of(env("LANG", "de_DE.iso88591@euro")).charset());
        assertEquals("ISO-8859-15", Charmap.of(env("LANG", "fr_FR.iso885915")).charset().name());
        assertEquals("KOI8-R", Charmap.of(env("LANG", "ru_RU.koi8r")).charset().name());
        assertEquals(StandardCharsets.US_ASCII, Charmap.of(env("LANG", "xx.NOT-A-CHARSET")).charset());
    }

    @Test
    void theLaunchersLocaleComesBeforeTheOneItGaveJavaAndTheCLibraryAnswersForANameWithoutCodeset() {
        assertEquals(StandardCharsets.US_ASCII,
                Charmap.of(env("LC_ALL", "C.UTF-8", "LEDE_LOCALE", "C", "LEDE_CHARMAP", "ANSI_X3.4-1968")).charset());
        assertEquals(StandardCharsets.US_ASCII, Charmap.of(env("LC_ALL", "C.UTF-8", "LEDE_LOCALE", "")).charset(),
                "no locale before the launcher set one");
        assertEquals(StandardCharsets.ISO_8859_1,
                Charmap.of(env("LC_ALL", "C.UTF-8", "LEDE_LOCALE", "en_US", "LEDE_CHARMAP", "ISO-8859-1")).charset());
        assertSame(Charmap.UTF_8, Charmap.of(env("LEDE_LOCALE", "tr_TR.UTF-8", "LEDE_CHARMAP", "ANSI_X3.4-1968")),
                "the name says what the terminal is, even where the locale is not installed");
    }

    private static String shown(String text, CharsetEncoder encoder) {
        StringBuilder out = new StringBuilder();
        for (Glyph glyph : Glyphs.split(text)) {
            String shown = Charmap.shown(glyph, encoder);
            if (shown == null) {
                out.append(glyph.text());
            } else {
                assertEquals(glyph.width(), shown.length(), "a character a cell: " + glyph.text());
                out.append(shown);
            }
        }
        return out.toString();
    }

    @Test
    void inAsciiTheReadersMarksAndPunctuationHaveAsciiFormsOfTheSameWidth() {
        CharsetEncoder ascii = StandardCharsets.US_ASCII.newEncoder();
        assertEquals("> v | \" \" ' - * ! . + - | ^ v < >", shown("▸ ▾ ┃ “ ” ’ — ● ★ … ┌ ─ │ ↑ ↓ ← →", ascii));
        assertEquals("Cafe naive Zurich", shown("Café naïve Zürich", ascii));
        assertEquals("Tokyo ???? greets ?? and ??", shown("Tokyo 東京 greets 😀 and 🇦🇱", ascii));
        assertEquals("Viet Nam", shown("Vi\u1EC7t Nam", ascii), "a letter with two marks keeps its base");
        for (char c = 0x20; c < 0x7F; c++) {
            assertEquals(String.valueOf(c), shown(String.valueOf(c), ascii));
        }
    }

    @Test
    void inLatin1ItsOwnLettersStayAndOnlyTheRestIsReplaced() {
        CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();
        assertEquals("Café «déjà» \"vu\" > | . * !", shown("Café «déjà» “vu” ▸ ┃ … ● ★", latin1));
        assertEquals("東京", shown("東京", null), "UTF-8: nothing is replaced");
    }

    @Test
    void everyGlyphShownInAsciiIsAscii() {
        CharsetEncoder ascii = StandardCharsets.US_ASCII.newEncoder();
        StringBuilder all = new StringBuilder();
        for (int cp = 0xA0; cp < 0x3000; cp++) {
            all.appendCodePoint(cp);
        }
        for (String text : List.of(all.toString(), "👨‍👩‍👧 🇫🇷🇩🇪🇮 e\u0301\u0301 \uFFFD")) {
            String shown = shown(text, ascii);
            assertTrue(shown.chars().allMatch(c -> c >= 0x20 && c < 0x7F), shown);
        }
    }
}
