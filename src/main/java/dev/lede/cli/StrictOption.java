package dev.lede.cli;

import picocli.CommandLine.Option;

/** {@code --strict}, shared by the commands that load a library. */
final class StrictOption {

    @Option(names = "--strict", description = "Fail with exit code 3 when any story file was skipped.")
    boolean strict;
}
