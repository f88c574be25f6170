/**
 * Subscriptions and sync: the feeds a user follows, what the last fetch of each said (for conditional requests),
 * and fetching them ({@code fetch}) into entries ({@code feedfile}) written as story files into the data folder, one
 * subfolder per feed. Writes files and never imports {@code tui} or {@code cli}; the library reads those files like
 * any other.
 */
package dev.lede.feeds;
