package dev.lede.cli;

import dev.lede.export.Each;
import dev.lede.export.Field;
import dev.lede.export.Template;
import java.util.List;

/**
 * The rows a script asked for: a format, its fields in order, the template (for {@code template}) and whether each
 * quote or section is a record of its own.
 *
 * @param template null unless {@code kind} is {@code template}
 * @param each     null: one record per story
 */
record OutputShape(StoryOutput.Kind kind, List<Field> fields, Template template, Each each) {

    /** True when the story's file must be read: for --each or a field such as {@code lede}. */
    boolean needsStory() {
        return each != null || fields.stream().anyMatch(Field::needsStory);
    }

    /** True when a field needs the reading state. */
    boolean needsMarks() {
        return fields.contains(Field.READ) || fields.contains(Field.STARRED);
    }
}
