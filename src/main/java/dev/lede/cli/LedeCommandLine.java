package dev.lede.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** lede's command line: every command by name, lede's error handling, and the arguments a folder stands in. */
public final class LedeCommandLine {

    /** The subcommands, by name, in the order help lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("read", ReadCommand.class);
        commands.put("list", ListCommand.class);
        commands.put("show", ShowCommand.class);
        commands.put("search", SearchCommand.class);
        commands.put("export", ExportCommand.class);
        commands.put("mark", MarkCommand.class);
        commands.put("fetch", FetchCommand.class);
        commands.put("feeds", FeedsCommand.class);
        commands.put("config", ConfigCommand.class);
        commands.put("generate-completion", CompletionCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return commands;
    }

    private LedeCommandLine() {
    }

    /**
     * A command line ready to execute {@code args}, its commands built on {@code context}. Building a picocli command
     * reflects over all its annotations, which was most of a short run's time, so when {@code args} name a
     * subcommand (after any global options) only that one is built; otherwise (no subcommand, help, a typo to
     * suggest a fix for) all are.
     */
    public static CommandLine of(CommandContext context, String... args) {
        CommandFactory factory = new CommandFactory(context);
        ErrorHandler handler = new ErrorHandler();
        CommandLine cmd = new CommandLine(LedeCommand.class, factory);
        String named = subcommandIn(args);
        SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cmd.addSubcommand(name, command);
            }
        });
        cmd.registerConverter(Path.class, new PathConverter());
        cmd.setExpandAtFiles(false); // "@x" is an id or a folder, never a file of arguments to open (a FIFO would hang)
        cmd.setOut(context.out());
        cmd.setErr(context.err());
        cmd.setExecutionStrategy(handler);
        cmd.setExecutionExceptionHandler(handler);
        cmd.setParameterExceptionHandler(handler);
        return cmd;
    }

    /**
     * The arguments with {@code read} put in, when they mean the reader: when the first one that is not an option
     * names an existing folder and not a command, or looks like a path ({@code /nonexistent}, {@code ./news},
     * {@code ~/news}: the reader then says the folder is missing), {@code lede ~/news} opens the reader on
     * {@code ~/news}, as {@code less FILE} opens a file, and after {@code --} a folder named like a command
     * ({@code lede -- list}). {@code read} goes before the first option that is not one of lede's own, so
     * {@code lede --strict ~/news} is {@code lede read --strict ~/news}; options alone that are not lede's own
     * ({@code lede --strict}) open the reader too. Anything else is left as it is, so a mistyped command still gets
     * its suggestion.
     *
     * @param cwd the folder relative names are resolved against
     */
    public static String[] readingFolders(String[] args, Path cwd) {
        int readerOption = -1;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--config")) {
                i++;
            } else if (arg.equals("--")) { // what follows is no option and no command: lede -- list opens ./list
                return i + 1 < args.length && isFolderOrUnwritable(cwd, args[i + 1])
                        ? withRead(args, readerOption < 0 ? i : readerOption) : args;
            } else if (!arg.startsWith("-")) {
                if (SUBCOMMANDS.containsKey(arg) || !isFolderOrUnwritable(cwd, arg) && !looksLikeAPath(arg)) {
                    return args;
                }
                return withRead(args, readerOption < 0 ? i : readerOption);
            } else if (readerOption < 0 && isReaderOption(arg)) {
                readerOption = i;
            }
        }
        return readerOption < 0 ? args : withRead(args, readerOption);
    }

    /** The options of {@code read} that lede itself does not take, by name (a value after {@code =} aside). */
    private static boolean isReaderOption(String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return name.equals("--strict");
    }

    /** A word that can only be a folder's name: it holds a slash, or is {@code .}, {@code ..} or starts with {@code ~}. */
    private static boolean looksLikeAPath(String arg) {
        return arg.indexOf('/') >= 0 || arg.equals(".") || arg.equals("..") || arg.startsWith("~");
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
     * {@code help} or {@code generate-completion}, which need the others to describe them.
     */
    private static String subcommandIn(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return SUBCOMMANDS.containsKey(arg) && !arg.equals("help") && !arg.equals("generate-completion")
                        ? arg : null;
            }
            if (arg.equals("--") || arg.startsWith("-h") || arg.startsWith("--help") || arg.startsWith("-V")
                    || arg.startsWith("--version")) {
                return null;
            }
        }
        return null;
    }
}
