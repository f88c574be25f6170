/**
 * Writing stories out: one class per format (JSON, JSON Lines, Markdown, HTML, plain text) behind
 * {@link dev.lede.export.Exporter}. Exporters stream: they write each story as it comes.
 */
package dev.lede.export;
