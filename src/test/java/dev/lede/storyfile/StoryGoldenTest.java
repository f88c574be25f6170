package dev.lede.storyfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.Golden;
import dev.lede.export.Format;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code stories/<case>.txt} parses to {@code <case>.json} (or is skipped when there is no such file) with
 * exactly the warnings listed in {@code <case>.warnings}.
 */
class StoryGoldenTest {

    private static final Path DIR = Golden.RESOURCES.resolve("stories");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesToGoldenStructure(String name) throws IOException {
        ParseResult result = parse(name);
        Path json = DIR.resolve(name + ".json");
        if (result.story() == null) {
            assertFalse(Files.exists(json), name + " was skipped but has a golden story");
        } else {
            StringWriter out = new StringWriter();
            Format.JSON.exporter(80).writeOne(result.story(), out);
            Golden.assertMatches(json, out.toString());
        }
        String warnings = result.problems().stream().map(p -> p + "\n").collect(Collectors.joining());
        Path expected = DIR.resolve(name + ".warnings");
        if (!warnings.isEmpty() || Files.exists(expected)) {
            Golden.assertMatches(expected, warnings);
        }
    }

    @Test
    void seedParsesToTheSharedExpectedStructure() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        StringWriter out = new StringWriter();
        Format.JSON.exporter(80).writeOne(parse("seed").story(), out);
        ObjectNode actual = (ObjectNode) mapper.readTree(out.toString());
        assertEquals("seed.txt", actual.remove("file").asText());
        actual.put("id", "df008af81b2ca71f");
        assertEquals(mapper.readTree(Golden.RESOURCES.resolve("stories/seed.shared-expected.json").toFile()),
                actual);
    }

    @Test
    void goldenCasesCoverSkippedFilesAndWarnings() throws IOException {
        List<String> all = cases().toList();
        assertTrue(all.contains("nul_byte") && all.contains("only_escapes") && all.contains("windows_1252"));
        assertNull(parse("nul_byte").story());
        assertNull(parse("only_escapes").story());
    }

    private static ParseResult parse(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(name + ".txt"));
        return StoryParser.parse(bytes, name + ".txt", name);
    }
}
