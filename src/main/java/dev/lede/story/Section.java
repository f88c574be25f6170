package dev.lede.story;

import java.util.List;

/**
 * A run of blocks under one heading; the heading is null for blocks that come before the first labelled line.
 */
public record Section(String heading, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }

    public int paragraphCount() {
        return (int) blocks.stream().filter(b -> b instanceof Paragraph).count();
    }

    public int quoteCount() {
        return (int) blocks.stream().filter(b -> b instanceof Quote).count();
    }
}
