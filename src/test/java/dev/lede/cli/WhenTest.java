package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The WHEN of {@code --since} and {@code --until}, on a clock fixed at 2026-11-10 14:30 in Paris (UTC+1). */
class WhenTest {

    private static final Clock PARIS = Clock.fixed(Instant.parse("2026-11-10T13:30:00Z"), ZoneId.of("Europe/Paris"));

    private static Instant when(String text) {
        return Instant.ofEpochMilli(When.parse("--since", text, PARIS));
    }

    @Test
    void aDateIsTheStartOfThatDayInTheClocksZone() {
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), when("2026-11-01"));
        assertEquals(Instant.parse("2026-07-31T22:00:00Z"), when("2026-08-01"), "summer time: UTC+2");
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.ofEpochMilli(When.parse("--until", "2026-11-01", PARIS.withZone(ZoneId.of("UTC")))));
    }

    @Test
    void aDateTimeWithoutOffsetIsLocalAndOneWithAnOffsetIsThatMoment() {
        assertEquals(Instant.parse("2026-11-01T07:00:00Z"), when("2026-11-01T08:00"));
        assertEquals(Instant.parse("2026-11-01T07:00:30Z"), when("2026-11-01T08:00:30"));
        assertEquals(Instant.parse("2026-11-01T08:00:00Z"), when("2026-11-01T08:00Z"));
        assertEquals(Instant.parse("2026-11-01T06:00:00Z"), when("2026-11-01T08:00+02:00"));
        assertEquals(Instant.parse("2026-11-01T13:00:00Z"), when("2026-11-01T08:00:00-05:00"));
    }

    @Test
    void nowTodayAndYesterday() {
        assertEquals(Instant.parse("2026-11-10T13:30:00Z"), when("now"));
        assertEquals(Instant.parse("2026-11-09T23:00:00Z"), when("today"));
        assertEquals(Instant.parse("2026-11-08T23:00:00Z"), when("yesterday"));
    }

    @Test
    void minutesHoursDaysAndWeeksBeforeNow() {
        assertEquals(Instant.parse("2026-11-10T13:30:00Z"), when("0d"));
        assertEquals(Instant.parse("2026-11-10T13:15:00Z"), when("15m"));
        assertEquals(Instant.parse("2026-11-10T01:30:00Z"), when("12h"));
        assertEquals(Instant.parse("2026-11-03T13:30:00Z"), when("7d"));
        assertEquals(Instant.parse("2026-10-27T13:30:00Z"), when("2w"));
        assertEquals(Instant.parse("2026-11-03T13:30:00Z"), when("007d"), "leading zeros are the same number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "7", "d", "-1d", "+1d", "1.5h", "7 d", " 7d", "7d ", "7D", "1y", "1M", "NOW",
        "tomorrow", "2026-13-01", "2026-02-30", "26-11-01", "2026/11/01", "2026-11-01 08:00", "2026-11-01T",
        "2026-11-01T25:00", "2026-11-01T08:00+25:00", "999999999999999999w", "1000000000000000000d",
        "+999999999-12-31", "\u001b[31m", "2026-11-01\n"})
    void anythingElseIsAUsageErrorSayingWhatWorks(String text) {
        LedeException e = assertThrows(LedeException.class, () -> When.parse("--until", text, PARIS));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("--until: cannot read the date '" + text + "' (use 2026-11-01, yesterday, 7d or 12h)",
                e.getMessage());
    }
}
