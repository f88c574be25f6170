package dev.lede.feedfile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed's bytes as text. The encoding is the first of: a byte order mark, the XML prolog's {@code encoding}, the
 * HTTP {@code charset}, UTF-8. Bytes that claim (or default to) UTF-8 but are not UTF-8 are read as Windows-1252,
 * which is what such feeds are written in; bytes a named charset cannot map become U+FFFD.
 */
final class FeedCharset {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Pattern ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]{0,40})[\"']");
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([A-Za-z0-9._:-]{1,40})");

    private FeedCharset() {
    }

    static String decode(byte[] body, String contentType) {
        Bom bom = Bom.of(body);
        if (bom != null) {
            return decode(body, bom.length, bom.charset);
        }
        Charset family = family(body);
        if (family != null) {
            return decode(body, 0, family);
        }
        Charset declared = declared(body);
        if (declared == null) {
            declared = named(contentType == null ? null : group(CHARSET.matcher(contentType)));
        }
        if (declared != null && isWide(declared)) {
            declared = null; // the bytes are ASCII-compatible, whatever the name says
        }
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.US_ASCII)) {
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException notUtf8) {
                return new String(body, WINDOWS_1252);
            }
        }
        return decode(body, 0, declared);
    }

    /** Decoded with U+FFFD for bytes the charset cannot map. */
    private static String decode(byte[] body, int from, Charset charset) {
        return new String(body, from, body.length - from, charset);
    }

    /** UTF-16 or UTF-32 without a byte order mark, from how {@code <} is written; null for ASCII-compatible bytes. */
    private static Charset family(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return UTF_32BE;
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return UTF_32LE;
        }
        if (b.length >= 2 && b[0] == 0 && b[1] != 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && b[0] != 0 && b[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset declared(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
        return named(group(ENCODING.matcher(head)));
    }

    private static String group(Matcher m) {
        return m.find() ? m.group(1) : null;
    }

    private static Charset named(String name) {
        if (name == null) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name.toLowerCase(Locale.ROOT));
            // Latin-1 feeds are Windows-1252 in practice (HTML5 says so too): it maps 0x80-0x9F to letters
            return charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean isWide(Charset charset) {
        String name = charset.name();
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    private enum Bom {
        UTF32_BE(new int[] {0, 0, 0xFE, 0xFF}, UTF_32BE),
        UTF32_LE(new int[] {0xFF, 0xFE, 0, 0}, UTF_32LE),
        UTF8(new int[] {0xEF, 0xBB, 0xBF}, StandardCharsets.UTF_8),
        UTF16_BE(new int[] {0xFE, 0xFF}, StandardCharsets.UTF_16BE),
        UTF16_LE(new int[] {0xFF, 0xFE}, StandardCharsets.UTF_16LE);

        final int[] bytes;
        final int length;
        final Charset charset;

        Bom(int[] bytes, Charset charset) {
            this.bytes = bytes;
            this.length = bytes.length;
            this.charset = charset;
        }

        static Bom of(byte[] body) {
            for (Bom bom : values()) {
                if (bom.matches(body)) {
                    return bom;
                }
            }
            return null;
        }

        private boolean matches(byte[] body) {
            if (body.length < length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if ((body[i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
