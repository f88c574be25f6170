package dev.lede.cli;

import dev.lede.feeds.FeedReport;
import dev.lede.feeds.FeedSource;
import dev.lede.feeds.FeedSync;
import dev.lede.feeds.FeedsException;
import dev.lede.feeds.Subscription;
import dev.lede.feeds.SubscriptionStore;
import dev.lede.text.TextCleaner;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lede fetch [NAME…]}: fetches the feeds and writes their new and changed items as stories. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch every feed (or the ones named) and write new and changed items as stories in its "
                + "folder. Prints a line for each feed that brought stories, moved or failed, then a total."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every feed was fetched, or had not changed", "2:an unknown feed name",
                "4:feeds.yml (or the preferences file) cannot be used",
                "5:some feeds failed (each says why; the others, and what did arrive, are written)"})
final class FetchCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Feeds to fetch (default: all).")
    List<String> names = new ArrayList<>();

    FetchCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SubscriptionStore subscriptions = context.subscriptions();
        List<Subscription> feeds = chosen(subscriptions);
        PrintWriter out = context.out();
        if (feeds.isEmpty()) {
            context.err().println("lede: no feeds yet; 'lede feeds add URL' subscribes to one");
            return ExitCode.OK;
        }
        ProgressLine progress = context.setup().stderrIsTerminal() ? new ProgressLine(context.err(), "fetching")
                : null;
        List<FeedReport> reports;
        try (FeedSource source = context.feedSource()) {
            FeedSync sync = new FeedSync(subscriptions, context.states(), context.feedsDir(), source,
                    Clock.systemUTC());
            reports = sync.fetch(feeds, progress == null ? FeedSync.Progress.NONE : shownOn(progress));
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
        int stories = 0;
        int failed = 0;
        int deferred = 0;
        for (FeedReport report : reports) {
            stories += report.newStories();
            failed += report.outcome() == FeedReport.Outcome.FAILED ? 1 : 0;
            deferred += report.outcome() == FeedReport.Outcome.DEFERRED ? 1 : 0;
            if (report.worthALine()) {
                out.println(line(report, subscriptions));
            }
        }
        int fetched = reports.size() - failed - deferred;
        out.println(count(stories, "new story", "new stories") + " from " + count(fetched, "feed", "feeds")
                + (failed > 0 ? ", " + count(failed, "feed", "feeds") + " failed" : "")
                + (deferred > 0 ? ", " + count(deferred, "feed", "feeds") + " deferred" : ""));
        return failed > 0 ? ExitCode.FEEDS_FAILED : ExitCode.OK;
    }

    /** The progress of a fetch on its line: {@code lede: 37/100 feeds answered, 1234 stories written}. */
    static FeedSync.Progress shownOn(ProgressLine line) {
        return new FeedSync.Progress() {
            @Override
            public void update(int done, int total) {
                update(done, total, 0);
            }

            @Override
            public void update(int done, int total, int stories) {
                line.show(done + "/" + total + " feeds answered, " + count(stories, "story", "stories") + " written",
                        false);
            }
        };
    }

    /** Every feed, or the ones named, in the file's order. */
    private List<Subscription> chosen(SubscriptionStore subscriptions) {
        List<Subscription> all;
        try {
            all = subscriptions.load();
        } catch (FeedsException e) {
            throw FeedsCommand.failure(e);
        }
        if (names.isEmpty()) {
            return all;
        }
        for (String name : names) {
            if (all.stream().noneMatch(s -> s.name().equals(name))) {
                throw new LedeException(ExitCode.USAGE, SubscriptionStore.unknown(name, all));
            }
        }
        return all.stream().filter(s -> names.contains(s.name())).toList();
    }

    /** {@code ars: 12 new, 3 changed}, {@code ars: failed: HTTP 404}, with a move said after. */
    static String line(FeedReport report, SubscriptionStore subscriptions) {
        List<String> parts = new ArrayList<>();
        if (report.newStories() > 0) {
            parts.add(report.newStories() + " new");
        }
        if (report.changedStories() > 0) {
            parts.add(report.changedStories() + " changed");
        }
        if (report.outcome() == FeedReport.Outcome.FAILED) {
            parts.add("failed: " + TextCleaner.escaped(report.error()));
        } else if (report.outcome() == FeedReport.Outcome.DEFERRED) {
            parts.add(TextCleaner.escaped(report.error()));
        }
        if (report.movedTo() != null) {
            parts.add("moved permanently to " + TextCleaner.escaped(report.movedTo().toString()) + " ("
                    + TextCleaner.escaped(subscriptions.file().getFileName().toString()) + " updated)");
        }
        return report.name() + ": " + String.join(", ", parts);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
