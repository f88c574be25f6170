package dev.lede.prefs;

import java.util.Locale;

/** The export formats, by the names {@code export.format} takes; the exporters go by the same names. */
public enum ExportFormat {
    JSON, JSONL, MARKDOWN, HTML, TEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
