package dev.lede.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * A Retry-After header: seconds ({@code 120}) or an HTTP date in any of its three forms (RFC 9110 section 10.2.3),
 * as the instant before which lede does not ask again. At most a day away: a server's "come back next year" (or a
 * typo) must not silence a feed for good.
 */
final class RetryAfter {

    static final Duration LONGEST = Duration.ofDays(1);

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEEE, dd-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 1970).appendPattern(" HH:mm:ss zzz")
                    .toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEE MMM")
                    .appendLiteral(' ').optionalStart().appendLiteral(' ').optionalEnd()
                    .appendPattern("d HH:mm:ss yyyy").toFormatter(Locale.ENGLISH).withZone(ZoneOffset.UTC));

    private RetryAfter() {
    }

    /** When the header says to come back, at most {@link #LONGEST} after {@code now}; null for none or the past. */
    static Instant parse(String header, Instant now) {
        if (header == null) {
            return null;
        }
        Instant when = header.strip().matches("[0-9]{1,18}") ? seconds(header.strip(), now) : date(header.strip());
        if (when == null || !when.isAfter(now)) {
            return null;
        }
        Instant latest = now.plus(LONGEST);
        return when.isAfter(latest) ? latest : when;
    }

    private static Instant seconds(String digits, Instant now) {
        long seconds = Long.parseLong(digits);
        return now.plusSeconds(Math.min(seconds, LONGEST.toSeconds() + 1));
    }

    private static Instant date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return ZonedDateTime.parse(text, format).toInstant();
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }
}
