/**
 * Searching a library: queries of words and quoted phrases ({@link dev.lede.search.SearchQuery}), a full-text index
 * per library in the cache folder that follows the library's files ({@link dev.lede.search.SearchIndex}, Lucene),
 * ranked hits ({@link dev.lede.search.Search}), and the places a query matches inside a story's text, for
 * highlighting and for jumping from match to match ({@link dev.lede.search.StoryMatches}).
 */
package dev.lede.search;
