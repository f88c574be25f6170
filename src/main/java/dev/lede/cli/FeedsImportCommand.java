package dev.lede.cli;

import dev.lede.feedfile.FeedException;
import dev.lede.feedfile.Opml;
import dev.lede.feedfile.OpmlOutline;
import dev.lede.feeds.FeedsException;
import dev.lede.feeds.Subscription;
import dev.lede.feeds.SubscriptionStore;
import dev.lede.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<OpmlOutline> outlines;
        try {
            outlines = Opml.read(bytes());
        } catch (FeedException e) {
            throw new LedeException(ExitCode.USAGE, "cannot import " + file + ": " + e.getMessage());
        }
        SubscriptionStore store = context.subscriptions();
        try {
            List<Subscription> all = new ArrayList<>(store.load());
            List<Subscription> added = new ArrayList<>();
            int already = 0;
            for (OpmlOutline outline : outlines) {
                String shownUrl = TextCleaner.escaped(String.valueOf(outline.xmlUrl()));
                URI url;
                try {
                    url = SubscriptionStore.url(String.valueOf(outline.xmlUrl()));
                } catch (FeedsException e) {
                    context.err().println("lede: warning: skipped " + shownUrl + ": " + e.getMessage());
                    continue;
                }
                if (all.stream().anyMatch(s -> s.url().equals(url))) {
                    already++;
                    continue;
                }
                String title = outline.title() == null ? null : TextCleaner.clean(outline.title());
                Subscription feed = new Subscription(SubscriptionStore.newName(title, url, all), url,
                        FeedsAddCommand.tags(outline.folders()));
                all.add(feed);
                added.add(feed);
            }
            if (!added.isEmpty()) {
                store.addAll(added);
            }
            context.out().println("imported " + added.size() + (added.size() == 1 ? " feed" : " feeds")
                    + (already > 0 ? " (" + already + " already subscribed)" : ""));
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
