package dev.lede.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Saving one value changes that value's text and nothing else: comments, blank lines, key order, quoting and
 * untouched values survive. Golden files: {@code prefs/edit/user.before.yml} → {@code user.CASE.after.yml}, and the
 * shipped {@code config.yml} → {@code prefs/edit/shipped.theme-dark.after.yml}.
 */
class RoundTripTest {

    private static final Path EDIT = Golden.RESOURCES.resolve("prefs/edit");

    @TempDir
    Path dir;

    private String saved(String before, String key, List<String> words) throws Exception {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, before, StandardCharsets.UTF_8);
        PreferencesStore store = PreferencesStore.load(new ConfigLocation(file, ConfigLocation.Source.OPTION, true));
        Change change = store.set(key, words);
        assertEquals(Change.Status.SAVED, change.status(), change.message());
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            theme          | theme            | dark
            library        | library          | ~/a /srv/b c
            library-empty  | library          | []
            quote          | colors.quote     | 196
            new-colour     | colors.status    | green
            empty-value    | reader.collapsed | Context Background
            new-section    | list.sort        | title
            flow-mapping   | export.width     | 100
            flow-list      | keys.quit        | Esc
            new-key-list   | keys.help        | ? h
            """)
    void aSaveOfAUserFileChangesOnlyThatValue(String name, String key, String words) throws Exception {
        String before = Files.readString(EDIT.resolve("user.before.yml"), StandardCharsets.UTF_8);
        Golden.assertMatches(EDIT.resolve("user." + name + ".after.yml"),
                saved(before, key, Arrays.asList(words.split(" "))));
    }

    @Test
    void aSaveOfTheShippedFileChangesExactlyOneLine() throws Exception {
        String before = ShippedConfigTest.shipped();
        String after = saved(before, "theme", List.of("dark"));
        Golden.assertMatches(EDIT.resolve("shipped.theme-dark.after.yml"), after);
        assertEquals(List.of("23: theme: default -> theme: dark"), changedLines(before, after));
    }

    static Stream<Setting<?>> everySetting() {
        return Setting.all().stream();
    }

    /** Every preference of the shipped file, set to another value, changes its own line and only that line. */
    @ParameterizedTest
    @MethodSource("everySetting")
    void settingAnyPreferenceInTheShippedFileChangesOnlyItsLine(Setting<?> setting) throws Exception {
        List<String> words = setting.step(Preferences.DEFAULTS, 1).orElse(switch (setting.kind()) {
            case KEYS -> List.of("F", "Home");
            case FOLDERS -> List.of("~/news");
            default -> List.of("all");
        });
        String before = ShippedConfigTest.shipped();
        List<String> changed = changedLines(before, saved(before, setting.key(), words));
        assertEquals(1, changed.size(), changed.toString());
        String leaf = setting.key().substring(setting.key().lastIndexOf('.') + 1);
        assertTrue(changed.get(0).matches("\\d+: +" + leaf + ": .*"), changed.toString());
    }

    @Test
    void lineEndingsAndAByteOrderMarkAreKept() throws Exception {
        String after = saved("\uFEFF# mine\r\ntheme: light\r\nreader:\r\n  width: 72\r\n", "export.format",
                List.of("html"));
        assertEquals("\uFEFF# mine\r\ntheme: light\r\nreader:\r\n  width: 72\r\nexport:\r\n  format: html\r\n", after);
    }

    @Test
    void anEmptyOrCommentOnlyFileGetsTheKeyAppended() throws Exception {
        assertEquals("theme: dark\n", saved("", "theme", List.of("dark")));
        assertEquals("# just notes\n---\nkeys:\n  quit: [q, x]\n", saved("# just notes\n---\n", "keys.quit",
                List.of("q", "x")));
        assertEquals("# no newline\ncolors:\n  quote: '#00ff00'\n", saved("# no newline", "colors.quote",
                List.of("#00FF00")));
    }

    @Test
    void anEmptySectionGetsAFlowMapping() throws Exception {
        assertEquals("colors: {quote: red}  # later\ntheme: dark\n",
                saved("colors:  # later\ntheme: dark\n", "colors.quote", List.of("red")));
        assertEquals("colors: {quote: red}\n", saved("colors: ~\n", "colors.quote", List.of("red")));
    }

    /** Found by fuzzing: the new key goes at the column of the entries, not of a '?', a tag or a U+2029 line. */
    @Test
    void aKeyIsAddedAtTheColumnOfTheEntriesWhateverPrecedesThem() throws Exception {
        assertEquals("? theme\n: dark\nreader:\n  width: 60\n",
                saved("? theme\n: dark\n", "reader.width", List.of("60")));
        assertEquals("!!map\ntheme: dark\nreader:\n  width: 60\n",
                saved("!!map\ntheme: dark\n", "reader.width", List.of("60")));
        assertEquals("# a\u2029theme: dark\nreader:\n  width: 60\u2029# b\n",
                saved("# a\u2029theme: dark\u2029# b\n", "reader.width", List.of("60")));
    }

    /** "N: old -> new" for each line that differs; the files must have the same number of lines. */
    static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertEquals(a.size(), b.size(), "a line was added or removed:\n" + after);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add((i + 1) + ": " + a.get(i) + " -> " + b.get(i));
            }
        }
        return changed;
    }
}
