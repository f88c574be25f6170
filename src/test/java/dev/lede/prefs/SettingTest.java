package dev.lede.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The descriptors a preferences screen iterates: kinds, choices, steps, and the words the CLI takes. */
class SettingTest {

    private static Setting<?> setting(String key) {
        return Setting.find(key).orElseThrow();
    }

    private static Preferences with(String key, String... words) {
        return withWords(setting(key), List.of(words));
    }

    private static <T> Preferences withWords(Setting<T> setting, List<String> words) {
        return setting.with(Preferences.DEFAULTS, setting.parseWords(words));
    }

    @Test
    void everyPreferenceHasOneDescriptorWithADescription() {
        List<Setting<?>> all = Setting.all();
        assertEquals(all.size(), new HashSet<>(all.stream().map(Setting::key).toList()).size());
        // + 11 keys: reading state; + 4 keys and links.osc8; + 2 colours and 3 keys: searching in a story; + 2 keys: half
        // pages; + 3 list columns
        assertEquals(2 + 7 + 2 + 2 + 23 + 11 + 4 + 2 + 1 + 1 + 5 + 2 + 3, all.size());
        all.forEach(s -> assertTrue(!s.description().isBlank(), s.key()));
        assertEquals(List.of("default", "dark", "light", "mono"), setting("theme").choices());
        assertEquals(Setting.Kind.COLOR, setting("colors.quote").kind());
        assertEquals(Setting.Kind.KEYS, setting("keys.collapse_all").kind());
        assertEquals(Optional.empty(), Setting.find("colours.quote"));
    }

    @Test
    void choicesCycleBothWays() {
        Setting theme = setting("theme");
        assertEquals(Optional.of(List.of("dark")), theme.step(Preferences.DEFAULTS, 1));
        assertEquals(Optional.of(List.of("mono")), theme.step(Preferences.DEFAULTS, -1));
        assertEquals(Optional.of(List.of("default")), theme.step(with("theme", "mono"), 1));
        assertEquals(Optional.of(List.of("title")), setting("list.sort").step(Preferences.DEFAULTS, 1));
        assertEquals(Optional.of(List.of("true")), setting("list.show_ids").step(Preferences.DEFAULTS, 1));
        assertEquals(Optional.of(List.of("default")), setting("colors.quote").step(Preferences.DEFAULTS, 1));
        assertEquals(Optional.of(List.of("theme")), setting("colors.quote").step(with("colors.quote", "208"), 1));
    }

    @Test
    void theThemeCyclesDefaultDarkLightMono() {
        assertEquals(ThemeName.DARK, ThemeName.DEFAULT.next());
        assertEquals(ThemeName.LIGHT, ThemeName.DARK.next());
        assertEquals(ThemeName.MONO, ThemeName.LIGHT.next());
        assertEquals(ThemeName.DEFAULT, ThemeName.MONO.next());
    }

    @Test
    void numbersStepWithinTheirRangeAndTheReadingWidthSkipsFromZeroToTwenty() {
        Setting width = setting("reader.width");
        assertEquals(Optional.of(List.of("20")), width.step(Preferences.DEFAULTS, 1));
        assertEquals(Optional.of(List.of("0")), width.step(Preferences.DEFAULTS, -1));
        assertEquals(Optional.of(List.of("0")), width.step(with("reader.width", "20"), -1));
        assertEquals(Optional.of(List.of("1000")), width.step(with("reader.width", "995"), 10));
        Setting export = setting("export.width");
        assertEquals(Optional.of(List.of("20")), export.step(with("export.width", "25"), -10));
        assertEquals(Optional.empty(), setting("keys.down").step(Preferences.DEFAULTS, 1));
        assertEquals(Optional.empty(), setting("library").step(Preferences.DEFAULTS, 1));
    }

    @Test
    void wordsAreWhatGetPrintsAndSetTakes() {
        assertEquals(List.of("Down", "j", "C-n"), setting("keys.down").words(Preferences.DEFAULTS));
        assertEquals(List.of(), setting("library").words(Preferences.DEFAULTS));
        assertEquals(List.of("none"), setting("reader.collapsed").words(Preferences.DEFAULTS));
        assertEquals(List.of("Context", "Sources"), setting("reader.collapsed").words(
                with("reader.collapsed", "Context", "Sources")));
        assertEquals(Collapsed.ALL, setting("reader.collapsed").parseWords(List.of("all")));
        assertEquals(Collapsed.listed(List.of("all", "none")),
                setting("reader.collapsed").parseWords(List.of("all", "none")));
        assertEquals(List.of(), setting("library").parseWords(List.of("[]")));
        assertEquals(List.of("-", "z"), setting("keys.collapse_all").words(with("keys.collapse_all", "-", "z")));
        assertThrows(IllegalArgumentException.class, () -> setting("theme").parseWords(List.of("dark", "light")));
    }

    @Test
    void yamlTextIsQuotedOnlyWhereYamlNeedsIt() {
        assertEquals("[Down, j, C-n]", setting("keys.down").yaml(Preferences.DEFAULTS));
        assertEquals("['?']", setting("keys.help").yaml(Preferences.DEFAULTS));
        assertEquals("'#ff8800'", setting("colors.quote").yaml(with("colors.quote", "#FF8800")));
        assertEquals("208", setting("colors.quote").yaml(with("colors.quote", "208")));
        assertEquals("[]", setting("library").yaml(Preferences.DEFAULTS));
        assertEquals("[~/news, 'a, b']", setting("library").yaml(with("library", "~/news", "a, b")));
        assertEquals("none", setting("reader.collapsed").yaml(Preferences.DEFAULTS));
        assertEquals("false", setting("list.show_ids").yaml(Preferences.DEFAULTS));
    }

    @Test
    void colorsReportTheirKind() {
        assertEquals(Color.Kind.THEME, Color.THEME.kind());
        assertEquals(0xff8800, new Color("#FF8800").rgb());
        assertEquals(208, new Color("0208".substring(1)).index());
        assertEquals(Color.Kind.ANSI, new Color("bright_cyan").kind());
        assertThrows(IllegalStateException.class, () -> new Color("red").index());
        assertThrows(IllegalArgumentException.class, () -> new Color("#fff"));
    }

    @Test
    void headingsMatchIgnoringCaseSpacesAndATrailingColon() {
        Collapsed listed = Collapsed.listed(List.of("Context", "Why is this important:"));
        assertTrue(listed.collapses(" context "));
        assertTrue(listed.collapses("Why is this important"));
        assertTrue(!listed.collapses("International reaction"));
        assertTrue(Collapsed.ALL.collapses("anything"));
        assertTrue(!Collapsed.NONE.collapses("Context"));
    }
}
