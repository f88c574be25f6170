package dev.lede.cli;

import dev.lede.feeds.FeedSource;
import dev.lede.feeds.RealFeedSource;
import dev.lede.feeds.StateStore;
import dev.lede.feeds.SubscriptionStore;
import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.LibraryLoader;
import dev.lede.prefs.ConfigLocation;
import dev.lede.prefs.Preferences;
import dev.lede.prefs.PreferencesException;
import dev.lede.prefs.PreferencesStore;
import dev.lede.search.Search;
import dev.lede.search.SearchQuery;
import dev.lede.state.ReadState;
import dev.lede.storyfile.Problem;
import dev.lede.storyfile.StoryLimits;
import dev.lede.text.TextCleaner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What every command runs with, built once by {@code Main} (tests build their own, on temporary folders) and handed
 * to each command through its constructor: the streams, the environment, the {@link Setup}, the options given to
 * every command, the preferences store and the library.
 */
public final class CommandContext {

    private final Path home;
    private final Map<String, String> env;
    private final Path userHome;
    private final Setup setup;
    private final PrintWriter out;
    private final PrintWriter err;
    private final GlobalOptions options = new GlobalOptions();
    private PreferencesStore store;
    private Supplier<FeedSource> feedSource = () -> new RealFeedSource(LedeCommand.Version.number());
    /** Set by tests; null: the system's, or $LEDE_NOW. */
    private Clock clock;

    /**
     * @param home     the folder lede is installed in; its {@code seeds/} is the default library
     * @param env      the environment, for {@code LEDE_CONFIG}, {@code XDG_CONFIG_HOME} and {@code NO_COLOR}
     * @param userHome the user's home folder, for {@code ~/.config} and {@code ~} in library folders
     * @param setup    the cache folder and what the streams are connected to
     * @param out      stdout
     * @param err      stderr; every line printed on it is made one line of plain text ({@link MessageWriter})
     */
    public CommandContext(Path home, Map<String, String> env, Path userHome, Setup setup, PrintWriter out,
            PrintWriter err) {
        this.home = home;
        this.env = Map.copyOf(env);
        this.userHome = userHome;
        this.setup = setup;
        this.out = out;
        this.err = new MessageWriter(err);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** The environment lede was started with. */
    Map<String, String> env() {
        return env;
    }

    /** The user's home folder, where {@code ~} in library folders starts. */
    Path userHome() {
        return userHome;
    }

    Setup setup() {
        return setup;
    }

    /**
     * The clock {@code --since}, {@code --until} and checkpoints read: the system's, or the instant of
     * {@code $LEDE_NOW} ({@code 2026-12-01T12:00:00Z}), so that a script or a test can run as of a given moment.
     *
     * @throws LedeException when {@code $LEDE_NOW} is set to something else
     */
    Clock clock() {
        if (clock != null) {
            return clock;
        }
        String now = env.get("LEDE_NOW");
        if (now == null || now.isEmpty()) {
            return Clock.systemDefaultZone();
        }
        try {
            return Clock.fixed(Instant.parse(now), ZoneId.systemDefault());
        } catch (DateTimeParseException e) {
            throw new LedeException(ExitCode.USAGE, "LEDE_NOW is not an instant such as 2026-12-01T12:00:00Z: "
                    + TextCleaner.clean(now));
        }
    }

    /** Filled in by the parser: the top command mixes this instance in. */
    GlobalOptions options() {
        return options;
    }

    /** Where the preferences come from: {@code --config}, the environment, or the default places. */
    ConfigLocation location() {
        return ConfigLocation.find(options.configFile, env, userHome);
    }

    /**
     * The preferences store, loaded on first use; its warnings (unknown keys …) go to stderr once.
     *
     * @throws LedeException with {@link ExitCode#CONFIG} when the preferences file cannot be used
     */
    PreferencesStore store() {
        if (store == null) {
            try {
                store = PreferencesStore.load(location());
            } catch (PreferencesException e) {
                throw new LedeException(ExitCode.CONFIG, e.getMessage());
            }
            store.warnings().forEach(warning -> err.println("lede: warning: " + warning));
            err.flush();
        }
        return store;
    }

    Preferences preferences() {
        return store().preferences();
    }

    /** The subscriptions file: {@code feeds.yml} beside the preferences file in use (or the one a save creates). */
    SubscriptionStore subscriptions() {
        return new SubscriptionStore(location().path().toAbsolutePath().resolveSibling("feeds.yml"));
    }

    /**
     * The folder of the feeds' folders of stories, {@code <data>/feeds}.
     *
     * @throws LedeException when lede was given no data folder
     */
    Path feedsDir() {
        if (setup.dataDir() == null || setup.stateDir() == null) {
            throw new LedeException(ExitCode.INTERNAL, "no data folder for feeds ($XDG_DATA_HOME)");
        }
        return setup.dataDir().resolve("feeds");
    }

    /** What each feed's last fetch said. */
    StateStore states() {
        feedsDir();
        return new StateStore(setup.stateDir());
    }

    /**
     * Which stories are read and starred, from {@code $XDG_STATE_HOME/lede}; in memory when lede was given no state
     * folder. What is wrong with the file is one warning on stderr.
     *
     * @throws LedeException when the state cannot be read
     */
    ReadState readState() {
        if (setup.stateDir() == null) {
            return ReadState.inMemory();
        }
        ReadState state;
        try {
            state = ReadState.open(setup.stateDir());
        } catch (IOException e) {
            throw new LedeException(ExitCode.INTERNAL, "cannot read the reading state: " + e.getMessage());
        }
        state.warnings().forEach(warning -> err.println("lede: warning: " + warning));
        err.flush();
        return state;
    }

    /** True when lede keeps a reading state (it was given a state folder): list and export then show it. */
    boolean keepsReadState() {
        return setup.stateDir() != null;
    }

    /**
     * The reading state, for a command on {@code library}. When that is the whole default library (no folder given,
     * no file skipped), the marks of stories it no longer has are dropped ({@link ReadState#dropMissing}); never
     * for the folders one command was given, which are not all the stories the state serves.
     */
    ReadState readState(Library library, LibraryArgs args) {
        ReadState state = readState();
        if (keepsReadState() && isWholeDefault(library, args)) {
            try {
                state.dropMissing(library.stories().stream().map(dev.lede.library.StoryRef::id).toList());
            } catch (IOException e) {
                err.println("lede: warning: cannot compact the reading state: " + e.getMessage());
                err.flush();
            }
        }
        return state;
    }

    /** Reads dates against this clock instead (tests fix it). */
    void clock(Clock fixed) {
        this.clock = fixed;
    }

    /**
     * True when {@code library}, read for {@code args}, is every story the reading state and the checkpoints serve:
     * no folder was given and no file skipped.
     */
    static boolean isWholeDefault(Library library, LibraryArgs args) {
        return args != null && args.dirs().isEmpty() && library.skipped() == 0 && !library.partial();
    }

    /** How {@code lede fetch} fetches, parses and writes; tests give a fake. */
    FeedSource feedSource() {
        return feedSource.get();
    }

    /** Fetches, parses and writes feeds with these steps instead of the network's (tests, the kill loop). */
    public void feedSource(Supplier<FeedSource> source) {
        this.feedSource = source;
    }

    /** The cache folder, or null when there is none or {@code --no-cache} was given. */
    Path cacheDir() {
        return options.noCache ? null : setup.cacheDir();
    }

    /**
     * Loads a library for a command that prints: a progress line on stderr while it takes long (when stderr is a
     * terminal), then each warning on stderr.
     *
     * @throws LedeException when the library holds no story, or with {@code --strict} when a file was skipped
     */
    Library openLibrary(LibraryArgs args) throws LibraryException {
        return openLibrary(args, false, Set.of());
    }

    /**
     * Loads a library as {@link #openLibrary(LibraryArgs)} does, but {@link LibraryLoader#readTrusting trusting the
     * list cache} where a folder's names are unchanged: for a command that checks the stories it prints
     * ({@link Library#changed}) rather than every file first.
     */
    Library openLibraryTrusting(LibraryArgs args) throws LibraryException {
        return openLibrary(args, true, Set.of());
    }

    /**
     * Loads the library again, every file checked, after a {@linkplain #openLibraryTrusting trusting} load of it
     * found a story changed; warns only of what {@code trusted} did not already warn of.
     */
    Library openLibraryAgain(LibraryArgs args, Library trusted) throws LibraryException {
        return openLibrary(args, false, Set.copyOf(trusted.problems()));
    }

    /**
     * The hits of a search from the index alone, when it proves itself current ({@link Search#fromIndex}), without
     * loading the library; null when it cannot, or with {@code --no-cache}.
     */
    Search.Answer searchFromIndex(LibraryArgs args, SearchQuery query) throws IOException {
        Path cacheDir = cacheDir();
        if (cacheDir == null) {
            return null;
        }
        LibraryLoader loader = new LibraryLoader(cacheDir, setup.build(), storyLimits(), LibraryLoader.Progress.NONE);
        return Search.fromIndex(loader, foldersOf(args), cacheDir, setup.build(), query);
    }

    private Library openLibrary(LibraryArgs args, boolean trust, Set<Problem> told) throws LibraryException {
        List<Path> folders = foldersOf(args);
        ProgressLine progress = setup.stderrIsTerminal() ? new ProgressLine(err, "reading") : null;
        Library library;
        try {
            library = read(args, folders, progress == null ? LibraryLoader.Progress.NONE : progress, trust);
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
        for (Problem problem : library.problems()) {
            if (!told.contains(problem)) {
                err.println("lede: warning: " + problem);
            }
        }
        err.flush();
        return checked(library, args);
    }

    /**
     * Loads a library for the full-screen reader: tells {@code progress} how far loading has come and prints
     * nothing, leaving the warnings to the screen.
     *
     * @throws LedeException as {@link #openLibrary(LibraryArgs)} does
     */
    Library openLibraryQuietly(LibraryArgs args, LibraryLoader.Progress progress) throws LibraryException {
        return checked(read(args, foldersOf(args), progress, false), args);
    }

    /**
     * Loads a library for the reader's first screen, {@link LibraryLoader#readTrusting trusting the list cache}
     * where it can; the reader then checks it in the background with {@link #openLibraryQuietly}.
     */
    Library openLibraryTrustingQuietly(LibraryArgs args, LibraryLoader.Progress progress) throws LibraryException {
        return checked(read(args, foldersOf(args), progress, true), args);
    }

    private Library read(LibraryArgs args, List<Path> folders, LibraryLoader.Progress progress, boolean trust)
            throws LibraryException {
        try {
            LibraryLoader loader = new LibraryLoader(cacheDir(), setup.build(), storyLimits(), progress);
            return trust ? loader.readTrusting(folders) : loader.read(folders);
        } catch (LibraryException e) {
            throw new LibraryException(e.getMessage() + setBy(args));
        }
    }

    private Library checked(Library library, LibraryArgs args) {
        if (args.strict && library.skipped() > 0) {
            throw new LedeException(ExitCode.LIBRARY, library.skipped() + " file(s) skipped (--strict)");
        }
        if (library.stories().isEmpty()) {
            throw new LedeException(ExitCode.LIBRARY, "no stories in " + describe(library.dirs()) + setBy(args));
        }
        return library;
    }

    /**
     * The folders given, else the library folders of the preferences (else the installation's {@code seeds/}) and
     * after them each feed's folder of stories. Loads the preferences either way, so a bad file stops every library
     * command alike.
     */
    private List<Path> foldersOf(LibraryArgs args) {
        PreferencesStore preferences = store();
        if (!args.dirs().isEmpty()) {
            return args.dirs();
        }
        Path base = preferences.location().path().toAbsolutePath().getParent();
        List<Path> configured = preferences.preferences().libraryFolders(base, userHome);
        List<Path> folders = new ArrayList<>(configured.isEmpty() ? List.of(shortest(home.resolve("seeds")))
                : configured);
        folders.addAll(feedFolders());
        return folders;
    }

    /** The folders under {@code <data>/feeds}, by name; none when there is no such folder. */
    private List<Path> feedFolders() {
        if (setup.dataDir() == null) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> feeds = Files.newDirectoryStream(setup.dataDir().resolve("feeds"),
                path -> Files.isDirectory(path) && !path.getFileName().toString().startsWith("."))) {
            feeds.forEach(found::add);
        } catch (IOException | RuntimeException e) {
            return List.of(); // no feed yet
        }
        found.sort(null);
        return found;
    }

    /** The default library as a path relative to the working folder when it lies inside it. */
    private static Path shortest(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }

    /**
     * When the library folders come from the preferences, which preference of which file named them, for a message:
     * {@code " (set by library in /home/me/.config/lede/config.yml)"}; else nothing.
     */
    private String setBy(LibraryArgs args) {
        if (!args.dirs().isEmpty() || preferences().library().isEmpty()) {
            return "";
        }
        return " (set by library in " + TextCleaner.clean(store().location().path().toString()) + ")";
    }

    /** The size limit per story file that the preferences set ({@code limits.story_mb}). */
    private StoryLimits storyLimits() {
        return StoryLimits.ofMegabytes(preferences().storyLimitMb());
    }

    static String describe(List<Path> dirs) {
        return String.join(", ", dirs.stream().map(Path::toString).toList());
    }
}
