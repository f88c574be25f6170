package dev.lede.cli;

import dev.lede.feeds.FeedsException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lede feeds remove NAME}: unsubscribes; the stories stay. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Unsubscribe from a feed. Its stories stay in the library (delete its folder to drop them)."})
final class FeedsRemoveCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "NAME", description = "The feed's name, as 'lede feeds list' shows it.")
    String name;

    FeedsRemoveCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            context.subscriptions().remove(name);
        } catch (FeedsException e) {
            throw FeedsCommand.failure(e);
        }
        context.states().delete(name);
        context.out().println("removed " + name + "; its stories stay in "
                + dev.lede.text.TextCleaner.escaped(context.feedsDir().resolve(name).toString()));
        return ExitCode.OK;
    }
}
