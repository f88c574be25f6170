package dev.lede.prefs;

import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The preferences file's safe YAML reading and comment-keeping edits, for lede's other YAML files (the feeds list):
 * read as nodes, never constructed into objects, with the same limits; an edit splices the new text in at the marks
 * of the old and keeps every other byte of the file.
 */
public final class YamlFile {

    private YamlFile() {
    }

    /**
     * The text of a file: a regular file of at most 256 KB of UTF-8.
     *
     * @throws PreferencesException naming the file and why not
     */
    public static String read(Path file) throws PreferencesException {
        return PreferencesReader.readFile(file, label(file));
    }

    /** The root node of a text, or null for a text with no document (empty, or only comments). */
    public static Node parse(String text, String label) throws PreferencesException {
        return SafeYaml.compose(text, label);
    }

    /** The text with the value at a path of keys replaced by {@code yaml} (one line), or the keys added. */
    public static String set(String text, String label, List<String> path, String yaml) throws PreferencesException {
        return YamlEditor.set(text, label, path, new YamlEditor.Value(yaml, null));
    }

    /** The text with the entry at a path of keys taken out (the text as it was when there is none). */
    public static String remove(String text, String label, List<String> path) throws PreferencesException {
        return YamlEditor.remove(text, label, path);
    }

    /** A scalar as YAML, quoted only when it must be. */
    public static String scalar(String word) {
        return YamlText.scalar(word);
    }

    /** A flow list such as {@code [news, tech]}. */
    public static String list(List<String> words) {
        return YamlText.list(words);
    }

    /** A file's path as messages show it, on one line. */
    public static String label(Path file) {
        return SafeYaml.label(file);
    }

    /** A value from a file for a message: controls written out, long values cut short. */
    public static String printable(String text) {
        return SafeYaml.printable(text);
    }
}
