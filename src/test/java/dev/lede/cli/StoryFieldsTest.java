package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.export.Field;
import dev.lede.library.StoryRef;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fields the commands give the output engine from a story's listing. */
class StoryFieldsTest {

    @Test
    void dateAndDayAreTheTimeInUtcToTheSecond() {
        assertEquals("1970-01-01T00:00:00Z", StoryFields.instant(0));
        assertEquals("1969-12-31T23:59:59Z", StoryFields.instant(-1));
        assertEquals("2024-03-08T20:30:00Z", StoryFields.instant(Instant.parse("2024-03-08T20:30:00.999Z")
                .toEpochMilli()));
        assertEquals("+10000-01-01T00:00:00Z", StoryFields.instant(Instant.parse("+10000-01-01T00:00:00Z")
                .toEpochMilli()));
        assertEquals("-0001-12-31", StoryFields.day(Instant.parse("-0001-12-31T23:00:00Z").toEpochMilli(),
                new StringBuilder()).toString());
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 10_000; i++) {
            long millis = random.nextLong(-62_000_000_000_000L, 253_000_000_000_000L);
            Instant instant = Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.SECONDS);
            assertEquals(instant.toString(), StoryFields.instant(millis));
            assertEquals(instant.toString().substring(0, 10), StoryFields.day(millis, new StringBuilder()).toString());
        }
    }

    @Test
    void theFolderIsTheFilesAsTheLibraryNamesIt() {
        assertEquals("feeds/bbc", fields("feeds/bbc/a.txt").get(Field.FOLDER));
        assertEquals("/", fields("/a.txt").get(Field.FOLDER));
        assertEquals(".", fields("a.txt").get(Field.FOLDER));
    }

    @Test
    void aMissingLedeOrScoreIsNull() {
        assertEquals(null, fields("a.txt").get(Field.LEDE));
        assertEquals(null, fields("a.txt").get(Field.SCORE));
        assertEquals(List.of(), fields("a.txt").get(Field.TAGS));
        assertEquals(7, fields("a.txt").get(Field.POSITION));
    }

    private static StoryFields fields(String file) {
        return new StoryFields(new StoryRef("a", Path.of(file), file, "A", null, 0), 7, null, null, Double.NaN);
    }
}
