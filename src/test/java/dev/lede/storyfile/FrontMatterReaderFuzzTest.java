package dev.lede.storyfile;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.ControlCharacters;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Arbitrary text as front matter: no exception, and every key, value and error message is one clean line. In
 * {@code mvn verify} this replays {@code FrontMatterReaderFuzzTestInputs/read/}.
 */
class FrontMatterReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void read(byte[] bytes) {
        FrontMatterReader.Result result = FrontMatterReader.read(new String(bytes, StandardCharsets.UTF_8), 2);
        if (result.error() != null) {
            assertOneCleanLine(result.error());
        }
        check(result.meta());
    }

    private static void check(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertOneCleanLine((String) k);
                check(v);
            });
        } else if (value instanceof Iterable<?> list) {
            list.forEach(FrontMatterReaderFuzzTest::check);
        } else if (value != null) {
            assertOneCleanLine(String.valueOf(value));
        }
    }

    private static void assertOneCleanLine(String text) {
        ControlCharacters.assertNone(text, "front matter");
        assertFalse(text.contains("\n"), "a newline in " + text);
    }
}
