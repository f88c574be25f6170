package dev.lede.story;

/** A paragraph or an attributed quote inside a section. */
public sealed interface Block permits Paragraph, Quote {

    /** The text shown for the block: the paragraph, or the words quoted. */
    String text();
}
