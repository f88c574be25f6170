package dev.lede.cli;

import dev.lede.export.Each;
import dev.lede.export.FieldException;
import dev.lede.export.FieldScope;
import dev.lede.export.Template;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --template TEXT} and {@code --each quote|section}: on {@code list}, {@code search} and {@code export}. */
class TemplateOptions {

    static final String TEMPLATE_HELP = "With --format template (implied): TEXT for each record, {field} its "
            + "value, \\n \\t \\\\ a newline, a tab, a backslash, {{ and }} braces; nothing is added.";

    @Option(names = "--template", paramLabel = "TEXT", description = TEMPLATE_HELP)
    String template;

    @Option(names = "--each", paramLabel = "quote|section", converter = EachConverter.class,
            description = "One record per quote (speaker, role, text, heading, quote) or per section (heading, text, "
                    + "section) of each story, with the story's fields.")
    Each each;

    /** The template, for the fields of {@code scope}; exit 2 with where it is wrong. */
    static Template template(String text, FieldScope scope) {
        try {
            return Template.parse(text, scope);
        } catch (FieldException e) {
            throw new LedeException(ExitCode.USAGE, "--template: " + e.getMessage());
        }
    }

    /** Accepts quote and section in any case. */
    static final class EachConverter implements CommandLine.ITypeConverter<Each> {
        @Override
        public Each convert(String value) {
            for (Each each : Each.values()) {
                if (each.id().equals(value.toLowerCase(Locale.ROOT))) {
                    return each;
                }
            }
            throw new CommandLine.TypeConversionException("use quote or section, not '" + value + "'");
        }
    }
}
