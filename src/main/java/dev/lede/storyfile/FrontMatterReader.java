package dev.lede.storyfile;

import dev.lede.text.TextCleaner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * Reads a story's front matter: YAML loaded safely (no tags, no aliases of lists or maps, no duplicate keys, bounded
 * size, depth and number of values), with timestamps kept as the text the author wrote. Every string that comes out
 * is cleaned like the story text and folded onto one line. Never throws: anything wrong comes back as the error.
 */
final class FrontMatterReader {

    /**
     * What the front matter gave: its metadata, or a problem and no metadata.
     *
     * @param removed how many control characters and escape sequences (written as YAML escapes such as
     *                {@code "\e]0;x\a"}) were removed from its strings
     */
    record Result(Map<String, Object> meta, String error, int errorLine, int removed) {
        static Result error(String message, int line) {
            return new Result(Map.of(), "bad front matter: " + message, line, 0);
        }
    }

    private static final int MAX_CODE_POINTS = 64 * 1024;
    private static final int MAX_VALUES = 10_000;
    private static final int MAX_DEPTH = 20;
    private static final int MAX_MESSAGE = 160;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private FrontMatterReader() {
    }

    /**
     * @param yaml      the lines between the two {@code ---} markers
     * @param firstLine the file line number of the first YAML line
     */
    static Result read(String yaml, int firstLine) {
        if (yaml.isBlank()) {
            return new Result(Map.of(), null, 0, 0);
        }
        Object loaded;
        try {
            loaded = newYaml().load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            return Result.error(firstLineOf(e.getProblem()), line);
        } catch (NumberFormatException e) {
            return Result.error("a value that looks like a number is not one (" + firstLineOf(e.getMessage()) + ")",
                    firstLine);
        } catch (RuntimeException e) {
            String message = e.getMessage() != null && e.getMessage().startsWith("Number of aliases for non-scalar")
                    ? "an alias (*name) of a list or map, which front matter does not allow"
                    : firstLineOf(e.getMessage());
            return Result.error(message, firstLine);
        } catch (StackOverflowError e) {
            // Defence in depth: a structure that contains itself, hashed as a map key (found by fuzzing).
            return Result.error("nested too deeply or refers to itself", firstLine);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            return Result.error("expected keys such as 'date: 2025-01-31'", firstLine);
        }
        Plain plain = new Plain();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = (Map<String, Object>) plain.value(map, 0);
            return new Result(meta, null, 0, plain.removed);
        } catch (TooBig e) {
            return Result.error(e.getMessage(), firstLine);
        }
    }

    /** The first line of a YAML error message, cleaned and cut short (it may quote the offending text). */
    private static String firstLineOf(String message) {
        String line = message == null ? "" : oneLine(message.lines().findFirst().orElse(""));
        if (line.isEmpty()) {
            return "unreadable YAML";
        }
        if (line.codePointCount(0, line.length()) > MAX_MESSAGE) {
            line = line.substring(0, line.offsetByCodePoints(0, MAX_MESSAGE)) + "…";
        }
        return line;
    }

    /** One line of clean text: control characters removed, every run of white space (newlines too) one space. */
    static String oneLine(String text) {
        return foldWhiteSpace(TextCleaner.clean(text));
    }

    private static String foldWhiteSpace(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Front matter that aliases or recursion would make larger or deeper than a reader could use. */
    private static final class TooBig extends Exception {
        TooBig(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Maps YAML values to strings, numbers, booleans, lists and maps, each string {@link #oneLine one clean line}.
     * Counts what it builds, so aliases (which SnakeYAML shares, and which may point at their own collection) can
     * neither expand without bound nor recurse forever.
     */
    private static final class Plain {
        private int values;
        private int removed;

        Object value(Object value, int depth) throws TooBig {
            if (++values > MAX_VALUES) {
                throw new TooBig("more than " + MAX_VALUES + " values");
            }
            if (depth > MAX_DEPTH) {
                throw new TooBig("nested more than " + MAX_DEPTH + " levels deep");
            }
            if (value == null || value instanceof Number || value instanceof Boolean) {
                return value;
            }
            if (value instanceof Collection<?> list) {
                List<Object> out = new ArrayList<>();
                for (Object item : list) {
                    out.add(value(item, depth + 1));
                }
                return out;
            }
            if (value instanceof Object[] array) {
                return value(List.of(array), depth);
            }
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.put(key(e.getKey(), depth + 1), value(e.getValue(), depth + 1));
                }
                return out;
            }
            if (value instanceof byte[]) {
                return "(binary)";
            }
            return text(String.valueOf(value));
        }

        private String key(Object key, int depth) throws TooBig {
            Object plain = value(key, depth);
            return plain instanceof String s ? s : text(String.valueOf(plain));
        }

        private String text(String text) {
            TextCleaner.Cleaned cleaned = TextCleaner.cleanCounting(text);
            removed += cleaned.removed();
            return foldWhiteSpace(cleaned.text());
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // Aliases of scalars are harmless; an alias of a list or map can make the document refer to itself or
        // multiply its size (billion laughs), and front matter never needs one.
        options.setMaxAliasesForCollections(0);
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
