/**
 * Feed documents as values, without I/O: RSS, Atom and JSON Feed bytes into {@link dev.lede.feedfile.ParsedFeed}s
 * ({@link dev.lede.feedfile.FeedParser}), OPML subscription lists read and written ({@link dev.lede.feedfile.Opml}),
 * and each entry written as a story file in lede's format ({@link dev.lede.feedfile.BriefWriter}), so that lede's own
 * parser reads back exactly the title, lede, sections and quotes the entry meant.
 */
package dev.lede.feedfile;
