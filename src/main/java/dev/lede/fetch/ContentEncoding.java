package dev.lede.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Undoes a response's Content-Encoding: gzip (lede asks for nothing else) and identity, each layer stopped at the
 * size cap, so a small bomb that inflates to gigabytes costs no more than the cap.
 */
final class ContentEncoding {

    private ContentEncoding() {
    }

    /**
     * The body as the feed wrote it.
     *
     * @param headers the Content-Encoding headers, each a comma-separated list in the order they were applied
     */
    static byte[] decode(byte[] body, List<String> headers, long cap, String capText) throws FetchFault {
        byte[] decoded = body;
        for (String coding : reversedCodings(headers)) {
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                decoded = gunzip(decoded, cap, capText);
            } else if (!coding.equals("identity")) {
                throw new FetchFault("the server sent an encoding lede did not ask for (" + coding + ")");
            }
        }
        return decoded;
    }

    private static List<String> reversedCodings(List<String> headers) {
        List<String> codings = new ArrayList<>();
        for (String header : headers) {
            for (String coding : header.split(",")) {
                String name = coding.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    codings.add(name);
                }
            }
        }
        Collections.reverse(codings);
        return codings;
    }

    private static byte[] gunzip(byte[] body, long cap, String capText) throws FetchFault {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(body.length * 4L, 1 << 20));
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                if (out.size() + (long) n > cap) {
                    throw new FetchFault("larger than the " + capText + " limit once decompressed");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new FetchFault("the gzip body is damaged");
        }
        return out.toByteArray();
    }
}
