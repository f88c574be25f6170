package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lede.tui.Glyphs.Glyph;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlyphsTest {

    @Test
    void anEmojiIsOneGlyphOfTwoCellsHoldingTheWholeCodePoint() {
        assertEquals(List.of(new Glyph("a", 1), new Glyph("😀", 2), new Glyph("b", 1)), Glyphs.split("a😀b"));
    }

    @Test
    void plainTextIsShownAsItIsOneCellPerCharacterAsTheGlyphPassWouldShowIt() {
        StringBuilder plain = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            String one = String.valueOf(c);
            if (Glyphs.isPlain(one)) {
                assertEquals(List.of(new Glyph(one, 1)), Glyphs.split(one), Integer.toHexString(c));
                assertEquals(1, dev.lede.text.DisplayWidth.of(c), Integer.toHexString(c));
                plain.append(c);
            }
        }
        assertEquals(0x7F - 0x20 + 0x300 - 0xA0 - 1 + 0x2027 - 0x2010 + 1 + 0x205E - 0x2030 + 1, plain.length());
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(plain.charAt(random.nextInt(plain.length())));
            }
            String s = text.toString();
            assertEquals(Glyphs.rebuilt(s), Glyphs.forTerminal(s), s);
            assertEquals(Glyphs.split(s).size(), Glyphs.width(s), s);
        }
        for (String notPlain : List.of("e\u0301", "a\u00ADb", "a\nb", "\u200D", "東", "a\u2028", "\uD83D")) {
            assertFalse(Glyphs.isPlain(notPlain), notPlain);
        }
    }

    @Test
    void cjkIsTwoCells() {
        assertEquals(List.of(new Glyph("東", 2), new Glyph("京", 2)), Glyphs.split("東京"));
        assertEquals(4, Glyphs.width("東京"));
    }

    @Test
    void combiningMarksJoinTheirBaseAndDecomposedTextIsComposed() {
        assertEquals(List.of(new Glyph("é", 1)), Glyphs.split("e\u0301"));
        assertEquals(List.of(new Glyph("q\u0303", 1)), Glyphs.split("q\u0303"));
        assertEquals(List.of(new Glyph("क\u094D", 1), new Glyph("ष", 1)), Glyphs.split("क्ष"));
    }

    @Test
    void aGlyphKeepsItsFirstDozenMarks() {
        String dozen = "\u0301".repeat(Glyphs.MAX_MARKS);
        assertEquals(List.of(new Glyph("é" + dozen, 1), new Glyph("x", 1)),
                Glyphs.split("e" + "\u0301".repeat(80_000) + "x"));
        assertEquals(List.of(new Glyph("é" + dozen, 1)), Glyphs.split("e" + "\u0301".repeat(Glyphs.MAX_MARKS + 1)));
        assertEquals(List.of(new Glyph("é" + "\u0301".repeat(Glyphs.MAX_MARKS - 1), 1)),
                Glyphs.split("e" + "\u0301".repeat(Glyphs.MAX_MARKS)), "a dozen after the one that composes");
        assertEquals(List.of(new Glyph("é" + dozen, 1), new Glyph("x", 1)),
                Glyphs.split("e" + "\u0301\u200B".repeat(10_000) + "x"), "marks between dropped characters");
        assertEquals(List.of(new Glyph("q" + "\u0308\u0301".repeat(Glyphs.MAX_MARKS / 2), 1)),
                Glyphs.split("q" + "\u0344".repeat(1_000)), "marks that NFC decomposes into two");
        assertEquals(1, Glyphs.width("e" + "\u0301".repeat(80_000)));
    }

    @Test
    void whatTerminalsDisagreeAboutIsDropped() {
        assertEquals("👨👩", Glyphs.forTerminal("👨\u200D👩"), "zero-width joiner");
        assertEquals("❤", Glyphs.forTerminal("❤\uFE0F"), "variation selector");
        assertEquals("👍", Glyphs.forTerminal("👍\uD83C\uDFFD"), "skin tone after an emoji");
        assertEquals("ab", Glyphs.forTerminal("a\u00ADb"), "soft hyphen");
        assertEquals("ab", Glyphs.forTerminal("a\u202Eb"), "bidi override");
    }

    @Test
    void twoRegionalIndicatorsAreOneFlag() {
        assertEquals(List.of(new Glyph("🇦🇱", 2)), Glyphs.split("🇦🇱"));
    }

    @Test
    void noControlCharacterSurvives() {
        String hostile = "a\u001B[31mb\u0007c\u0085d\u009Be\u0000f\u007Fg";
        for (Glyph glyph : Glyphs.split(hostile)) {
            glyph.text().codePoints().forEach(cp -> assertEquals(false, Character.getType(cp) == Character.CONTROL,
                    "U+" + Integer.toHexString(cp)));
        }
        assertEquals("a[31mbcdefg", Glyphs.forTerminal(hostile));
        assertEquals("a b", Glyphs.forTerminal("a\nb"));
        assertEquals("\uFFFD", Glyphs.forTerminal("\uD800"), "a lone surrogate");
    }

    @Test
    void fitCutsWithAnEllipsisByCells() {
        assertEquals("Tokyo", Glyphs.fit("Tokyo", 5));
        assertEquals("Tok…", Glyphs.fit("Tokyo", 4));
        assertEquals("東…", Glyphs.fit("東京x", 4));
        assertEquals("…", Glyphs.fit("東京", 2), "a two-cell character never half fits");
        assertEquals("", Glyphs.fit("abc", 0));
    }
}
