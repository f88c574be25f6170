package dev.lede.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, before or after its name: the top command mixes in the {@link CommandContext}'s
 * own instance, so the context sees what was given wherever it was given.
 */
final class GlobalOptions {

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean stacktrace;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The preferences file (default: $LEDE_CONFIG, else the XDG config folder; "
                    + "'lede config path' shows which).")
    Path configFile;

    @Option(names = "--no-cache", scope = ScopeType.INHERIT,
            description = "Neither read nor write the list cache and search index (read every file).")
    boolean noCache;
}
