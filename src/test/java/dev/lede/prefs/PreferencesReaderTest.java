package dev.lede.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreferencesReaderTest {

    private static final Path HOSTILE = Path.of("src/test/resources/prefs/hostile");

    private static PreferencesReader.Result read(String yaml) throws PreferencesException {
        return PreferencesReader.read(yaml, "cfg.yml");
    }

    /** The keys of an action as the file spells them. */
    private static List<String> keys(Preferences p, String action) {
        return Setting.find("keys." + action).orElseThrow().words(p);
    }

    private static PreferencesException problem(String yaml) {
        return assertThrows(PreferencesException.class, () -> read(yaml));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "# only a comment\n", "---\n", "theme:\n", "theme: ~\ncolors:\n"})
    void anEmptyFileOrEmptyValuesGiveTheBuiltInDefaults(String yaml) throws PreferencesException {
        PreferencesReader.Result result = read(yaml);
        assertEquals(Preferences.DEFAULTS, result.preferences());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void aPartialFileOverridesOnlyTheKeysItNames() throws PreferencesException {
        Preferences p = read("""
                theme: dark
                colors:
                  quote: "#FF8800"
                keys:
                  collapse_all: ["-", z]
                """).preferences();
        assertEquals(ThemeName.DARK, p.theme());
        assertEquals(new Color("#ff8800"), p.color(Element.QUOTE));
        assertEquals(Color.THEME, p.color(Element.TITLE));
        assertEquals(List.of("-", "z"), keys(p, "collapse_all"));
        assertEquals(List.of("Down", "j"), keys(p, "down"));
        assertEquals(Preferences.DEFAULTS.exportFormat(), p.exportFormat());
        assertEquals(Preferences.DEFAULTS.readingWidth(), p.readingWidth());
    }

    @Test
    void everyKindOfValueIsReadAndNormalised() throws PreferencesException {
        Preferences p = read("""
                library: ~/news
                theme: Mono
                colors: {title: Bright_Red, heading: 007, lede: default, status: 255}
                reader:
                  width: 72
                  collapsed: [Context, "Background:"]
                list: {sort: DATE, show_ids: yes}
                keys:
                  quit: q
                  open: [enter, l, l]
                  back: s-tab
                export: {format: Markdown, width: 100}
                limits: {story_mb: 1}
                """).preferences();
        assertEquals(List.of("~/news"), p.library());
        assertEquals(ThemeName.MONO, p.theme());
        assertEquals("bright_red", p.color(Element.TITLE).text());
        assertEquals(7, p.color(Element.HEADING).index());
        assertEquals(Color.Kind.ANSI, p.color(Element.LEDE).kind());
        assertEquals(255, p.color(Element.STATUS).index());
        assertEquals(72, p.readingWidth());
        assertEquals(List.of("Context", "Background:"), p.collapsed().headings());
        assertTrue(p.collapsed().collapses("context"));
        assertTrue(p.collapsed().collapses("Background"));
        assertEquals(ListSort.DATE, p.sort());
        assertTrue(p.showIds());
        assertEquals(List.of("q"), keys(p, "quit"));
        assertEquals(List.of("Enter", "l"), keys(p, "open"));
        assertEquals(List.of("S-Tab"), keys(p, "back"));
        assertEquals(ExportFormat.MARKDOWN, p.exportFormat());
        assertEquals(100, p.exportWidth());
        assertEquals(1024 * 1024, p.storyLimitBytes());
    }

    /** Each preference rejects what it does not allow, with file, line, column, key and what is allowed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            library: ['']                  | 1:10 | library: a folder cannot be empty
            library: {a: b}                | 1:10 | library: expected a value, found keys (a mapping)
            theme: blue                    | 1:8  | theme: unknown value 'blue'; allowed: default, dark, light, mono
            theme: drak                    | 1:8  | theme: unknown value 'drak' (did you mean dark?)
            theme: [dark]                  | 1:8  | theme: expected one value (one of default, dark, light, mono), not a list
            colors: {quote: purple}        | 1:17 | colors.quote: unknown colour 'purple'; allowed: theme, an ANSI name
            colors: {quote: 256}           | 1:17 | colors.quote: unknown colour '256'
            colors: {quote: '#ff880'}      | 1:17 | colors.quote: unknown colour '#ff880'
            colors: {quote: '#gg8800'}     | 1:17 | colors.quote: unknown colour '#gg8800'; allowed: theme, an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright_red and the other bright_ names, default), a 256-colour index 0-255, or "#rrggbb"
            reader: {width: 19}            | 1:17 | reader.width: expected 0 or a whole number from 20 to 1000, got '19'
            reader: {width: -1}            | 1:17 | reader.width: expected 0 or a whole number from 20 to 1000, got '-1'
            reader: {width: 80.5}          | 1:17 | reader.width: expected 0 or a whole number from 20 to 1000, got '80.5'
            reader: {width: 1001}          | 1:17 | reader.width: expected 0 or a whole number from 20 to 1000, got '1001'
            reader: {collapsed: some}      | 1:21 | reader.collapsed: expected none, all, or a list of headings such as [Context], got 'some' (write [some] for one heading)
            reader: {collapsed: [' ']}     | 1:21 | reader.collapsed: a heading cannot be empty
            list: {sort: size}             | 1:14 | list.sort: unknown value 'size'; allowed: file, title, date, feed
            list: {show_ids: maybe}        | 1:18 | list.show_ids: expected true or false, got 'maybe'
            keys: {down: [Ctrl-x]}         | 1:14 | keys.down: unknown key 'Ctrl-x'; allowed: a key or a list of keys: single characters such as j, G or "-", or Down, Up, PageDown, PageUp, Home, End, Enter, Tab, S-Tab, Left, Right, Esc, Space
            keys: {down: [Dwn]}            | 1:14 | keys.down: unknown key 'Dwn' (did you mean Down?)
            keys: {down: ' '}              | 1:14 | keys.down: unknown key ' '
            keys: {down: [jj]}             | 1:14 | keys.down: unknown key 'jj'
            export: {format: pdf}          | 1:18 | export.format: unknown value 'pdf'; allowed: json, jsonl, markdown, html, text
            export: {width: 10}            | 1:17 | export.width: expected a whole number from 20 to 1000, got '10'
            export: {width: 0}             | 1:17 | export.width: expected a whole number from 20 to 1000, got '0'
            limits: {story_mb: 0}          | 1:20 | limits.story_mb: expected a whole number from 1 to 1024, got '0'
            limits: {story_mb: 2048}       | 1:20 | limits.story_mb: expected a whole number from 1 to 1024, got '2048'
            reader: [width]                | 1:9  | reader: expected settings such as 'width: …' under it, found a list
            """)
    void aValueThatIsNotAllowedNamesFileLineColumnKeyAndWhatIsAllowed(String yaml, String place, String message) {
        PreferencesException e = problem(yaml);
        assertTrue(e.getMessage().startsWith("cfg.yml:" + place + ": " + message), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertEquals(place, e.line() + ":" + e.column());
    }

    @Test
    void anUnknownKeyIsAWarningWithTheNearestKnownKeyAndTheRestIsRead() throws PreferencesException {
        PreferencesReader.Result result = read("""
                colours:
                  quote: red
                theme: dark
                reader:
                  widht: 100
                width: 90
                keys:
                  colapse_all: z
                zzz: 1
                """);
        assertEquals(ThemeName.DARK, result.preferences().theme());
        assertEquals(List.of(
                "cfg.yml:1:1: unknown key 'colours' (did you mean 'colors'?); ignored",
                "cfg.yml:5:3: unknown key 'reader.widht' (did you mean 'reader.width'?); ignored",
                "cfg.yml:6:1: unknown key 'width' (did you mean 'reader.width'?); ignored",
                "cfg.yml:8:3: unknown key 'keys.colapse_all' (did you mean 'keys.collapse_all'?); ignored",
                "cfg.yml:9:1: unknown key 'zzz'; ignored"), result.warnings());
    }

    @Test
    void aKeyBoundToTwoActionsIsAWarning() throws PreferencesException {
        PreferencesReader.Result result = read("keys:\n  next_story: [x, j]\n");
        assertEquals(List.of("j"), keys(result.preferences(), "next_story").subList(1, 2));
        assertEquals(List.of("cfg.yml:2:15: keys.next_story: 'j' is also bound to keys.down"), result.warnings());
    }

    static Stream<String> hostileInputs() throws IOException {
        try (Stream<Path> files = Files.list(HOSTILE)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yml")).sorted().toList()
                    .stream();
        }
    }

    /** Each file in prefs/hostile/ is refused with one clean line naming the file; NAME.expected holds part of it. */
    @ParameterizedTest
    @MethodSource("hostileInputs")
    void hostileInputIsRefusedWithOneCleanLine(String name) throws IOException {
        Path file = HOSTILE.resolve(name);
        String expected = Files.readString(HOSTILE.resolve(name.replace(".yml", ".expected")),
                StandardCharsets.UTF_8).strip();
        PreferencesException e = assertThrows(PreferencesException.class, () -> PreferencesStore.check(file));
        String message = e.getMessage();
        assertTrue(message.startsWith(file + ":"), message);
        assertTrue(message.contains(expected), message + "\n  expected to contain: " + expected);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)), message);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yml");
        Files.writeString(big, "# " + "x".repeat(SafeYaml.MAX_SIZE) + "\n");
        PreferencesException e = assertThrows(PreferencesException.class, () -> PreferencesStore.check(big));
        assertEquals(big + ": larger than 256 KB; a preferences file is a few KB of YAML", e.getMessage());
    }

    @Test
    void aFolderOrAMissingFileIsAClearMessage(@TempDir Path dir) {
        assertEquals(dir + ": is a folder, not a preferences file",
                assertThrows(PreferencesException.class, () -> PreferencesStore.check(dir)).getMessage());
        Path missing = dir.resolve("missing.yml");
        assertEquals(missing + ": not found",
                assertThrows(PreferencesException.class, () -> PreferencesStore.check(missing)).getMessage());
    }
}
