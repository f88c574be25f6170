package dev.lede.tui;

import dev.lede.library.StoryRef;
import dev.lede.prefs.ListColumnChoice;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The list's columns right of the titles for the rows on screen, each meaning one thing: the id, the source (the
 * story's feed, else its folder), its own date, its count of sections; each as wide as its widest on screen. A column
 * the preferences leave out, or with nothing to say on screen (no date; one source for the whole library), is not
 * shown; when the title would keep less than half the row, the id goes first, then the sections, the source, the
 * date.
 *
 * @param columns left to right
 */
record ListColumns(List<Column> columns) {

    /** What a column shows. */
    enum Kind { ID, SOURCE, DATE, SECTIONS }

    record Column(Kind kind, int width) {
    }

    private static final int MIN_TITLE = 12;
    /** The widest a source gets, cut with … beyond. */
    static final int SOURCE_WIDTH = 16;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final List<Kind> DROPPED_FIRST = List.of(Kind.ID, Kind.SECTIONS, Kind.SOURCE, Kind.DATE);

    /** The cells the columns take, with the two between them. */
    int width() {
        int width = 0;
        for (Column column : columns) {
            width += (width == 0 ? 0 : 2) + column.width();
        }
        return width;
    }

    /**
     * @param room        the cells of a row, without its margins
     * @param manySources whether the library's stories come from more than one feed or folder
     */
    static ListColumns fit(List<StoryRef> shown, int room, boolean showIds, ListColumnChoice choice,
                           boolean manySources) {
        List<Column> columns = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            boolean chosen = switch (kind) {
                case ID -> showIds;
                case SOURCE -> choice.source() && manySources;
                case DATE -> choice.date();
                case SECTIONS -> choice.sections();
            };
            int width = 0;
            for (StoryRef story : chosen ? shown : List.<StoryRef>of()) {
                width = Math.max(width, Glyphs.width(text(kind, story)));
            }
            if (width > 0) {
                columns.add(new Column(kind, width));
            }
        }
        int wanted = Math.max(MIN_TITLE, room / 2);
        ListColumns fitted = new ListColumns(columns);
        for (Kind dropped : DROPPED_FIRST) {
            if (room - fitted.width() - 2 >= wanted || fitted.columns.isEmpty()) {
                break;
            }
            fitted = new ListColumns(fitted.columns.stream().filter(c -> c.kind() != dropped).toList());
        }
        return room - fitted.width() - 2 >= wanted ? fitted : new ListColumns(List.of());
    }

    /** What a column shows for a story, ready for the terminal; empty when it has nothing. */
    static String text(Kind kind, StoryRef story) {
        return switch (kind) {
            case ID -> Glyphs.forTerminal(story.id());
            case SOURCE -> Glyphs.fit(Glyphs.forTerminal(source(story)), SOURCE_WIDTH);
            case DATE -> date(story);
            case SECTIONS -> story.sections() + (story.sections() == 1 ? " section" : " sections");
        };
    }

    /** The story's feed, else the name of its folder. */
    static String source(StoryRef story) {
        if (story.feed() != null && !story.feed().isBlank()) {
            return story.feed();
        }
        Path folder = story.path().toAbsolutePath().getParent();
        return folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
    }

    /** The story's own date (of its front matter) as its UTC day, or as written when it does not read; else empty. */
    static String date(StoryRef story) {
        if (story.date() == null) {
            return "";
        }
        return story.time() != 0 ? DAY.format(Instant.ofEpochMilli(story.time()))
                : Glyphs.fit(Glyphs.forTerminal(story.date()), 10);
    }
}
