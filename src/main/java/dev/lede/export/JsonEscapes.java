package dev.lede.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON that puts no control character on a terminal: besides the C0 controls JSON itself escapes, DEL, the C1
 * controls, the bidi controls U+202A–202E and U+2066–2069 and the line and paragraph separators U+2028 and U+2029
 * are written as {@code \}{@code uXXXX}. The text a JSON reader gets back is the same; only the bytes differ.
 */
public final class JsonEscapes extends CharacterEscapes {

    public static final JsonEscapes INSTANCE = new JsonEscapes();

    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    private JsonEscapes() {
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
        boolean control = c <= 0x9F || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        return control ? new SerializedString(String.format("\\u%04X", c)) : null;
    }
}
