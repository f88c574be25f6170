package dev.lede.feedfile;

/** What a piece of an entry's body means, before it is written in the story format: each text is one clean line. */
sealed interface BriefBlock {

    /** The text a reader sees of this block, for comparing it with the summary. */
    String text();

    /** A paragraph. */
    record Para(String text) implements BriefBlock {
    }

    /** A paragraph or figure that holds only pictures: their alt text. Never the lede. */
    record Picture(String text) implements BriefBlock {
    }

    /** A heading ({@code <h2>}–{@code <h4>}) that opens a section. */
    record Heading(String text) implements BriefBlock {
    }

    /**
     * A paragraph opening with a bold {@code Label:}; {@code text} is the whole paragraph as written.
     *
     * @param rest what follows the label, possibly empty
     */
    record Labelled(String label, String rest, String text) implements BriefBlock {
    }

    /**
     * A block quote.
     *
     * @param attribution who said it ({@code Name, role}), empty when the feed does not say
     */
    record Quoted(String attribution, String text) implements BriefBlock {
        Quoted withAttribution(String who) {
            return new Quoted(who, text);
        }
    }
}
