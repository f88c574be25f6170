package dev.lede.storyfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a story's front matter: YAML loaded safely (no tags, few aliases, no duplicate keys, bounded size), with
 * timestamps kept as the text the author wrote. Every string that comes out is cleaned like the story text.
 */
final class FrontMatterReader {

    /** What the front matter gave: its metadata, or a problem and no metadata. */
    record Result(Map<String, Object> meta, String error, int errorLine) {
    }

    private static final int MAX_CODE_POINTS = 64 * 1024;

    private FrontMatterReader() {
    }

    /**
     * @param yaml      the lines between the two {@code ---} markers
     * @param firstLine the file line number of the first YAML line
     */
    static Result read(String yaml, int firstLine) {
        if (yaml.isBlank()) {
            return new Result(Map.of(), null, 0);
        }
        Object loaded;
        try {
            loaded = newYaml().load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            return new Result(Map.of(), "bad front matter: " + firstLineOf(e.getProblem()), line);
        } catch (RuntimeException e) {
            return new Result(Map.of(), "bad front matter: " + firstLineOf(e.getMessage()), firstLine);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            return new Result(Map.of(), "bad front matter: expected keys such as 'date: 2025-01-31'", firstLine);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        map.forEach((k, v) -> meta.put(TextCleaner.clean(String.valueOf(k)), plain(v)));
        return new Result(meta, null, 0);
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        return TextCleaner.clean(message.lines().findFirst().orElse("unreadable YAML")).strip();
    }

    /** Maps YAML values to strings, numbers, booleans, lists and maps, cleaning every string. */
    private static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(TextCleaner.clean(String.valueOf(k)), plain(v)));
            return out;
        }
        if (value instanceof byte[]) {
            return "(binary)";
        }
        return TextCleaner.clean(String.valueOf(value));
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setTagInspector(tag -> false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new NoTimestamps());
    }

    /** The standard resolver without the timestamp rule, so {@code date: 2025-01-31} stays the text written. */
    private static final class NoTimestamps extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }
}
