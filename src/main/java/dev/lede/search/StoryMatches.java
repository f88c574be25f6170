package dev.lede.search;

import dev.lede.story.Block;
import dev.lede.story.Quote;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.util.ArrayList;
import java.util.List;

/**
 * Every match of a query in one story, in reading order: what the reader highlights and what {@code n}/{@code N}
 * step through, and where {@code lede search} takes its sentence from.
 */
public final class StoryMatches {

    /** Which piece of a story a match is in. */
    public enum Part { TITLE, LEDE, HEADING, BLOCK, ATTRIBUTION }

    /**
     * A piece of a story's text.
     *
     * @param section the section index for {@code HEADING}, {@code BLOCK} and {@code ATTRIBUTION}, else -1
     * @param block   the block index within the section for {@code BLOCK} and {@code ATTRIBUTION}, else -1
     * @param text    the text the offsets refer to (a quote's words for a quote block; its attribution for
     *                {@code ATTRIBUTION})
     */
    public record Place(Part part, int section, int block, String text) {
    }

    /** One match: {@code place.text().substring(start, end)}. */
    public record Match(Place place, int start, int end) {
    }

    private StoryMatches() {
    }

    /** The matches of the query in the story, in reading order. */
    public static List<Match> find(Story story, SearchQuery query) {
        List<Match> matches = new ArrayList<>();
        for (Place place : places(story)) {
            for (TextMatches.Range range : TextMatches.find(place.text(), query)) {
                matches.add(new Match(place, range.start(), range.end()));
            }
        }
        return matches;
    }

    /** The story's text in reading order, piece by piece. */
    static List<Place> places(Story story) {
        List<Place> places = new ArrayList<>();
        places.add(new Place(Part.TITLE, -1, -1, story.title()));
        if (!story.lede().isEmpty()) {
            places.add(new Place(Part.LEDE, -1, -1, story.lede()));
        }
        for (int s = 0; s < story.sections().size(); s++) {
            Section section = story.sections().get(s);
            if (section.heading() != null) {
                places.add(new Place(Part.HEADING, s, -1, section.heading()));
            }
            for (int b = 0; b < section.blocks().size(); b++) {
                Block block = section.blocks().get(b);
                places.add(new Place(Part.BLOCK, s, b, block.text()));
                if (block instanceof Quote quote) {
                    places.add(new Place(Part.ATTRIBUTION, s, b, quote.attribution()));
                }
            }
        }
        return places;
    }

    /** All the story's text but the title, as the index holds it. */
    static String body(Story story) {
        StringBuilder body = new StringBuilder();
        for (Place place : places(story)) {
            if (place.part() != Part.TITLE) {
                body.append(place.text()).append('\n');
            }
        }
        return body.toString();
    }
}
