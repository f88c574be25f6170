package dev.lede.cli;

import dev.lede.feeds.FeedsException;
import dev.lede.feeds.OpmlSubscriptions;
import dev.lede.feeds.SubscriptionStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lede feeds import FILE.opml}: subscribes to every feed of an OPML file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Subscribe to every feed of an OPML file (another reader's export). A feed already "
                + "subscribed to (same URL) is left as it is; the folders a feed sits in become its tags; its "
                + "name is made from its title."})
final class FeedsImportCommand implements Callable<Integer> {

    /** The largest OPML file read. */
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "An OPML file.")
    Path file;

    FeedsImportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        byte[] opml = bytes();
        SubscriptionStore store = context.subscriptions();
        try {
            OpmlSubscriptions.Import found;
            try {
                found = OpmlSubscriptions.read(opml, store.load());
            } catch (FeedsException e) {
                if (e.kind() == FeedsException.Kind.ARGUMENT) {
                    throw new LedeException(ExitCode.USAGE, "cannot import " + file + ": " + e.getMessage());
                }
                throw e;
            }
            found.skipped().forEach(line -> context.err().println("lede: warning: " + line));
            if (!found.added().isEmpty()) {
                store.addAll(found.added());
            }
            int added = found.added().size();
            context.out().println("imported " + added + (added == 1 ? " feed" : " feeds")
                    + (found.already() > 0 ? " (" + found.already() + " already subscribed)" : ""));
            return ExitCode.OK;
        } catch (FeedsException e) {
            throw FeedsCommand.failure(e);
        }
    }

    private byte[] bytes() {
        try {
            if (!Files.isRegularFile(file)) {
                throw new LedeException(ExitCode.USAGE, "cannot import " + file + ": "
                        + (Files.exists(file) ? "not a regular file" : "no such file"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new LedeException(ExitCode.USAGE, "cannot import " + file + ": larger than "
                            + MAX_BYTES / (1024 * 1024) + " MB");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new LedeException(ExitCode.USAGE, "cannot import " + file + ": " + e.getMessage());
        }
    }
}
