package dev.lede.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Golden;
import dev.lede.story.Story;
import dev.lede.storyfile.StoryParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each export format of {@code export/<case>.txt} matches {@code export/<case>.expected.<ext>}. */
class ExportGoldenTest {

    private static final Path DIR = Golden.RESOURCES.resolve("export");

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"seed,JSON", "seed,JSONL", "seed,MARKDOWN", "seed,HTML", "seed,TEXT",
            "rich,JSON", "rich,JSONL", "rich,MARKDOWN", "rich,HTML", "rich,TEXT"})
    void matchesGolden(String name, Format format) throws IOException {
        Exporter exporter = format.exporter(80);
        StringWriter out = new StringWriter();
        exporter.write(List.of(story(name)), out);
        Golden.assertMatches(DIR.resolve(name + ".expected." + exporter.extension()), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "rich"})
    void htmlIsWellFormedXml(String name) throws Exception {
        StringWriter out = new StringWriter();
        Format.HTML.exporter(80).write(List.of(story(name), story(name)), out);
        String html = out.toString().replace("<!DOCTYPE html>", "");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(2, doc.getElementsByTagName("article").getLength());
        assertFalse(html.contains("<script>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "rich"})
    void jsonLinesHoldOneStoryPerLineAndJsonAnArray(String name) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        StringWriter lines = new StringWriter();
        Format.JSONL.exporter(80).write(List.of(story(name), story(name)), lines);
        List<String> rows = lines.toString().lines().toList();
        assertEquals(2, rows.size());
        for (String row : rows) {
            assertEquals(name, mapper.readTree(row).get("id").asText());
        }
        StringWriter array = new StringWriter();
        Format.JSON.exporter(80).write(List.of(story(name), story(name)), array);
        JsonNode tree = mapper.readTree(array.toString());
        assertTrue(tree.isArray());
        assertEquals(mapper.readTree(rows.get(0)), tree.get(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 33, 80, 120})
    void textNeverExceedsTheWidth(int width) throws IOException {
        StringWriter out = new StringWriter();
        Format.TEXT.exporter(width).write(List.of(story("seed"), story("rich")), out);
        out.toString().lines().forEach(line ->
                assertTrue(dev.lede.text.DisplayWidth.of(line) <= width, "too wide: " + line));
    }

    static Story story(String name) throws IOException {
        return StoryParser.parse(Files.readAllBytes(DIR.resolve(name + ".txt")), name + ".txt", name).story();
    }
}
