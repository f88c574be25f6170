package dev.lede.cli;

import dev.lede.export.Field;
import dev.lede.export.FieldException;
import dev.lede.export.FieldScope;
import dev.lede.export.Template;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What {@code list} and {@code search} print: {@code --format}, {@code --fields}, {@code --template},
 * {@code --each}. Without the last three, each command's own columns.
 */
final class StoryOutput extends TemplateOptions {

    enum Kind { table, tsv, json, jsonl, template }

    /** Null when not given: {@code template} with --template, else {@code table}. */
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table, tsv, json, jsonl (JSON Lines) or template (default: table; template with "
                    + "--template).")
    Kind format;

    @Option(names = "--fields", paramLabel = "NAME,…", description = "The fields of each row, in this order "
            + "(table, tsv, json, jsonl): position (list) or rank and score (search), id, file, folder, title, date, "
            + "day, feed, url, author, tags, sections, read, starred, lede; with --each quote also speaker, role, "
            + "text, heading, quote; with --each section heading, text, section.")
    String fields;

    Kind kind() {
        return format != null ? format : template != null ? Kind.template : Kind.table;
    }

    boolean isJson() {
        return kind() == Kind.json || kind() == Kind.jsonl;
    }

    /**
     * The shape the options ask for, or null for the command's own columns; exit 2 for fields it does not have, a
     * template that cannot be read, or options that do not go together.
     */
    OutputShape shape(FieldScope scope) {
        Kind kind = kind();
        if (kind == Kind.template) {
            if (template == null) {
                throw new LedeException(ExitCode.USAGE, "--format template needs --template TEXT");
            }
            if (fields != null) {
                throw new LedeException(ExitCode.USAGE, "--fields is for table, tsv, json and jsonl; "
                        + "a template names its own fields");
            }
            Template parsed = template(template, scope);
            return new OutputShape(kind, List.copyOf(parsed.fields()), parsed, scope.each());
        }
        if (template != null) {
            throw new LedeException(ExitCode.USAGE, "--template needs --format template, not " + kind);
        }
        if (fields == null && each == null) {
            return null;
        }
        return new OutputShape(kind, fields == null ? each.defaults() : list(scope), null, each);
    }

    private List<Field> list(FieldScope scope) {
        try {
            return scope.list(fields);
        } catch (FieldException e) {
            throw new LedeException(ExitCode.USAGE, "--fields: " + e.getMessage());
        }
    }

    /** The scope of {@code list}: its fields and --each's. */
    FieldScope stories() {
        return FieldScope.stories(each);
    }

    /** The scope of {@code search}. */
    FieldScope hits() {
        return FieldScope.hits(each);
    }
}
