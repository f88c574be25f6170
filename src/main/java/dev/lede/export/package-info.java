/**
 * Writing stories out: one class per format (JSON, JSON Lines, Markdown, HTML, plain text) behind
 * {@link dev.lede.export.Exporter}. Exporters stream: they write each story as it comes. Also the output engine
 * scripts shape: the {@link dev.lede.export.Field}s a record has, the {@link dev.lede.export.FieldSet} a command
 * fills them from, which fields a command offers ({@link dev.lede.export.FieldScope}), records per quote or section
 * ({@link dev.lede.export.Each}) and the {@code {field}} {@link dev.lede.export.Template}; it knows nothing of the
 * library or the command line.
 */
package dev.lede.export;
