package dev.lede.prefs;

import dev.lede.keys.Action;
import dev.lede.keys.Bindings;
import dev.lede.text.Nearest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads preferences from YAML text: the file's values laid over {@link Preferences#DEFAULTS}, every value validated.
 * A wrong type or value is a {@link PreferencesException} naming the file, line, column, key and what is allowed; an
 * unknown key is a warning with the nearest known key.
 */
final class PreferencesReader {

    /**
     * The preferences read, and warnings such as unknown keys, each one line starting with the file.
     *
     * @param clashes each key bound to two actions of one screen (also among the warnings)
     */
    record Result(Preferences preferences, List<String> warnings, List<Clash> clashes) {

        Result(Preferences preferences, List<String> warnings) {
            this(preferences, warnings, List.of());
        }
    }

    /**
     * A key bound to two actions of one screen, where only one of them can be reached.
     *
     * @param mark    where the file binds the action it names last, or null
     * @param keys    the settings of the actions, {@code keys.down}
     * @param refusal what is wrong, without the place: {@code keys.down: 'k' is also bound to keys.up on the story
     *                list; a key does one thing on a screen}
     */
    record Clash(Mark mark, List<String> keys, String refusal) {
    }

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ,
            Tag.MAP, Tag.TIMESTAMP);

    private final String label;
    private Preferences preferences = Preferences.DEFAULTS;
    private final List<String> warnings = new ArrayList<>();
    /** Where the file binds each action it names, for warnings about keys shared by two actions. */
    private final Map<String, Mark> actionMarks = new LinkedHashMap<>();
    private final List<Clash> clashes = new ArrayList<>();

    private PreferencesReader(String label) {
        this.label = label;
    }

    /** @param label the file as shown in messages */
    static Result read(String text, String label) throws PreferencesException {
        return new PreferencesReader(label).read(SafeYaml.compose(text, label));
    }

    /** The text of a preferences file: a regular file of at most {@link SafeYaml#MAX_SIZE} bytes of UTF-8. */
    static String readFile(Path file, String label) throws PreferencesException {
        if (Files.isDirectory(file)) {
            throw new PreferencesException(label + ": is a folder, not a preferences file");
        }
        if (!Files.exists(file)) {
            throw new PreferencesException(label + ": not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new PreferencesException(label + ": not a regular file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(SafeYaml.MAX_SIZE + 1);
        } catch (IOException | SecurityException e) {
            throw new PreferencesException(label + ": cannot read: " + reason(e));
        }
        if (bytes.length > SafeYaml.MAX_SIZE) {
            throw new PreferencesException(label + ": larger than " + SafeYaml.MAX_SIZE / 1024
                    + " KB; a preferences file is a few KB of YAML");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PreferencesException(label + ": not UTF-8 text");
        }
    }

    /** An exception's reason on one line, e.g. "permission denied" rather than a class name and a path. */
    static String reason(Exception e) {
        String kind = e.getClass().getSimpleName();
        if (kind.equals("AccessDeniedException")) {
            return "permission denied: " + SafeYaml.firstLine(e.getMessage());
        }
        if (kind.equals("NoSuchFileException")) {
            return "no such file or folder: " + SafeYaml.firstLine(e.getMessage());
        }
        if (kind.equals("ReadOnlyFileSystemException") || "Read-only file system".equals(e.getMessage())) {
            return "read-only file system";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null && fs.getFile() != null) {
            String why = fs.getReason();
            return SafeYaml.firstLine(Character.toLowerCase(why.charAt(0)) + why.substring(1) + ": " + fs.getFile());
        }
        return SafeYaml.firstLine(e.getMessage() == null ? kind : e.getMessage());
    }

    private Result read(Node root) throws PreferencesException {
        if (root != null && !isNull(root)) {
            checkTags(root, Collections.newSetFromMap(new IdentityHashMap<>()));
            if (!(root instanceof MappingNode mapping)) {
                throw at(root, "expected settings such as 'theme: dark', found " + describe(root));
            }
            mapping(mapping, "");
        }
        warnSharedKeys(preferences.keys());
        return new Result(preferences, List.copyOf(warnings), List.copyOf(clashes));
    }

    private void mapping(MappingNode node, String prefix) throws PreferencesException {
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw at(tuple.getKeyNode(), "expected a key name such as 'theme', found " + describe(
                        tuple.getKeyNode()));
            }
            String name = keyNode.getValue();
            String key = prefix.isEmpty() ? name : prefix + "." + name;
            Node first = seen.putIfAbsent(name, keyNode);
            if (first != null) {
                throw at(keyNode, clean(key) + ": duplicate key (first on line " + (first.getStartMark().getLine() + 1)
                        + ")");
            }
            Setting<?> setting = Settings.BY_KEY.get(key);
            if (setting != null) {
                setting(setting, tuple.getValueNode());
            } else if (prefix.isEmpty() && Settings.SECTIONS.contains(name)) {
                section(name, tuple.getValueNode());
            } else {
                warnings.add(position(keyNode) + "unknown key '" + clean(key) + "'" + suggestion(key) + "; ignored");
            }
        }
    }

    private void section(String name, Node value) throws PreferencesException {
        if (value instanceof MappingNode mapping) {
            mapping(mapping, name);
        } else if (!isNull(value)) {
            String example = Settings.ALL.stream().map(Setting::key).filter(k -> k.startsWith(name + "."))
                    .findFirst().orElseThrow().substring(name.length() + 1);
            throw at(value, name + ": expected settings such as '" + example + ": …' under it, found "
                    + describe(value));
        }
    }

    private <T> void setting(Setting<T> setting, Node value) throws PreferencesException {
        Setting.Raw raw = raw(setting.key(), value);
        if (raw == null) {
            return; // an empty value keeps the default
        }
        try {
            preferences = setting.with(preferences, setting.parse(raw));
        } catch (IllegalArgumentException e) {
            throw at(value, setting.key() + ": " + e.getMessage());
        }
        if (setting.key().startsWith("keys.")) {
            actionMarks.put(setting.key().substring("keys.".length()), value.getStartMark());
        }
    }

    /** The value as written, or null when it is empty or {@code ~}. */
    private Setting.Raw raw(String key, Node value) throws PreferencesException {
        if (value instanceof ScalarNode scalar) {
            return isNull(scalar) ? null : Setting.Raw.of(scalar.getValue());
        }
        if (value instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar) || isNull(scalar)) {
                    throw at(item, key + ": expected plain values in the list, found " + describe(item));
                }
                items.add(scalar.getValue());
            }
            return Setting.Raw.of(items);
        }
        throw at(value, key + ": expected a value, found " + describe(value));
    }

    private void checkTags(Node node, Set<Node> seen) throws PreferencesException {
        if (!seen.add(node)) {
            return;
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            throw at(node, node.getTag().equals(Tag.MERGE) ? "merge keys (<<) are not supported"
                    : "the tag " + clean(node.getTag().getValue()) + " is not allowed; write plain values");
        }
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                checkTags(item, seen);
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                checkTags(tuple.getKeyNode(), seen);
                checkTags(tuple.getValueNode(), seen);
            }
        }
    }

    /**
     * A warning for each key bound to two actions of one screen, at the binding the file gives last, naming the
     * other actions; and the {@link Clash} that {@code config check}, {@code config set} and the preferences screen
     * refuse.
     */
    private void warnSharedKeys(Bindings keys) {
        keys.sharedKeys().forEach((key, bound) -> {
            List<String> actions = bound.stream().map(Action::configName).toList();
            String last = actions.stream().filter(actionMarks::containsKey)
                    .max((a, b) -> Integer.compare(actionMarks.get(a).getIndex(), actionMarks.get(b).getIndex()))
                    .orElse(null);
            if (last != null) {
                List<String> others = actions.stream().filter(a -> !a.equals(last)).map(a -> "keys." + a).toList();
                String shared = "keys." + last + ": '" + key.spelling() + "' is also bound to "
                        + String.join(" and ", others);
                warnings.add(position(actionMarks.get(last)) + shared);
                clashes.add(new Clash(actionMarks.get(last), actions.stream().map(a -> "keys." + a).toList(),
                        shared + " " + Bindings.screenOf(bound).where() + "; a key does one thing on a screen"));
            }
        });
    }

    private static String suggestion(String key) {
        List<String> known = new ArrayList<>(Settings.SECTIONS);
        known.addAll(Settings.BY_KEY.keySet());
        String near = Nearest.of(key, known);
        if (near == null) {
            String leaf = key.substring(key.lastIndexOf('.') + 1);
            near = Settings.BY_KEY.keySet().stream().filter(k -> k.endsWith("." + leaf)).findFirst().orElse(null);
        }
        return near == null ? "" : " (did you mean '" + near + "'?)";
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "keys (a mapping)";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return SafeYaml.quoted(((ScalarNode) node).getValue());
    }

    private PreferencesException at(Node node, String message) {
        return SafeYaml.at(label, node.getStartMark(), message);
    }

    private String position(Node node) {
        return position(node.getStartMark());
    }

    private String position(Mark mark) {
        return label + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
    }

    private static String clean(String text) {
        return SafeYaml.printable(text);
    }
}
