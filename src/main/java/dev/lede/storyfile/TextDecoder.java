package dev.lede.storyfile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns file bytes into text: UTF-8 (BOM dropped) or, when the bytes are not UTF-8, Windows-1252. */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text, with every line end turned into {@code \n}. */
    record Decoded(String text, boolean fellBack) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean fellBack = false;
        // The lenient decoder is much faster; only a U+FFFD in its result can mean the bytes were not UTF-8.
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                text = new String(bytes, WINDOWS_1252);
                fellBack = true;
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Decoded(normalizeLineEnds(text), fellBack);
    }

    static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
