package dev.lede.prefs;

import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Changes one value in the text of a YAML file and nothing else. SnakeYAML's emitter re-indents block lists and
 * moves end-of-line comments when it dumps a node tree, so instead the new value's text is spliced in between the
 * start and end marks of the old value's node; a missing key is added after the last entry of its section. Every
 * other byte of the file (comments, blank lines, key order, quoting, line endings) stays as it was.
 */
final class YamlEditor {

    /** The new value: its text on one line, and for lists the text of each item (for files that use block lists). */
    record Value(String yaml, List<String> items) {
    }

    private final String text;
    private final String newline;

    private YamlEditor(String text) {
        this.text = text;
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
    }

    /**
     * The text with the value at a dotted key replaced, or the key added.
     *
     * @throws PreferencesException when the text does not parse, or a key on the path holds a value, not settings
     */
    static String set(String text, String label, String key, Value value) throws PreferencesException {
        return set(text, label, List.of(key.split("\\.")), value);
    }

    /** {@link #set(String, String, String, Value)} with the key's path given as its names (which may hold dots). */
    static String set(String text, String label, List<String> path, Value value) throws PreferencesException {
        return new YamlEditor(text).set(SafeYaml.compose(text, label), label, path, value);
    }

    /**
     * The text with the entry at a path of keys taken out, from its key's line to the end of its value's last line;
     * the text as it was when there is no such entry.
     *
     * @throws PreferencesException when the text does not parse, or the entry is written in flow style
     */
    static String remove(String text, String label, List<String> path) throws PreferencesException {
        return new YamlEditor(text).remove(SafeYaml.compose(text, label), label, path);
    }

    private String remove(Node root, String label, List<String> path) throws PreferencesException {
        Node node = root;
        NodeTuple tuple = null;
        for (String name : path) {
            if (!(node instanceof MappingNode mapping) || (tuple = find(mapping, name)) == null) {
                return text;
            }
            if (mapping.getFlowStyle() == FlowStyle.FLOW) {
                throw new PreferencesException(label + ": cannot remove " + String.join(".", path)
                        + ": it is written in flow style ({...}); edit the file by hand");
            }
            node = tuple.getValueNode();
        }
        int start = lineStart(offset(tuple.getKeyNode().getStartMark()));
        int end = lineEnd(contentEnd(tuple.getValueNode()));
        end = end < text.length() && text.startsWith("\r\n", end) ? end + 2 : Math.min(text.length(), end + 1);
        return text.substring(0, start) + text.substring(end);
    }

    /** The start of the line holding {@code offset}. */
    private int lineStart(int offset) {
        int at = offset;
        while (at > 0 && !isBreak(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private String set(Node root, String label, List<String> path, Value value) throws PreferencesException {
        if (root == null || isNull(root)) {
            boolean needsNewline = !text.isEmpty() && !text.endsWith("\n");
            return text + (needsNewline ? newline : "") + block(path, value.yaml(), 0) + newline;
        }
        Node node = root;
        for (int i = 0; i < path.size(); i++) {
            if (!(node instanceof MappingNode mapping)) {
                throw new PreferencesException(label + ": cannot set " + String.join(".", path) + ": "
                        + (i == 0 ? "the file" : String.join(".", path.subList(0, i))) + " does not hold settings");
            }
            NodeTuple tuple = find(mapping, path.get(i));
            if (tuple == null) {
                return insert(mapping, path.subList(i, path.size()), value.yaml());
            }
            Node found = tuple.getValueNode();
            boolean last = i == path.size() - 1;
            if (last) {
                return replace(tuple.getKeyNode(), found, value);
            }
            if (isNull(found)) {
                String inner = flowEntry(path.subList(i + 1, path.size()), value.yaml());
                return replace(tuple.getKeyNode(), found, new Value("{" + inner + "}", null));
            }
            node = found;
        }
        throw new AssertionError("unreachable");
    }

    private static NodeTuple find(MappingNode mapping, String name) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                return tuple;
            }
        }
        return null;
    }

    /** Replaces a value node's text; an empty value gets the new text after its key's colon. */
    private String replace(Node key, Node old, Value value) throws PreferencesException {
        int start = offset(old.getStartMark());
        int end = offset(old.getEndMark());
        if (start == end) {
            int colon = offset(key.getEndMark());
            while (colon < text.length() && (text.charAt(colon) == ' ' || text.charAt(colon) == '\t')) {
                colon++;
            }
            if (colon >= text.length() || text.charAt(colon) != ':') {
                throw new PreferencesException("cannot find the ':' after the key on line "
                        + (key.getStartMark().getLine() + 1));
            }
            return text.substring(0, colon + 1) + " " + value.yaml() + text.substring(colon + 1);
        }
        String replacement = value.yaml();
        if (isBlock(old)) {
            end = contentEnd(old);
            if (old instanceof SequenceNode && value.items() != null && !value.items().isEmpty()) {
                String indent = newline + " ".repeat(old.getStartMark().getColumn());
                replacement = "- " + String.join(indent + "- ", value.items());
            }
        }
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /** Adds {@code path: yaml} as the last entry of a mapping, nesting sections that are missing. */
    private String insert(MappingNode mapping, List<String> path, String yaml) {
        if (mapping.getFlowStyle() == FlowStyle.FLOW) {
            int close = text.lastIndexOf('}', offset(mapping.getEndMark()) - 1);
            String separator = mapping.getValue().isEmpty() ? "" : ", ";
            return text.substring(0, close) + separator + flowEntry(path, yaml) + text.substring(close);
        }
        List<NodeTuple> tuples = mapping.getValue();
        int column = entryColumn(tuples.get(0).getKeyNode());
        int at = lineEnd(contentEnd(tuples.get(tuples.size() - 1).getValueNode()));
        return text.substring(0, at) + newline + " ".repeat(column) + block(path, yaml, column) + text.substring(at);
    }

    /** The column where a mapping entry starts: its key's, or that of the {@code ?} before an explicit key. */
    private int entryColumn(Node key) {
        int column = key.getStartMark().getColumn();
        int at = offset(key.getStartMark()) - 1;
        for (int c = column; c > 0; c--, at--) {
            if (text.charAt(at) == '?') {
                return c - 1;
            }
            if (text.charAt(at) != ' ') {
                break;
            }
        }
        return column;
    }

    /** {@code a: v}, or {@code a:} and then {@code b: v} indented on the next line. */
    private String block(List<String> path, String yaml, int column) {
        if (path.size() == 1) {
            return path.get(0) + ": " + yaml;
        }
        int inner = column + 2;
        return path.get(0) + ":" + newline + " ".repeat(inner) + block(path.subList(1, path.size()), yaml, inner);
    }

    private static String flowEntry(List<String> path, String yaml) {
        if (path.size() == 1) {
            return path.get(0) + ": " + yaml;
        }
        return path.get(0) + ": {" + flowEntry(path.subList(1, path.size()), yaml) + "}";
    }

    /**
     * Where a node's own text ends. A block list or mapping ends where the next entry starts, past blank lines and
     * comments, so its last item's end is used instead.
     */
    private int contentEnd(Node node) {
        if (isBlock(node)) {
            if (node instanceof SequenceNode sequence) {
                return contentEnd(sequence.getValue().get(sequence.getValue().size() - 1));
            }
            List<NodeTuple> tuples = ((MappingNode) node).getValue();
            return contentEnd(tuples.get(tuples.size() - 1).getValueNode());
        }
        return offset(node.getEndMark());
    }

    /**
     * The end of the line holding {@code offset}, before its line break; a block scalar ends at a line start. Line
     * breaks are YAML 1.1's, as SnakeYAML counts lines and columns: CR, LF, and also U+0085, U+2028 and U+2029.
     */
    private int lineEnd(int offset) {
        if (offset > 0 && isBreak(text.charAt(offset - 1))) {
            boolean crlf = text.charAt(offset - 1) == '\n' && offset > 1 && text.charAt(offset - 2) == '\r';
            return offset - (crlf ? 2 : 1);
        }
        int at = offset;
        while (at < text.length() && !isBreak(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isBlock(Node node) {
        return node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.BLOCK;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** A mark's offset in the text; marks count code points, strings count UTF-16 chars. */
    private int offset(Mark mark) {
        return text.offsetByCodePoints(0, mark.getIndex());
    }
}
