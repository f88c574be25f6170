package dev.lede;

import dev.lede.text.TextCleaner;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A strict check, written apart from {@code TextCleaner} so that it does not share its mistakes, for characters that
 * could control a terminal or that no encoder can write: C0 controls except newline (a tab too: lede never outputs
 * one), DEL, C1 controls, the bidi embedding, override and isolate controls U+202A–202E and U+2066–2069, and lone
 * surrogates.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The first forbidden character, described with its index and what surrounds it, or null when there is none. */
    public static String first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                i++;
            } else if (forbidden(c)) {
                return String.format("U+%04X at index %d, after \"%s\"", (int) c, i,
                        text.substring(Math.max(0, i - 20), i).replace("\n", "\\n"));
            }
        }
        return null;
    }

    public static void assertNone(String text, String where) {
        String found = first(text);
        if (found != null) {
            fail(where + " holds a control character: " + found);
        }
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || Character.isSurrogate(c);
    }
}
