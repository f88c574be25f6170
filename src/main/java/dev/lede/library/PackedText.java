package dev.lede.library;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Some strings of one story packed into one byte array, so that a list of a million stories holds one small array
 * per story instead of a {@code String} (two objects) per field. Each string is a varint header, {@code length << 2 |
 * form}, then its bytes: Latin-1 when every character fits (one byte each, the fastest to decode), else UTF-8, else
 * (unpaired surrogates, which UTF-8 cannot hold) UTF-16; a header of 0 is null. Every string comes back exactly as
 * it went in.
 */
final class PackedText {

    private static final int NULL = 0;
    private static final int LATIN1 = 1;
    private static final int UTF8 = 2;
    private static final int UTF16 = 3;

    private PackedText() {
    }

    /** Packs the strings (any may be null) and then the numbers (each at least 0) as varints. */
    static byte[] pack(String[] strings, int... numbers) {
        byte[][] encoded = new byte[strings.length][];
        int[] forms = new int[strings.length];
        int size = 0;
        for (int i = 0; i < strings.length; i++) {
            forms[i] = form(strings[i]);
            encoded[i] = encode(strings[i], forms[i]);
            size += 5 + encoded[i].length;
        }
        byte[] out = new byte[size + 5 * numbers.length];
        int at = 0;
        for (int i = 0; i < strings.length; i++) {
            at = putVarint(out, at, encoded[i].length << 2 | forms[i]);
            System.arraycopy(encoded[i], 0, out, at, encoded[i].length);
            at += encoded[i].length;
        }
        for (int number : numbers) {
            at = putVarint(out, at, number);
        }
        return Arrays.copyOf(out, at);
    }

    /** String number {@code index} of those packed first. */
    static String string(byte[] text, int index) {
        int at = skip(text, 0, index);
        int header = varint(text, at);
        if (header == NULL) {
            return null;
        }
        at += varintSize(header);
        return (header & 3) == UTF16 ? utf16(text, at, header >>> 2)
                : new String(text, at, header >>> 2, (header & 3) == LATIN1 ? StandardCharsets.ISO_8859_1
                : StandardCharsets.UTF_8);
    }

    /** Number {@code index} of those packed after the {@code strings} strings. */
    static int number(byte[] text, int strings, int index) {
        int at = skip(text, 0, strings);
        for (int i = 0; i < index; i++) {
            at += varintSize(varint(text, at));
        }
        return varint(text, at);
    }

    /** The part {@code [start, end)} of string {@code index}, decoded without decoding the rest when it is Latin-1. */
    static String part(byte[] text, int index, int start, int end) {
        int at = skip(text, 0, index);
        int header = varint(text, at);
        if ((header & 3) == LATIN1) {
            return new String(text, at + varintSize(header) + start, end - start, StandardCharsets.ISO_8859_1);
        }
        return string(text, index).substring(start, end);
    }

    private static int skip(byte[] text, int at, int strings) {
        for (int i = 0; i < strings; i++) {
            int header = varint(text, at);
            at += varintSize(header) + (header >>> 2);
        }
        return at;
    }

    private static int form(String s) {
        if (s == null) {
            return NULL;
        }
        boolean latin1 = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                latin1 = false;
                i++;
            } else if (Character.isSurrogate(c)) {
                return UTF16;
            } else if (c > 0xff) {
                latin1 = false;
            }
        }
        return latin1 ? LATIN1 : UTF8;
    }

    /** The bytes of {@code s} in this form; UTF-16 by hand, since Java's encoder replaces an unpaired surrogate. */
    private static byte[] encode(String s, int form) {
        if (form != UTF16) {
            return form == NULL ? new byte[0]
                    : s.getBytes(form == LATIN1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
        byte[] bytes = new byte[2 * s.length()];
        for (int i = 0; i < s.length(); i++) {
            bytes[2 * i] = (byte) (s.charAt(i) >>> 8);
            bytes[2 * i + 1] = (byte) s.charAt(i);
        }
        return bytes;
    }

    private static String utf16(byte[] text, int at, int length) {
        char[] chars = new char[length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((text[at + 2 * i] & 0xff) << 8 | text[at + 2 * i + 1] & 0xff);
        }
        return new String(chars);
    }

    private static int putVarint(byte[] out, int at, int value) {
        while ((value & ~0x7f) != 0) {
            out[at++] = (byte) (value & 0x7f | 0x80);
            value >>>= 7;
        }
        out[at++] = (byte) value;
        return at;
    }

    private static int varint(byte[] text, int at) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = text[at++];
            value |= (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static int varintSize(int value) {
        int size = 1;
        while ((value & ~0x7f) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
    }
}
