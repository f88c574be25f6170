package dev.lede.cli;

import dev.lede.library.LibraryException;
import dev.lede.library.LibraryLoader;
import dev.lede.search.Search;
import dev.lede.tui.LibraryReload;
import dev.lede.tui.LoadingLibrary;
import dev.lede.tui.ReaderLauncher;
import dev.lede.tui.ReaderPreferences;
import dev.lede.tui.ReaderSession;
import dev.lede.tui.Refresh;
import dev.lede.text.TextCleaner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lede read}: the full-screen reader; also what {@code lede} alone runs. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Open the full-screen reader on a library (press ? in it for the keys).")
final class ReadCommand implements Callable<Integer> {

    private final CommandContext context;

    @Mixin
    final LibraryArgs libraryArgs = new LibraryArgs();

    @Parameters(paramLabel = "DIR", arity = "0..*", description = LibraryArgs.DIRS_HELP)
    void dirs(List<Path> dirs) {
        libraryArgs.dirs(dirs);
    }

    ReadCommand(CommandContext context) {
        this.context = context;
    }

    /**
     * Opens the terminal at once and loads the library on a background thread, the footer counting the files, so a
     * large library never keeps the first screen waiting; a loading failure is reported once the terminal is back.
     * Without folders given, {@code library} set on the preferences screen loads the new library. Without a terminal,
     * or on one that cannot move the cursor ({@code TERM=dumb}: Emacs' shell, some IDE consoles), it says so in one
     * line and returns 2.
     */
    @Override
    public Integer call() throws LibraryException, IOException {
        context.store(); // a preferences file that cannot be used stops the reader too (exit code 4)
        for (Path dir : libraryArgs.dirs()) { // a missing folder is said first, terminal or not
            if (!Files.exists(dir)) {
                throw new LedeException(ExitCode.LIBRARY, "library folder not found: " + TextCleaner.escaped(
                        dir.toString()));
            }
        }
        if (!context.setup().interactive()) {
            PrintWriter err = context.err();
            err.println("lede: error: the reader needs an interactive terminal (stdin and stdout must be a TTY);"
                    + " use 'lede list' or 'lede export' in scripts and pipes");
            err.flush();
            return ExitCode.USAGE;
        }
        if ("dumb".equals(context.env().get("TERM"))) {
            PrintWriter err = context.err();
            err.println("lede: error: the reader needs a terminal that can move the cursor, and TERM=dumb says this"
                    + " one cannot; use 'lede list' and 'lede show ID' here");
            err.flush();
            return ExitCode.USAGE;
        }
        ReaderPreferences prefs = new ReaderPreferences(context.store().refusingSharedKeys(), context.env());
        LoadingLibrary.Load load = progress -> context.openLibraryQuietly(libraryArgs, progress);
        // the list as the cache last saw it at once; the reader checks every file behind it (Refresh.rescan)
        LoadingLibrary loading = LoadingLibrary.start(progress -> context.openLibraryTrustingQuietly(libraryArgs,
                progress));
        LibraryReload reload = new LibraryReload(context.userHome(), libraryArgs.dirs().isEmpty() ? load : null);
        Path cacheDir = context.cacheDir();
        String build = context.setup().build();
        ReaderLauncher.run(new ReaderSession(loading,
                library -> new Search(library, cacheDir, build, LibraryLoader.Progress.NONE), prefs, reload,
                context.readState(), new Refresh(load, feeds())));
        Throwable failure = loading.failure();
        if (failure instanceof LibraryException library) {
            throw library;
        } else if (failure instanceof IOException io) {
            throw io;
        } else if (failure instanceof RuntimeException runtime) {
            throw runtime;
        } else if (failure instanceof Error error) {
            throw error;
        } else if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return ExitCode.OK;
    }

    /** What {@code R} fetches, as {@code lede fetch} would; null without a data folder. */
    private Refresh.Feeds feeds() {
        if (context.setup().dataDir() == null || context.setup().stateDir() == null) {
            return null;
        }
        return new Refresh.Feeds(context.subscriptions(), context.states(), context.feedsDir(),
                context::feedSource);
    }
}
