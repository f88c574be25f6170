package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.LibraryLoader;
import dev.lede.prefs.ConfigLocation;
import dev.lede.prefs.Preferences;
import dev.lede.prefs.PreferencesException;
import dev.lede.prefs.PreferencesStore;
import dev.lede.storyfile.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        description = "A terminal news reader. With no command, opens the reader on the default library.",
        subcommands = {ReadCommand.class, ListCommand.class, ShowCommand.class, ExportCommand.class,
                ConfigCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (warnings allowed)", "1:internal error or failed write",
                "2:usage error, or the reader started without an interactive terminal",
                "3:library error (folder missing or unreadable, no stories, unknown id, --strict warnings)",
                "4:the preferences file cannot be used (see 'lede config check')",
                "141:stdout closed by its reader, as in 'lede export | head -1' (nothing printed)"})
public final class LedeCommand implements Callable<Integer> {

    private final Path home;
    private final Map<String, String> env;
    private final Path userHome;
    private PreferencesStore store;

    @Spec
    CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean stacktrace;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The preferences file (default: $LEDE_CONFIG, else the XDG config folder; "
                    + "'lede config path' shows which).")
    Path configFile;

    /**
     * @param home     the folder lede is installed in; its {@code seeds/} is the default library
     * @param env      the environment, for {@code LEDE_CONFIG} and {@code XDG_CONFIG_HOME}
     * @param userHome the user's home folder, for {@code ~/.config} and {@code ~} in library folders
     */
    public LedeCommand(Path home, Map<String, String> env, Path userHome) {
        this.home = home;
        this.env = Map.copyOf(env);
        this.userHome = userHome;
    }

    /** A command line ready to execute, with lede's error handling. */
    public static CommandLine commandLine(Path home, Map<String, String> env, Path userHome, PrintWriter out,
            PrintWriter err) {
        ErrorHandler handler = new ErrorHandler();
        CommandLine cmd = new CommandLine(new LedeCommand(home, env, userHome));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(handler);
        cmd.setParameterExceptionHandler(handler);
        cmd.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return cmd;
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
        Library library = LibraryLoader.load(dirsOrDefault(dirs));
        PrintWriter err = spec.commandLine().getErr();
        for (Problem problem : warn ? library.problems() : List.<Problem>of()) {
            err.println("lede: warning: " + problem);
        }
        err.flush();
        if (strict && library.skipped() > 0) {
            throw new LedeException(ExitCode.LIBRARY, library.skipped() + " file(s) skipped (--strict)");
        }
        if (library.stories().isEmpty()) {
            throw new LedeException(ExitCode.LIBRARY, "no stories in " + describe(library.dirs()));
        }
        return library;
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
