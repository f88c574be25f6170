package dev.lede.cli;

import dev.lede.export.Field;
import dev.lede.export.FieldSet;
import dev.lede.library.StoryRef;
import dev.lede.state.ReadState;
import dev.lede.story.Story;
import java.io.File;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A story's fields for the output engine, from its listing, its reading state and (only for the fields that need
 * its text) the parsed story.
 *
 * @param position its number in the output, from 1 ({@code position}, or {@code rank} for search)
 * @param state    null when no field asks for read or starred
 * @param story    null when no field needs the text
 * @param score    the search score, NaN for list and export
 */
record StoryFields(StoryRef ref, int position, ReadState state, Story story, double score) implements FieldSet {

    @Override
    public Object get(Field field) {
        return switch (field) {
            case POSITION, RANK -> position;
            case ID -> ref.id();
            case FILE -> ref.file();
            case FOLDER -> folder(ref.file());
            case TITLE -> ref.title();
            case DATE -> instant(ref.time());
            case DAY -> day(ref.time(), new StringBuilder(10)).toString();
            case FEED -> ref.feed();
            case URL -> ref.url();
            case AUTHOR -> ref.author();
            case TAGS -> ref.tags();
            case SECTIONS -> ref.sections();
            case READ -> state.isRead(ref.id());
            case STARRED -> state.isStarred(ref.id());
            case SCORE -> Double.isNaN(score) ? null : Math.round(score * 1000) / 1000.0;
            case LEDE -> story == null || story.lede().isEmpty() ? null : story.lede();
            default -> null;
        };
    }

    /** {@code 2024-03-08T20:30:00Z}: the time in UTC to the second, as ISO 8601 writes an instant. */
    static String instant(long millis) {
        long seconds = Math.floorDiv(millis, 1000L);
        int second = (int) Math.floorMod(seconds, 86_400L);
        StringBuilder text = day(millis, new StringBuilder(20)).append('T');
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            return Instant.ofEpochSecond(seconds).toString();
        }
        two(text, second / 3600).append(':');
        two(text, second / 60 % 60).append(':');
        return two(text, second % 60).append('Z').toString();
    }

    /** {@code 2024-03-08}: the UTC date of the time ({@code +12345-…} beyond year 9999, as ISO 8601 writes it). */
    static StringBuilder day(long millis, StringBuilder text) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(millis, 86_400_000L));
        if (date.getYear() < 0 || date.getYear() > 9999) {
            return text.append(date);
        }
        int year = date.getYear();
        text.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10));
        two(text, year % 100).append('-');
        two(text, date.getMonthValue()).append('-');
        return two(text, date.getDayOfMonth());
    }

    private static StringBuilder two(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** The folder of the file, as the user named it. */
    private static String folder(String file) {
        int slash = file.lastIndexOf(File.separatorChar);
        return slash < 0 ? "." : slash == 0 ? file.substring(0, 1) : file.substring(0, slash);
    }
}
