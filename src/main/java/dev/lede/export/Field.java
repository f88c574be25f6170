package dev.lede.export;

import dev.lede.text.TextCleaner;
import java.util.List;
import java.util.Locale;

/**
 * A field a script can ask of a story (or of one of its quotes or sections, with {@link Each}) by name: in
 * {@code --fields}, and as {@code {name}} in a {@link Template}. Values come from a {@link FieldSet}: a string, a
 * number, a boolean, a list of strings ({@code tags}), or null when the story has none.
 */
public enum Field {
    POSITION(Kind.NUMBER), RANK(Kind.NUMBER), ID(Kind.TEXT), FILE(Kind.NAME), FOLDER(Kind.NAME), TITLE(Kind.TEXT),
    DATE(Kind.TEXT), DAY(Kind.TEXT), FEED(Kind.TEXT), URL(Kind.TEXT), AUTHOR(Kind.TEXT), TAGS(Kind.LIST),
    SECTIONS(Kind.NUMBER), READ(Kind.BOOLEAN), STARRED(Kind.BOOLEAN), SCORE(Kind.NUMBER), LEDE(Kind.TEXT),
    SPEAKER(Kind.TEXT), ROLE(Kind.TEXT), TEXT(Kind.TEXT), HEADING(Kind.TEXT), QUOTE(Kind.NUMBER),
    SECTION(Kind.NUMBER);

    /** How a value is written: numbers align right in a table; names keep every character, escaped. */
    enum Kind { TEXT, NAME, NUMBER, BOOLEAN, LIST }

    private final Kind kind;
    private final String id;

    Field(Kind kind) {
        this.kind = kind;
        this.id = name().toLowerCase(Locale.ROOT);
    }

    /** The name scripts use. */
    public String id() {
        return id;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** True for the fields whose value is only known once the story's file is read. */
    public boolean needsStory() {
        return this == LEDE;
    }

    /**
     * The value as one line of text, for TSV, tables and templates: nothing for null, {@code true}/{@code false},
     * tags joined with {@code ,}; a tab, a line break (U+2028 and U+2029 too) or any other control character becomes a
     * space, and a file name keeps its odd characters as {@code \}{@code uXXXX}, as messages show them.
     */
    public String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object item : list) {
                joined.append(joined.length() == 0 ? "" : ",").append(oneLine(String.valueOf(item)));
            }
            return joined.toString();
        }
        if (kind == Kind.NAME) {
            return TextCleaner.escaped(String.valueOf(value));
        }
        return value instanceof String text ? oneLine(text) : String.valueOf(value);
    }

    /** Cleaned text on one line: what {@link TextCleaner} would drop is dropped, line breaks and tabs become spaces. */
    static String oneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (TextCleaner.isControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                return spaced(TextCleaner.clean(text));
            }
        }
        return text;
    }

    private static String spaced(String cleaned) {
        StringBuilder out = new StringBuilder(cleaned.length());
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            out.append(c == '\n' || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }
}
