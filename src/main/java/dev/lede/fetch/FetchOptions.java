package dev.lede.fetch;

import java.time.Duration;

/**
 * How a {@link Fetcher} behaves.
 *
 * @param userAgent      the User-Agent header
 * @param connectTimeout how long one connection may take to open
 * @param deadline       how long one feed may take in all: every redirect and the whole body
 * @param maxBytes       the largest body, as sent and once decompressed
 * @param maxRedirects   how many redirects one feed may take
 * @param perHost        how many feeds of one host are fetched at once
 */
public record FetchOptions(String userAgent, Duration connectTimeout, Duration deadline, long maxBytes,
                           int maxRedirects, int perHost) {

    private static final long MIB = 1024 * 1024;

    public FetchOptions {
        if (userAgent == null || connectTimeout == null || deadline == null) {
            throw new NullPointerException("userAgent, connectTimeout and deadline are required");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || deadline.isNegative() || deadline.isZero()
                || maxBytes < 1 || maxRedirects < 0 || perHost < 1) {
            throw new IllegalArgumentException("timeouts, maxBytes and perHost must be positive, maxRedirects not negative");
        }
        if (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("the User-Agent must be printable ASCII on one line");
        }
    }

    /** lede's figures: {@code lede/VERSION}, 10 s to connect, 30 s per feed, 16 MiB, 5 redirects, 2 per host. */
    public static FetchOptions defaults(String version) {
        return new FetchOptions("lede/" + version, Duration.ofSeconds(10), Duration.ofSeconds(30), 16 * MIB, 5, 2);
    }

    /** The size cap as a reader says it: {@code 16 MiB}. */
    String maxBytesText() {
        if (maxBytes % MIB == 0) {
            return maxBytes / MIB + " MiB";
        }
        return maxBytes % 1024 == 0 ? maxBytes / 1024 + " KiB" : maxBytes + " bytes";
    }

    /** A duration as a reader says it: {@code 30 s}, {@code 1500 ms}. */
    static String text(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
