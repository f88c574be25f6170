package dev.lede.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The library a command reads: the folders of {@code DIR…} (none: the default library) and {@code --strict}. picocli
 * numbers a mixin's positional parameters from 0 and gives an unnumbered list all of them, so {@link Folders} serves
 * the commands whose only positional parameters are {@code DIR…}; one with another before them ({@code show ID},
 * {@code search QUERY}), or with other words for them, declares {@code DIR…} itself and hands it to {@link #dirs(List)}.
 */
class LibraryArgs {

    @Option(names = "--strict", description = "Fail with exit code 3 when any story file was skipped.")
    boolean strict;

    private List<Path> dirs = List.of();

    /** The folders given; empty when none were. */
    List<Path> dirs() {
        return dirs;
    }

    void dirs(List<Path> given) {
        dirs = given == null ? List.of() : given;
    }

    /** What {@code DIR…} means, for every command that takes it. */
    static final String DIRS_HELP = "Library folders (default: the library of the preferences, else seeds/;"
            + " then every feed's folder).";

    /** {@code DIR…} as the only positional parameters. */
    static final class Folders extends LibraryArgs {

        @Parameters(paramLabel = "DIR", arity = "0..*",
                description = DIRS_HELP)
        void folders(List<Path> given) {
            dirs(given);
        }
    }
}
