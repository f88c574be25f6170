package dev.lede.cli;

import dev.lede.feeds.FeedsException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lede feeds}: the feeds lede follows, kept in {@code feeds.yml} beside the preferences file. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = {"Subscribe to feeds (RSS, Atom, JSON Feed) and list, remove, import or export them.",
                "They are kept in feeds.yml beside the preferences file; 'lede fetch' fetches them."},
        subcommands = {FeedsAddCommand.class, FeedsListCommand.class, FeedsRemoveCommand.class,
                FeedsImportCommand.class, FeedsExportCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:a bad URL or name, an unknown or repeated feed, an unreadable OPML file",
                "4:feeds.yml (or the preferences file) cannot be used"})
final class FeedsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** A feeds failure as the one line and exit code the user sees. */
    static LedeException failure(FeedsException e) {
        return new LedeException(e.kind() == FeedsException.Kind.ARGUMENT ? ExitCode.USAGE : ExitCode.CONFIG,
                e.getMessage());
    }
}
