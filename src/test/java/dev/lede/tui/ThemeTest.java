package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextColor;
import dev.lede.prefs.Color;
import dev.lede.prefs.Element;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void fourNamedThemes() {
        for (String name : Theme.NAMES) {
            Theme theme = Theme.named(name);
            for (Element element : Element.values()) {
                assertTrue(theme.style(element) != null, name + " " + element);
            }
        }
        assertEquals(Theme.defaults(), Theme.named("DEFAULT"));
        assertNotEquals(Theme.named("dark"), Theme.named("light"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Theme.named("neon"));
        assertTrue(e.getMessage().contains("unknown theme 'neon'") && e.getMessage().contains("mono"));
    }

    @Test
    void monoHasNoColourButSelectionStandsOut() {
        Theme mono = Theme.named("mono");
        for (Element element : Element.values()) {
            assertEquals(TextColor.ANSI.DEFAULT, mono.style(element).foreground(), element.id());
        }
        assertTrue(mono.selection().reverse());
    }

    @Test
    void oneElementsColourCanBeOverridden() {
        Theme theme = Theme.defaults().withColour("quote", "magenta");
        assertEquals(TextColor.ANSI.MAGENTA, theme.quote().foreground());
        assertEquals(Theme.defaults().heading(), theme.heading());
        assertEquals(TextColor.ANSI.RED_BRIGHT, Theme.colour(new Color("bright_red")));
        assertEquals(new TextColor.Indexed(208), Theme.colour(new Color("208")));
        assertEquals(new TextColor.RGB(255, 136, 0), Theme.colour(new Color("#ff8800")));
        assertEquals(TextColor.ANSI.DEFAULT, Theme.colour(new Color("default")));
        assertThrows(IllegalArgumentException.class, () -> Theme.colour(new Color("256")));
        assertThrows(IllegalArgumentException.class, () -> Theme.colour(new Color("reddish")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Theme.defaults().withColour("footer", "red"));
        assertTrue(e.getMessage().contains("unknown theme element 'footer'"), e.getMessage());
    }

    @Test
    void noColorLeavesOnlyBoldItalicAndReverse() {
        Theme theme = Theme.named("dark").forEnvironment(Map.of("NO_COLOR", "1"));
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
        Theme dark = Theme.named("dark");
        assertSame(dark, dark.forEnvironment(Map.of("NO_COLOR", "")));
        assertSame(dark, dark.forEnvironment(Map.of()));
    }
}
