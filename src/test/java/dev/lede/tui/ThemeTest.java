package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextColor;
import dev.lede.prefs.Color;
import dev.lede.prefs.Element;
import dev.lede.prefs.ThemeName;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void fourNamedThemes() {
        for (ThemeName name : ThemeName.values()) {
            Theme theme = Theme.of(name);
            for (Element element : Element.values()) {
                assertTrue(theme.style(element) != null, name + " " + element);
            }
        }
        assertEquals(Theme.defaults(), Theme.of(ThemeName.DEFAULT));
        assertNotEquals(Theme.of(ThemeName.DARK), Theme.of(ThemeName.LIGHT));
    }

    @Test
    void monoHasNoColourButSelectionStandsOut() {
        Theme mono = Theme.of(ThemeName.MONO);
        for (Element element : Element.values()) {
            assertEquals(TextColor.ANSI.DEFAULT, mono.style(element).foreground(), element.id());
        }
        assertTrue(mono.selection().reverse());
    }

    @Test
    void oneElementsColourCanBeOverridden() {
        Theme theme = Theme.defaults().withColour(Element.QUOTE, new Color("magenta"));
        assertEquals(TextColor.ANSI.MAGENTA, theme.quote().foreground());
        assertEquals(Theme.defaults().heading(), theme.heading());
        assertEquals(TextColor.ANSI.RED_BRIGHT, Theme.colour(new Color("bright_red")));
        assertEquals(new TextColor.Indexed(208), Theme.colour(new Color("208")));
        assertEquals(new TextColor.RGB(255, 136, 0), Theme.colour(new Color("#ff8800")));
        assertEquals(TextColor.ANSI.DEFAULT, Theme.colour(new Color("default")));
        assertThrows(IllegalArgumentException.class, () -> Theme.colour(new Color("256")));
        assertThrows(IllegalArgumentException.class, () -> Theme.colour(new Color("reddish")));
        assertSame(theme, theme.withColour(Element.QUOTE, Color.THEME), "theme keeps the theme's colour");
    }

    @Test
    void noColorLeavesOnlyBoldItalicAndReverse() {
        Theme theme = Theme.of(ThemeName.DARK).forEnvironment(Map.of("NO_COLOR", "1"));
        for (Element element : Element.values()) {
            Style style = theme.style(element);
            assertEquals(TextColor.ANSI.DEFAULT, style.foreground(), element.id());
            assertEquals(TextColor.ANSI.DEFAULT, style.background(), element.id());
        }
        assertTrue(theme.selection().reverse(), "a selection shown by its background keeps standing out");
        assertTrue(theme.status().reverse());
        assertTrue(theme.title().bold());
    }

    @Test
    void emptyNoColorChangesNothing() {
        Theme dark = Theme.of(ThemeName.DARK);
        assertSame(dark, dark.forEnvironment(Map.of("NO_COLOR", "")));
        assertSame(dark, dark.forEnvironment(Map.of()));
    }
}
