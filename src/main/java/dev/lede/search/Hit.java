package dev.lede.search;

import dev.lede.library.StoryRef;

/**
 * A story that matches a query.
 *
 * @param score how well it matches (BM25 over title and text, the title counting double); higher is better
 */
public record Hit(StoryRef ref, float score) {
}
