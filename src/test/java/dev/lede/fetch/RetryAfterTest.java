package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void secondsCountFromNow() {
        assertEquals(NOW.plusSeconds(120), RetryAfter.parse("120", NOW));
        assertEquals(NOW.plusSeconds(1), RetryAfter.parse(" 1 ", NOW));
    }

    @Test
    void anHttpDateIsReadInEachOfItsThreeForms() {
        Instant one = Instant.parse("2026-12-01T13:00:00Z");
        assertEquals(one, RetryAfter.parse("Tue, 01 Dec 2026 13:00:00 GMT", NOW));
        assertEquals(one, RetryAfter.parse("Tuesday, 01-Dec-26 13:00:00 GMT", NOW));
        assertEquals(one, RetryAfter.parse("Tue Dec  1 13:00:00 2026", NOW));
    }

    @Test
    void nowThePastNothingAndNonsenseAskForNoWait() {
        assertNull(RetryAfter.parse(null, NOW));
        assertNull(RetryAfter.parse("0", NOW));
        assertNull(RetryAfter.parse("-5", NOW));
        assertNull(RetryAfter.parse("", NOW));
        assertNull(RetryAfter.parse("soon", NOW));
        assertNull(RetryAfter.parse("Mon, 30 Nov 2026 13:00:00 GMT", NOW));
        assertNull(RetryAfter.parse("99999999999999999999", NOW));
    }

    @Test
    void aWaitIsAtMostADay() {
        Instant tomorrow = NOW.plus(RetryAfter.LONGEST);
        assertEquals(tomorrow, RetryAfter.parse("86401", NOW));
        assertEquals(tomorrow, RetryAfter.parse("999999999999999999", NOW));
        assertEquals(tomorrow, RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", NOW));
    }
}
