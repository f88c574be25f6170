package dev.lede.export;

import dev.lede.text.Nearest;
import dev.lede.text.TextCleaner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The fields one command offers: the story's, {@code position} or {@code rank} and {@code score}, and --each's. */
public final class FieldScope {

    /** How much of a name a message repeats. */
    private static final int SHOWN = 40;

    private final Each each;
    private final Set<Field> fields;

    private FieldScope(boolean search, Each each) {
        this.each = each;
        Set<Field> offered = EnumSet.allOf(Field.class);
        offered.removeAll(EnumSet.of(Field.SPEAKER, Field.ROLE, Field.TEXT, Field.HEADING, Field.QUOTE,
                Field.SECTION));
        offered.removeAll(search ? EnumSet.of(Field.POSITION) : EnumSet.of(Field.RANK, Field.SCORE));
        if (each != null) {
            offered.addAll(each.fields());
        }
        fields = Collections.unmodifiableSet(offered);
    }

    /** The fields of {@code list} and {@code export}; {@code each} null for one record per story. */
    public static FieldScope stories(Each each) {
        return new FieldScope(false, each);
    }

    /** The fields of {@code search}. */
    public static FieldScope hits(Each each) {
        return new FieldScope(true, each);
    }

    public Set<Field> fields() {
        return fields;
    }

    public Each each() {
        return each;
    }

    /** The field named {@code name}, or why there is none here. */
    public Field field(String name) throws FieldException {
        for (Field field : fields) {
            if (field.id().equals(name)) {
                return field;
            }
        }
        for (Field field : Field.values()) {
            if (field.id().equals(name)) {
                throw new FieldException(notHere(field));
            }
        }
        List<String> names = fields.stream().map(Field::id).toList();
        String near = Nearest.of(name, names);
        throw new FieldException("unknown field '" + shown(name) + "' "
                + (near != null ? "(did you mean '" + near + "'?)" : "(fields: " + String.join(", ", names) + ")"));
    }

    /** The fields of a comma-separated list such as {@code id,title,date}, in its order; each named once. */
    public List<Field> list(String names) throws FieldException {
        List<Field> list = new ArrayList<>();
        for (String name : names.split(",", -1)) {
            if (name.isBlank()) {
                throw new FieldException("an empty field name in '" + shown(names) + "'");
            }
            Field field = field(name.strip());
            if (list.contains(field)) {
                throw new FieldException("'" + field.id() + "' is named twice");
            }
            list.add(field);
        }
        return List.copyOf(list);
    }

    /** What a message repeats of a name: its first {@value #SHOWN} characters, escaped, then … when there are more. */
    private static String shown(String name) {
        return TextCleaner.escaped(name.codePointCount(0, name.length()) <= SHOWN ? name
                : name.substring(0, name.offsetByCodePoints(0, SHOWN)) + "…");
    }

    private String notHere(Field field) {
        String name = "'" + field.id() + "'";
        return switch (field) {
            case POSITION -> name + " is a field of list and export; search numbers its hits with 'rank'";
            case RANK, SCORE -> name + " is a field of search only" + (field == Field.RANK ? " (list has 'position')"
                    : "");
            case QUOTE, SPEAKER, ROLE -> name + " needs --each quote";
            case SECTION -> name + " needs --each section";
            default -> name + " needs --each quote or --each section";
        };
    }
}
