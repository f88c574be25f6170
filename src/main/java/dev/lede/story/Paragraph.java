package dev.lede.story;

/** A plain paragraph; it may hold quoted spans (see {@link QuotedSpans}). */
public record Paragraph(String text) implements Block {
}
