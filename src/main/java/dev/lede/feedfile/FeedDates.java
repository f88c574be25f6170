package dev.lede.feedfile;

import com.rometools.rome.io.impl.DateParser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/**
 * A feed's date as an instant: RFC 822/1123 ({@code Tue, 10 Jun 2003 04:00:00 GMT}) and RFC 3339 quickly through
 * java.time, and whatever else Rome's many patterns know; null when none reads it.
 */
final class FeedDates {

    private FeedDates() {
    }

    static Instant parse(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        String d = date.strip();
        try {
            return OffsetDateTime.parse(d, d.indexOf(',') > 0 || !d.contains("T")
                    ? DateTimeFormatter.RFC_1123_DATE_TIME : DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notTheUsualForm) {
            Date parsed = DateParser.parseDate(d, Locale.US);
            return parsed == null ? null : parsed.toInstant();
        }
    }
}
