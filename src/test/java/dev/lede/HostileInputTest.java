package dev.lede;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.export.Format;
import dev.lede.storyfile.ParseResult;
import dev.lede.storyfile.StoryLimits;
import dev.lede.storyfile.StoryParser;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every file of {@code hostile/} through the parser and everything that shows a story
 * ({@link StoryOutputs#all()}): no exception, no control character in any output, a warning wherever content was
 * dropped, and the warnings of {@code <case>.warnings}. Small cases are files ({@code <case>.txt}) and also keep the
 * structure they parse to ({@code <case>.json}); huge ones are {@code <case>.recipe} files, generated into a
 * temporary folder. Memory is bounded by the heap surefire gives the tests (see {@code test.heap} in the pom) and
 * the files are read as the library reads them ({@link StoryLimits#read}). The timeout is only a guard against
 * hangs, not a speed claim.
 */
class HostileInputTest {

    private static final Path DIR = Golden.RESOURCES.resolve("hostile");
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") || n.endsWith(".recipe"))
                    .sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void replaysThroughTheParserAndEveryOutput(String name, @TempDir Path tmp) throws IOException {
        String base = name.substring(0, name.lastIndexOf('.'));
        Path file = name.endsWith(".recipe")
                ? generate(DIR.resolve(name), tmp.resolve(base + ".txt"))
                : DIR.resolve(name);
        ParseResult result = assertTimeoutPreemptively(HANG_GUARD, () -> replay(file, base));
        String warnings = result.problems().stream().map(p -> p + "\n").collect(Collectors.joining());
        Path expected = DIR.resolve(base + ".warnings");
        if (!warnings.isEmpty() || Files.exists(expected)) {
            Golden.assertMatches(expected, warnings);
        }
        if (name.endsWith(".txt") && result.story() != null) {
            StringWriter json = new StringWriter();
            Format.JSON.exporter(80).writeOne(result.story(), json);
            Golden.assertMatches(DIR.resolve(base + ".json"), json.toString());
        }
    }

    private static ParseResult replay(Path file, String name) throws IOException {
        byte[] bytes = StoryLimits.DEFAULT.read(file);
        assertTrue(bytes.length <= StoryLimits.DEFAULT_MAX_FILE_BYTES + 1, "read more than the limit");
        ParseResult result = StoryParser.parse(bytes, name + ".txt", name);
        for (StoryOutputs.Renderer renderer : StoryOutputs.all(bytes, name + ".txt")) {
            ControlCharacters.assertNone(renderer.render().apply(result), name + " as " + renderer.name());
        }
        boolean dropped = result.skipped() || ControlCharacters.first(
                new String(bytes, StandardCharsets.UTF_8).replace("\t", " ").replace("\r", "")) != null;
        if (dropped) {
            assertFalse(result.problems().isEmpty(), "content was dropped without a warning");
        }
        return result;
    }

    @Test
    void theCorpusCoversEveryKindOfHostileInput() throws IOException {
        List<String> all = cases().toList();
        for (String expected : List.of("osc_window_title", "osc52_clipboard", "osc8_hyperlink", "csi_cursor_and_clear",
                "csi_device_status", "c1_controls_utf8", "c1_controls_raw_bytes", "bidi_overrides", "lone_surrogates",
                "invalid_utf8", "nul_byte", "huge_50mb", "single_line_2mb", "word_100k", "sections_10k", "quotes_10k",
                "nested_quotation_marks", "zero_width_and_combining", "combining_marks_80k", "emoji_sequences",
                "front_matter_escapes", "front_matter_global_tag", "front_matter_billion_laughs",
                "front_matter_huge_key")) {
            assertTrue(all.stream().anyMatch(n -> n.startsWith(expected + ".")), "missing hostile case " + expected);
        }
    }

    /**
     * Writes the file a recipe describes. Each line of a recipe is {@code COUNT TEXT}: TEXT written COUNT times, with
     * {@code \n}, {@code \t}, {@code \\}, {@code \xHH} (a raw byte) and <code>&#92;uHHHH</code> as escapes and
     * {@code {i}} replaced by the repetition number; lines starting with {@code #} are comments.
     */
    static Path generate(Path recipe, Path target) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            for (String line : Files.readAllLines(recipe, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                int count = Integer.parseInt(line.substring(0, space));
                String[] parts = line.substring(space + 1).split("\\{i}", -1);
                byte[][] bytes = new byte[parts.length][];
                for (int p = 0; p < parts.length; p++) {
                    bytes[p] = unescape(parts[p]);
                }
                for (int i = 0; i < count; i++) {
                    for (int p = 0; p < bytes.length; p++) {
                        if (p > 0) {
                            out.write(Integer.toString(i).getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(bytes[p]);
                    }
                }
            }
        }
        return target;
    }

    private static byte[] unescape(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char e = text.charAt(++i);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'x' -> {
                    out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.writeBytes(Character.toString(Integer.parseInt(text.substring(i + 1, i + 5), 16))
                            .getBytes(StandardCharsets.UTF_8));
                    i += 4;
                }
                default -> out.writeBytes(String.valueOf(e).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
