/**
 * Reading one story file into a {@link dev.lede.story.Story}: the size limit per file, decoding (UTF-8 with a
 * Windows-1252 fallback), cleaning terminal escapes and control characters, front matter, and the paragraph, lede,
 * section and quote rules. Problems come back as a list of {@link dev.lede.storyfile.Problem}s with line numbers;
 * nothing here throws on bad input, and time and memory are linear in the size of the file.
 */
package dev.lede.storyfile;
