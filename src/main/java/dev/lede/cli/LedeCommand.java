package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.LibraryLoader;
import dev.lede.storyfile.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        description = "A terminal news reader. With no command, lists the default library.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (warnings allowed)", "1:internal error or failed write", "2:usage error",
                "3:library error (folder missing or unreadable, no stories, unknown id, --strict warnings)"})
public final class LedeCommand implements Callable<Integer> {

    /** The subcommands, by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("list", ListCommand::new);
        commands.put("show", ShowCommand::new);
        commands.put("search", SearchCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("generate-completion", AutoComplete.GenerateCompletion::new);
        return commands;
    }

    private final Path home;
    private final Setup setup;

    @Spec
    CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean stacktrace;

    @Option(names = "--no-cache", scope = ScopeType.INHERIT,
            description = "Neither read nor write the list cache and search index (read every file).")
    boolean noCache;

    /** @param home the folder lede is installed in; its {@code seeds/} is the default library */
    public LedeCommand(Path home) {
        this(home, Setup.NONE);
    }

    /**
     * @param home  the folder lede is installed in; its {@code seeds/} is the default library
     * @param setup the cache folder and what the streams are connected to
     */
    public LedeCommand(Path home, Setup setup) {
        this.home = home;
        this.setup = setup;
    }

    /** A command line ready to execute, with lede's error handling, no cache and no terminal. */
    public static CommandLine commandLine(Path home, PrintWriter out, PrintWriter err) {
        return commandLine(home, Setup.NONE, out, err);
    }

    /** A command line ready to execute, with lede's error handling and every subcommand. */
    public static CommandLine commandLine(Path home, Setup setup, PrintWriter out, PrintWriter err) {
        return commandLine(home, setup, out, err, new String[0]);
    }

    /**
     * A command line ready to execute {@code args}. Building a picocli command reflects over all its annotations,
     * which was most of a short run's time, so when {@code args} name a subcommand (after any global options) only
     * that one is built; otherwise (no subcommand, help, a typo to suggest a fix for) all are.
     */
    public static CommandLine commandLine(Path home, Setup setup, PrintWriter out, PrintWriter err, String[] args) {
        ErrorHandler handler = new ErrorHandler();
        CommandLine cmd = new CommandLine(new LedeCommand(home, setup));
        String named = subcommandIn(args);
        SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cmd.addSubcommand(name, command.get());
            }
        });
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(handler);
        cmd.setParameterExceptionHandler(handler);
        CommandLine completion = cmd.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false);
        }
        return cmd;
    }

    /** The subcommand the arguments name, or null when the first argument that is not an option names none. */
    private static String subcommandIn(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return SUBCOMMANDS.containsKey(arg) ? arg : null;
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
        ListCommand list = new ListCommand();
        list.lede = this;
        return list.call();
    }

    List<Path> dirsOrDefault(List<Path> dirs) {
        return dirs == null || dirs.isEmpty() ? List.of(shortest(home.resolve("seeds"))) : dirs;
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
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = setup.stderrIsTerminal() ? new ProgressLine(err, "reading") : null;
        Library library;
        try {
            library = new LibraryLoader(cacheDir(), setup.build(),
                    progress == null ? LibraryLoader.Progress.NONE : progress).read(dirsOrDefault(dirs));
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
        for (Problem problem : library.problems()) {
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

    /** The cache folder, or null when there is none or {@code --no-cache} was given. */
    Path cacheDir() {
        return noCache ? null : setup.cacheDir();
    }

    Setup setup() {
        return setup;
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
