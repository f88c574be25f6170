package dev.lede.prefs;

import dev.lede.text.TextCleaner;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses a preferences file into SnakeYAML nodes, safely: no global tags, few aliases, shallow nesting, bounded size.
 * Values are never constructed into objects; {@link PreferencesReader} reads the text of each scalar, so no scalar
 * can make the YAML library throw while converting it. Any failure of the library becomes one clear line.
 */
final class SafeYaml {

    /** The largest preferences file read, in bytes and in code points. */
    static final int MAX_SIZE = 256 * 1024;
    /** The most characters of one value a message shows. */
    private static final int MAX_SHOWN = 60;
    /** The most characters of a message from the library a message shows. */
    private static final int MAX_LINE = 300;

    private SafeYaml() {
    }

    /**
     * The root node, or null for a file with no document (empty, or only comments).
     *
     * @param label the file as shown in messages
     */
    static Node compose(String text, String label) throws PreferencesException {
        try {
            LoaderOptions options = options();
            return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(),
                    options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw at(label, mark, "not valid YAML: " + firstLine(describe(e.getContext(), e.getProblem())));
        } catch (ReaderException e) {
            int[] lineColumn = lineColumn(text, e.getPosition());
            throw new PreferencesException(label + ":" + lineColumn[0] + ":" + lineColumn[1]
                    + ": not valid YAML: the character " + String.format("U+%04X", e.getCodePoint())
                    + " is not allowed", lineColumn[0], lineColumn[1]);
        } catch (RuntimeException | StackOverflowError e) {
            // Some inputs make the library throw something other than a YAMLException; none may escape as a trace.
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new PreferencesException(label + ": not valid YAML: " + firstLine(detail));
        }
    }

    /** The 1-based line and column of a code-point index. */
    private static int[] lineColumn(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePointIndex; i += Character.charCount(text.codePointAt(i))) {
            seen++;
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** "while scanning a quoted scalar: found unexpected end of stream" */
    private static String describe(String context, String problem) {
        if (context == null || problem == null) {
            return problem != null ? problem : context;
        }
        return context + (problem.startsWith("but ") ? " " : ": ") + problem;
    }

    /** A problem at a place in the file; the mark's line and column are 0-based, the message's 1-based. */
    static PreferencesException at(String label, Mark mark, String message) {
        if (mark == null) {
            return new PreferencesException(label + ": " + message);
        }
        int line = mark.getLine() + 1;
        int column = mark.getColumn() + 1;
        return new PreferencesException(label + ":" + line + ":" + column + ": " + message, line, column);
    }

    /** The first line of a message from the YAML library or the system, printable (see {@link #printable}). */
    static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "unreadable";
        }
        return printable(text.strip().lines().findFirst().orElse(""), MAX_LINE);
    }

    /**
     * A value from the file for a message: control, bidi and line-separator characters shown as Java-style escapes
     * rather than sent to the terminal or dropped (a message must not say that ESC [31m dark is 'dark'), and long
     * values cut short.
     */
    static String printable(String text) {
        return printable(text, MAX_SHOWN);
    }

    private static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (++shown > max) {
                return out.append('…').toString();
            }
            int c = text.codePointAt(i);
            if (Character.isISOControl(c) || isLineBreak(c) || !TextCleaner.isClean(Character.toString(c))) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** U+2028 and U+2029, which some terminals and log viewers take for a new line. */
    private static boolean isLineBreak(int c) {
        int type = Character.getType(c);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A file's path as messages show it: on one line, control characters written out ({@link TextCleaner#escaped}). */
    static String label(java.nio.file.Path file) {
        return TextCleaner.escaped(file.toString());
    }

    /** A value in quotes for a message: {@code 'purple'}. */
    static String quoted(String value) {
        return "'" + printable(value) + "'";
    }

    /**
     * What a file may hold. The file is only composed into nodes, as {@code Yaml.compose} does, without the
     * {@code Yaml} object: its constructor and representer, never used here, were a third of a short command's run
     * when a preferences file exists (building a constructor also starts the JDK's logging).
     */
    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(MAX_SIZE);
        options.setTagInspector(tag -> false);
        return options;
    }
}
