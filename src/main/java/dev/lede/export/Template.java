package dev.lede.export;

import dev.lede.story.Story;
import dev.lede.text.TextCleaner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A template for one record, such as {@code {date} {feed}: {title}\n}: {@code {field}} is a field's value as one
 * line of cleaned text ({@link Field#text}); {@code \n}, {@code \t} and {@code \\} are a newline, a tab and a
 * backslash; {@code {{} and {@code }}} are braces. Everything else is written as it is, and nothing is added (no
 * newline at the end: as {@code printf}).
 */
public final class Template {

    /** Literal text and fields, alternating: {@code texts[0] fields[0] texts[1] … texts[n]}. */
    private final String[] texts;
    private final Field[] fields;
    private final Each each;

    private Template(List<String> texts, List<Field> fields, Each each) {
        this.texts = texts.toArray(String[]::new);
        this.fields = fields.toArray(Field[]::new);
        this.each = each;
    }

    /**
     * Reads a template whose fields are those of {@code scope}.
     *
     * @throws FieldException naming an unknown field and the nearest one, an unclosed {@code {}, a lone {@code }} or
     *                        an escape other than {@code \n}, {@code \t} and {@code \\}, with its column (from 1)
     */
    public static Template parse(String text, FieldScope scope) throws FieldException {
        List<String> texts = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '\\') {
                literal.append(escape(next, i));
                i += 2;
            } else if ((c == '{' && next == '{') || (c == '}' && next == '}')) {
                literal.append(c);
                i += 2;
            } else if (c == '}') {
                throw new FieldException("column " + (i + 1) + ": '}' closes no '{' (write }} for a brace)");
            } else if (c == '{') {
                int close = text.indexOf('}', i + 1);
                int open = text.indexOf('{', i + 1);
                if (close < 0 || (open >= 0 && open < close)) {
                    throw new FieldException("column " + (i + 1) + ": '{' is not closed (write {{ for a brace)");
                }
                try {
                    fields.add(scope.field(text.substring(i + 1, close)));
                } catch (FieldException e) {
                    throw new FieldException("column " + (i + 1) + ": " + e.getMessage());
                }
                texts.add(literal.toString());
                literal.setLength(0);
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        texts.add(literal.toString());
        return new Template(texts, fields, scope.each());
    }

    private static char escape(char c, int at) throws FieldException {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case '\\' -> '\\';
            default -> throw new FieldException("column " + (at + 1) + ": unknown escape '\\" + (c == 0 ? ""
                    : TextCleaner.escaped(String.valueOf(c))) + "' (use \\n, \\t or \\\\)");
        };
    }

    /** The fields the template names. */
    public Set<Field> fields() {
        Set<Field> named = EnumSet.noneOf(Field.class);
        named.addAll(List.of(fields));
        return named;
    }

    /** One record per quote or section of each story, or null for one per story. */
    public Each each() {
        return each;
    }

    /** True when a field or {@link #each} needs the story's text, not only its listing. */
    public boolean needsStory() {
        return each != null || fields().stream().anyMatch(Field::needsStory);
    }

    /**
     * An exporter that writes each story through this template ({@code export --format template}, files ending in
     * {@code .txt}); {@code fields} gives a story's fields besides its text.
     */
    public Exporter exporter(Function<Story, FieldSet> fields) {
        return new TemplateExporter(this, fields);
    }

    /** Appends the template with the values of {@code record}. */
    public void render(FieldSet record, StringBuilder out) {
        for (int i = 0; i < fields.length; i++) {
            out.append(texts[i]).append(fields[i].text(record.get(fields[i])));
        }
        out.append(texts[fields.length]);
    }
}
