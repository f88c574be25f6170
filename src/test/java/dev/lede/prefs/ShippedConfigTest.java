package dev.lede.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The documented config.yml at the top of the repository and the built-in defaults are the same thing. */
class ShippedConfigTest {

    static final Path SHIPPED = Path.of("config.yml");

    static String shipped() throws IOException {
        return Files.readString(SHIPPED, StandardCharsets.UTF_8);
    }

    @Test
    void theBuiltInDefaultsEqualTheShippedFile() throws Exception {
        PreferencesReader.Result result = PreferencesReader.read(shipped(), "config.yml");
        assertEquals(Preferences.DEFAULTS, result.preferences());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void theShippedFileNamesEveryPreferenceInCatalogOrder() throws IOException {
        List<String> named = new ArrayList<>();
        leaves((MappingNode) new Yaml().compose(new StringReader(shipped())), "", named);
        assertEquals(Setting.all().stream().map(Setting::key).toList(), named);
    }

    /** Each preference has a comment on its line, on the line above, or above its section. */
    @Test
    void everyPreferenceIsDocumentedByAComment() throws IOException {
        List<String> lines = shipped().lines().toList();
        for (Setting setting : Setting.all()) {
            String[] path = setting.key().split("\\.");
            int line = lineOf(lines, path[path.length - 1], path.length == 1 ? 0 : 2, 0);
            boolean documented = lines.get(line).contains("#") || lines.get(line - 1).strip().startsWith("#");
            if (!documented && path.length == 2) {
                int section = lineOf(lines, path[0], 0, 0);
                documented = lines.get(section - 1).startsWith("#");
            }
            assertTrue(documented, setting.key() + " has no comment near line " + (line + 1));
        }
    }

    @Test
    void theTemplateOfAFirstSaveIsTheShippedFile() throws IOException {
        assertEquals(shipped(), PreferencesStore.documentedDefaults());
    }

    private static int lineOf(List<String> lines, String key, int indent, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(" ".repeat(indent) + key + ":")) {
                return i;
            }
        }
        throw new AssertionError("no line for " + key);
    }

    private static void leaves(MappingNode mapping, String prefix, List<String> out) {
        for (NodeTuple tuple : mapping.getValue()) {
            String key = prefix + ((ScalarNode) tuple.getKeyNode()).getValue();
            Node value = tuple.getValueNode();
            if (value instanceof MappingNode inner) {
                leaves(inner, key + ".", out);
            } else {
                out.add(key);
            }
        }
    }
}
