package dev.lede.cli;

import dev.lede.feeds.FeedsException;
import dev.lede.feeds.Subscription;
import dev.lede.feeds.SubscriptionStore;
import dev.lede.text.TextCleaner;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede feeds add URL}: subscribes to a feed. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Subscribe to a feed; 'lede fetch' then fetches it.",
                "Its name (the folder its stories go in) is made from the URL's host unless --name gives one."})
final class FeedsAddCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "URL", description = "The feed's http or https address.")
    String url;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Letters, digits, '.', '_' and '-', starting with a letter or digit; unique.")
    String name;

    @Option(names = "--tag", paramLabel = "TAG", split = ",",
            description = "A tag (OPML folder) for the feed; repeat it, or separate tags with commas.")
    List<String> tags = new ArrayList<>();

    FeedsAddCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SubscriptionStore store = context.subscriptions();
        try {
            URI address = SubscriptionStore.url(url);
            List<Subscription> existing = store.load();
            for (Subscription s : existing) {
                if (s.url().equals(address)) {
                    throw new LedeException(ExitCode.USAGE, "already subscribed to " + TextCleaner.escaped(url)
                            + " as " + s.name());
                }
            }
            String chosen = name != null ? name : SubscriptionStore.newName(null, address, existing);
            store.add(new Subscription(chosen, address, Subscription.tags(tags)));
            context.out().println("added " + chosen + " (" + TextCleaner.escaped(address.toString())
                    + "); 'lede fetch " + chosen + "' fetches it");
            return ExitCode.OK;
        } catch (FeedsException e) {
            throw FeedsCommand.failure(e);
        }
    }
}
