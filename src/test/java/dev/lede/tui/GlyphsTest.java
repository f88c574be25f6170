package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.tui.Glyphs.Glyph;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlyphsTest {

    @Test
    void anEmojiIsOneGlyphOfTwoCellsHoldingTheWholeCodePoint() {
        assertEquals(List.of(new Glyph("a", 1), new Glyph("😀", 2), new Glyph("b", 1)), Glyphs.split("a😀b"));
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
