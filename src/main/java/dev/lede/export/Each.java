package dev.lede.export;

import dev.lede.story.Block;
import dev.lede.story.Quote;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** One record per quote or per section of a story instead of one per story ({@code --each}). */
public enum Each {
    /** {@code speaker}, {@code role}, {@code text}, {@code heading} (of its section) and {@code quote} (from 1). */
    QUOTE(EnumSet.of(Field.SPEAKER, Field.ROLE, Field.TEXT, Field.HEADING, Field.QUOTE),
            List.of(Field.ID, Field.QUOTE, Field.SPEAKER, Field.ROLE, Field.TEXT)),
    /** {@code heading}, {@code text} (its blocks joined by a space) and {@code section} (from 1). */
    SECTION(EnumSet.of(Field.HEADING, Field.TEXT, Field.SECTION),
            List.of(Field.ID, Field.SECTION, Field.HEADING, Field.TEXT));

    private final Set<Field> own;
    private final List<Field> defaults;

    Each(Set<Field> own, List<Field> defaults) {
        this.own = own;
        this.defaults = defaults;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The fields each record has besides the story's. */
    public Set<Field> fields() {
        return own;
    }

    /** The fields of table, TSV and JSON rows when none are asked for. */
    public List<Field> defaults() {
        return defaults;
    }

    /** The records of {@code story}, each answering its own fields and asking {@code storyFields} for the rest. */
    public List<FieldSet> records(Story story, FieldSet storyFields) {
        List<FieldSet> records = new ArrayList<>();
        int quotes = 0;
        int sections = 0;
        for (Section section : story.sections()) {
            int number = ++sections;
            if (this == SECTION) {
                String text = section.blocks().stream().map(Block::text).collect(Collectors.joining(" "));
                records.add(field -> switch (field) {
                    case HEADING -> section.heading();
                    case TEXT -> text;
                    case SECTION -> number;
                    default -> storyFields.get(field);
                });
                continue;
            }
            for (Block block : section.blocks()) {
                if (block instanceof Quote quote) {
                    int at = ++quotes;
                    records.add(field -> switch (field) {
                        case SPEAKER -> quote.speaker();
                        case ROLE -> quote.role();
                        case TEXT -> quote.text();
                        case HEADING -> section.heading();
                        case QUOTE -> at;
                        default -> storyFields.get(field);
                    });
                }
            }
        }
        return records;
    }
}
