package dev.lede.cli;

import dev.lede.feeds.FeedsException;
import dev.lede.feeds.OpmlSubscriptions;
import dev.lede.feeds.Subscription;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code lede feeds export}: the feeds as OPML 2.0 on stdout, each tag a folder. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Print the feeds as OPML 2.0, for another reader; a feed's tags are its folders, outermost "
                + "first."})
final class FeedsExportCommand implements Callable<Integer> {

    private final CommandContext context;

    FeedsExportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Subscription> feeds;
        try {
            feeds = context.subscriptions().load();
        } catch (FeedsException e) {
            throw FeedsCommand.failure(e);
        }
        context.out().print(OpmlSubscriptions.write(feeds));
        return ExitCode.OK;
    }
}
