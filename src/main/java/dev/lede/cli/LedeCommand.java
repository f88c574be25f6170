package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.LibraryLoader;
import dev.lede.prefs.ConfigLocation;
import dev.lede.prefs.Preferences;
import dev.lede.prefs.PreferencesException;
import dev.lede.prefs.PreferencesStore;
import dev.lede.storyfile.Problem;
import dev.lede.storyfile.StoryLimits;
import dev.lede.text.TextCleaner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: global options, the default library, and what the subcommands share. */
@Command(name = "lede", mixinStandardHelpOptions = true, versionProvider = LedeCommand.Version.class,
        description = "A terminal news reader. With no command, opens the reader on the default library; "
                + "'lede DIR...' opens it on those folders, as 'lede read DIR...' does.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (warnings allowed)", "1:internal error or failed write",
                "2:usage error, or the reader started without an interactive terminal",
                "3:library error (folder missing or unreadable, no stories, unknown id, --strict warnings)",
                "4:the preferences file cannot be used (see 'lede config check')",
                "141:stdout closed by its reader, as in 'lede export | head -1' (nothing printed)"})
public final class LedeCommand implements Callable<Integer> {

    /** The subcommands, by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("read", ReadCommand::new);
        commands.put("list", ListCommand::new);
        commands.put("show", ShowCommand::new);
        commands.put("search", SearchCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("config", ConfigCommand::new);
        commands.put("generate-completion", AutoComplete.GenerateCompletion::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    private final Path home;
    private final Map<String, String> env;
    private final Path userHome;
    private final Setup setup;
    private PreferencesStore store;

    @Spec
    CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean stacktrace;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The preferences file (default: $LEDE_CONFIG, else the XDG config folder; "
                    + "'lede config path' shows which).")
    Path configFile;

    @Option(names = "--no-cache", scope = ScopeType.INHERIT,
            description = "Neither read nor write the list cache and search index (read every file).")
    boolean noCache;

    /**
     * @param home     the folder lede is installed in; its {@code seeds/} is the default library
     * @param env      the environment, for {@code LEDE_CONFIG}, {@code XDG_CONFIG_HOME} and {@code NO_COLOR}
     * @param userHome the user's home folder, for {@code ~/.config} and {@code ~} in library folders
     * @param setup    the cache folder and what the streams are connected to
     */
    public LedeCommand(Path home, Map<String, String> env, Path userHome, Setup setup) {
        this.home = home;
        this.env = Map.copyOf(env);
        this.userHome = userHome;
        this.setup = setup;
    }

    /** A command line ready to execute, with lede's error handling, every subcommand, no cache and no terminal. */
    public static CommandLine commandLine(Path home, Map<String, String> env, Path userHome, PrintWriter out,
            PrintWriter err) {
        return commandLine(home, env, userHome, Setup.NONE, out, err, new String[0]);
    }

    /**
     * A command line ready to execute {@code args}. Building a picocli command reflects over all its annotations,
     * which was most of a short run's time, so when {@code args} name a subcommand (after any global options) only
     * that one is built; otherwise (no subcommand, help, a typo to suggest a fix for) all are.
     */
    public static CommandLine commandLine(Path home, Map<String, String> env, Path userHome, Setup setup,
            PrintWriter out, PrintWriter err, String[] args) {
        ErrorHandler handler = new ErrorHandler();
        CommandLine cmd = new CommandLine(new LedeCommand(home, env, userHome, setup));
        String named = subcommandIn(args);
        SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cmd.addSubcommand(name, command.get());
            }
        });
        cmd.registerConverter(Path.class, new PathConverter());
        cmd.setExpandAtFiles(false); // "@x" is an id or a folder, never a file of arguments to open (a FIFO would hang)
        cmd.setOut(out);
        cmd.setErr(new MessageWriter(err));
        cmd.setExecutionStrategy(handler);
        cmd.setExecutionExceptionHandler(handler);
        cmd.setParameterExceptionHandler(handler);
        CommandLine completion = cmd.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false);
        }
        return cmd;
    }

    /**
     * The arguments with {@code read} put before the first one that is not an option, when that one names an
     * existing folder and not a command: {@code lede ~/news} opens the reader on {@code ~/news}, as {@code less FILE}
     * opens a file, and after {@code --} a folder named like a command ({@code lede -- list}). Anything else is left
     * as it is, so a mistyped command still gets its suggestion.
     *
     * @param cwd the folder relative names are resolved against
     */
    public static String[] readingFolders(String[] args, Path cwd) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--config")) {
                i++;
            } else if (arg.equals("--")) { // what follows is no option and no command: lede -- list opens ./list
                return i + 1 < args.length && isFolderOrUnwritable(cwd, args[i + 1]) ? withRead(args, i) : args;
            } else if (!arg.startsWith("-")) {
                if (SUBCOMMANDS.containsKey(arg) || !isFolderOrUnwritable(cwd, arg)) {
                    return args;
                }
                return withRead(args, i);
            }
        }
        return args;
    }

    private static String[] withRead(String[] args, int at) {
        List<String> withRead = new ArrayList<>(List.of(args));
        withRead.add(at, "read");
        return withRead.toArray(String[]::new);
    }

    /**
     * True when {@code name} is a folder, or a name the locale's character set cannot write (then the reader's
     * {@link PathConverter} says why).
     */
    private static boolean isFolderOrUnwritable(Path cwd, String name) {
        try {
            return Files.isDirectory(cwd.resolve(name));
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /**
     * The subcommand the arguments name, or null when the first argument that is not an option names none, or names
     * {@code help}, which needs the others to describe them.
     */
    private static String subcommandIn(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return SUBCOMMANDS.containsKey(arg) && !arg.equals("help") ? arg : null;
            }
            if (arg.equals("--") || arg.startsWith("-h") || arg.startsWith("--help") || arg.startsWith("-V")
                    || arg.startsWith("--version")) {
                return null;
            }
        }
        return null;
    }

    @Override
    public Integer call() throws LibraryException, java.io.IOException {
        ReadCommand read = new ReadCommand();
        read.lede = this;
        return read.call();
    }

    /** Where the preferences come from: {@code --config}, the environment, or the default places. */
    ConfigLocation location() {
        return ConfigLocation.find(configFile, env, userHome);
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
            PrintWriter err = spec.commandLine().getErr();
            store.warnings().forEach(warning -> err.println("lede: warning: " + warning));
            err.flush();
        }
        return store;
    }

    Preferences preferences() {
        return store().preferences();
    }

    /**
     * The folders given, else the library folders of the preferences, else the installation's {@code seeds/}. Loads
     * the preferences either way, so a bad file stops every library command alike.
     */
    List<Path> dirsOrDefault(List<Path> dirs) {
        PreferencesStore preferences = store();
        if (dirs != null && !dirs.isEmpty()) {
            return dirs;
        }
        Path base = preferences.location().path().toAbsolutePath().getParent();
        List<Path> configured = preferences.preferences().libraryFolders(base, userHome);
        return configured.isEmpty() ? List.of(shortest(home.resolve("seeds"))) : configured;
    }

    /** The default library as a path relative to the working folder when it lies inside it. */
    private static Path shortest(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }

    /**
     * Loads a library, printing each warning on stderr.
     *
     * @throws LedeException when the library holds no story, or when {@code strict} and a file was skipped
     */
    Library openLibrary(List<Path> dirs, boolean strict) throws LibraryException {
        return openLibrary(dirs, strict, true);
    }

    /** Like {@link #openLibrary(List, boolean)}; without {@code warn} the warnings are left to the caller to show. */
    Library openLibrary(List<Path> dirs, boolean strict, boolean warn) throws LibraryException {
        return openLibrary(dirs, strict, warn, null);
    }

    /**
     * Like {@link #openLibrary(List, boolean, boolean)}, telling {@code told} how far loading has come instead of
     * drawing a progress line on stderr (the reader shows it in its footer); null for the progress line.
     */
    Library openLibrary(List<Path> dirs, boolean strict, boolean warn, LibraryLoader.Progress told)
            throws LibraryException {
        List<Path> folders = dirsOrDefault(dirs);
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = told == null && setup.stderrIsTerminal() && warn ? new ProgressLine(err, "reading")
                : null;
        Library library;
        try {
            library = new LibraryLoader(cacheDir(), setup.build(), storyLimits(),
                    told != null ? told : progress == null ? LibraryLoader.Progress.NONE : progress).read(folders);
        } catch (LibraryException e) {
            throw new LibraryException(e.getMessage() + setBy(dirs));
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
        for (Problem problem : warn ? library.problems() : List.<Problem>of()) {
            err.println("lede: warning: " + problem);
        }
        err.flush();
        if (strict && library.skipped() > 0) {
            throw new LedeException(ExitCode.LIBRARY, library.skipped() + " file(s) skipped (--strict)");
        }
        if (library.stories().isEmpty()) {
            throw new LedeException(ExitCode.LIBRARY, "no stories in " + describe(library.dirs()) + setBy(dirs));
        }
        return library;
    }

    /**
     * When the library folders come from the preferences, which preference of which file named them, for a message:
     * {@code " (set by library in /home/me/.config/lede/config.yml)"}; else nothing.
     */
    private String setBy(List<Path> dirs) {
        if ((dirs != null && !dirs.isEmpty()) || preferences().library().isEmpty()) {
            return "";
        }
        return " (set by library in " + TextCleaner.clean(store().location().path().toString()) + ")";
    }

    /** The size limit per story file that the preferences set ({@code limits.story_mb}). */
    StoryLimits storyLimits() {
        return StoryLimits.ofMegabytes(preferences().storyLimitMb());
    }

    /** The cache folder, or null when there is none or {@code --no-cache} was given. */
    Path cacheDir() {
        return noCache ? null : setup.cacheDir();
    }

    /** The environment lede was started with. */
    Map<String, String> env() {
        return env;
    }

    Setup setup() {
        return setup;
    }

    /** The user's home folder, where {@code ~} in library folders starts. */
    Path userHome() {
        return userHome;
    }

    static String describe(List<Path> dirs) {
        return String.join(", ", dirs.stream().map(Path::toString).toList());
    }

    /** The version written into the jar's manifest at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LedeCommand.class.getPackage().getImplementationVersion();
            return new String[] {"lede " + (version == null ? "(development build)" : version)};
        }
    }
}
