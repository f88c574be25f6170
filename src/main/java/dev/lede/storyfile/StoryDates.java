package dev.lede.storyfile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A front-matter date as an instant: ISO 8601 dates ({@code 2025-01-31}, the start of that day in UTC), date-times
 * with an offset or {@code Z} or none (UTC), with a space instead of the {@code T}, and RFC 1123 ({@code Tue, 10 Jun
 * 2003 04:00:00 GMT}), which feeds write.
 */
public final class StoryDates {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private StoryDates() {
    }

    /** Milliseconds since the epoch, or {@link Summary#NO_TIME} when {@code text} is not such a date. */
    public static long parse(String text) {
        if (text == null) {
            return Summary.NO_TIME;
        }
        String d = text.strip();
        if (d.isEmpty() || d.length() > 64) {
            return Summary.NO_TIME;
        }
        try {
            if (d.indexOf(',') > 0 || Character.isLetter(d.charAt(0))) {
                return OffsetDateTime.parse(d, RFC_1123).toInstant().toEpochMilli();
            }
            if (d.length() == 10) {
                return LocalDate.parse(d).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            String iso = d.length() > 10 && d.charAt(10) == ' ' ? d.substring(0, 10) + 'T' + d.substring(11) : d;
            try {
                return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            return Summary.NO_TIME;
        }
    }

    /** The instant as ISO 8601 in UTC, {@code 2024-03-08T20:30:00Z}. */
    public static String iso(long millis) {
        return Instant.ofEpochMilli(millis).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
