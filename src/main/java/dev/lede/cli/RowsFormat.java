package dev.lede.cli;

import picocli.CommandLine.Option;

/** {@code --format} of the commands that print one row per story ({@code list}, {@code search}). */
final class RowsFormat {

    enum Kind { table, tsv, json, jsonl }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, tsv, json or jsonl (JSON Lines) (default: ${DEFAULT-VALUE}).")
    Kind kind = Kind.table;

    boolean isJson() {
        return kind == Kind.json || kind == Kind.jsonl;
    }
}
