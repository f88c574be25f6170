/**
 * Reading one story file into a {@link dev.lede.story.Story}: decoding (UTF-8 with a Windows-1252 fallback), cleaning
 * terminal escapes and control characters, front matter, and the paragraph, lede, section and quote rules. Problems
 * come back as a list of {@link dev.lede.storyfile.Problem}s with line numbers; nothing here throws on bad input.
 */
package dev.lede.storyfile;
