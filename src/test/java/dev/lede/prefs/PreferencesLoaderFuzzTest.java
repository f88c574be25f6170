package dev.lede.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.ControlCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Arbitrary text as a preferences file, then one preference set in it as {@code lede config set} and the reader do.
 * Loading either gives preferences with clean one-line warnings or refuses with one clean line; an edit either
 * refuses with one clean line (never an "internal error") or gives a file that reads back with the new value and
 * every other value as before. In {@code mvn verify} this replays {@code PreferencesLoaderFuzzTestInputs/loadAndSet/}.
 */
class PreferencesLoaderFuzzTest {

    private static final String LABEL = "config.yml";

    @FuzzTest(maxDuration = "10m")
    void loadAndSet(FuzzedDataProvider data) {
        loadAndSet(data.pickValue(Setting.all()), data);
    }

    private static <T> void loadAndSet(Setting<T> setting, FuzzedDataProvider data) {
        T value = value(setting, data);
        String text = data.consumeRemainingAsString();
        Map<String, Object> before = null;
        try {
            PreferencesReader.Result result = PreferencesReader.read(text, LABEL);
            result.warnings().forEach(PreferencesLoaderFuzzTest::assertOneCleanLine);
            before = Settings.values(result.preferences());
        } catch (PreferencesException e) {
            assertOneCleanLine(e.getMessage());
        }
        if (value == null) {
            return;
        }
        String after;
        try {
            after = PreferencesStore.edit(text, LABEL, setting, value).text();
        } catch (PreferencesException e) {
            assertOneCleanLine(e.getMessage());
            if (e.getMessage().contains("internal error")) {
                throw new AssertionError(e.getMessage() + "\nsetting " + setting.key() + " to " + value + " in:\n"
                        + text + "\n----- gave:\n" + spliced(text, setting, value), e);
            }
            return;
        }
        Map<String, Object> read;
        try {
            read = Settings.values(PreferencesReader.read(after, LABEL).preferences());
        } catch (PreferencesException e) {
            throw new AssertionError("the edited file does not load: " + e.getMessage() + "\n" + after, e);
        }
        assertEquals(value, read.get(setting.key()), setting.key() + " in\n" + after);
        if (before != null) {
            before.put(setting.key(), value);
            assertEquals(before, read, "setting " + setting.key() + " changed another value in\n" + after);
        }
    }

    /** The edited text without the checks, to show what went wrong. */
    private static <T> String spliced(String text, Setting<T> setting, T value) {
        try {
            return YamlEditor.set(text, LABEL, setting.key(), new YamlEditor.Value(setting.yaml(value), null));
        } catch (PreferencesException e) {
            return e.getMessage();
        }
    }

    /** A value for the setting from the fuzzer's bytes, or null when those words are not allowed. */
    private static <T> T value(Setting<T> setting, FuzzedDataProvider data) {
        List<String> words = new ArrayList<>();
        int count = data.consumeInt(1, 3);
        for (int i = 0; i < count; i++) {
            words.add(!setting.choices().isEmpty() && data.consumeBoolean()
                    ? data.pickValue(setting.choices())
                    : data.consumeString(12));
        }
        try {
            return setting.parseWords(words);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void assertOneCleanLine(String text) {
        ControlCharacters.assertNone(text, "a preferences message");
        assertFalse(text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029),
                "more than one line: " + text);
    }
}
