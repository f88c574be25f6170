package dev.lede.storyfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoryDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-01-31                      | 2025-01-31T00:00:00Z",
        "2024-03-08T21:30:00+01:00       | 2024-03-08T20:30:00Z",
        "2024-03-08T20:30:00.123Z        | 2024-03-08T20:30:00.123Z",
        "2024-03-08T20:30                | 2024-03-08T20:30:00Z",
        "2024-03-08 20:30:00             | 2024-03-08T20:30:00Z",
        "Tue, 10 Jun 2003 04:00:00 GMT   | 2003-06-10T04:00:00Z",
        "Sat, 07 Oct 2023 09:15:00 +0200 | 2023-10-07T07:15:00Z",
        "'  2025-01-31  '                | 2025-01-31T00:00:00Z",
    })
    void readsTheDatesStoriesAndFeedsWrite(String text, String instant) {
        assertEquals(Instant.parse(instant).toEpochMilli(), StoryDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "2025-13-01", "2025-02-30", "31/01/2025", "Mon, 99 Jan 2003",
        "2025-01-31T25:00", "+999999999-12-31T23:59:59Z", "x2025-01-01"})
    void anythingElseIsNoTime(String text) {
        assertEquals(Summary.NO_TIME, StoryDates.parse(text));
    }

    @org.junit.jupiter.api.Test
    void noTextIsNoTimeAndIsoIsUtcToTheSecond() {
        assertEquals(Summary.NO_TIME, StoryDates.parse(null));
        assertEquals("2024-03-08T20:30:00Z", StoryDates.iso(Instant.parse("2024-03-08T20:30:00.999Z").toEpochMilli()));
    }
}
