package dev.lede.cli;

import dev.lede.library.LibraryException;
import dev.lede.text.Nearest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit code; a stack trace only with {@code --stacktrace}. A
 * closed pipe is not a failure worth a line: it exits {@link ExitCode#CLOSED_PIPE} without a word. This also runs
 * the command, for two reasons: stdout is flushed and checked after every command, so that all report a failed write
 * alike; and an {@link Error} (out of memory, a stack overflow) is a failure like the others, but picocli lets errors
 * escape its handler, so this hands them back to itself.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler, IExecutionStrategy {

    @Override
    public int execute(ParseResult parsed) {
        int code;
        try {
            code = new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            List<CommandLine> commands = parsed.asCommandLineList();
            throw new ExecutionException(commands.get(commands.size() - 1), String.valueOf(e), e);
        }
        return finished(parsed, code);
    }

    /**
     * Flushes stdout after every command, picocli's help, version and completion script included, so that a write
     * that failed is reported alike for all: a closed pipe as {@link ExitCode#CLOSED_PIPE}, anything else in one line.
     */
    private int finished(ParseResult parsed, int code) {
        CommandLine cmd = parsed.commandSpec().commandLine();
        try {
            Stdout.finish(cmd.getOut());
            return code;
        } catch (IOException e) {
            return handleExecutionException(e, cmd, parsed);
        }
    }

    @Override
    public int handleExecutionException(Exception thrown, CommandLine cmd, ParseResult parsed) {
        Throwable e = thrown instanceof ExecutionException x && x.getCause() instanceof Error error ? error : thrown;
        if (Stdout.isClosedPipe(e) && !wantsStackTrace(parsed)) {
            return ExitCode.CLOSED_PIPE;
        }
        PrintWriter err = cmd.getErr();
        int code;
        String message;
        if (e instanceof LedeException lede) {
            code = lede.exitCode();
            message = lede.getMessage();
        } else if (e instanceof LibraryException) {
            code = ExitCode.LIBRARY;
            message = e.getMessage();
        } else if (outOfMemory(e) != null) {
            code = ExitCode.INTERNAL;
            String why = outOfMemory(e).getMessage();
            message = "out of memory" + (why == null ? "" : " (" + why + ")")
                    + "; give Java more with JAVA_OPTS=-Xmx1g, for example";
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            code = ExitCode.INTERNAL;
            message = "cannot write output: " + describe(e instanceof UncheckedIOException u ? u.getCause() : e);
        } else {
            code = ExitCode.INTERNAL;
            message = "internal error: " + e + " (run with --stacktrace for details)";
        }
        err.println("lede: error: " + message);
        if (wantsStackTrace(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * A usage error is one line, {@code lede: error: …}, naming the nearest command or option when the word looks
     * mistyped, and the help to read: {@code lede: error: unknown option '--fromat' (did you mean '--format'?); see
     * 'lede list --help'}.
     */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = PathConverter.unusable(e).orElseGet(() -> usage(e, cmd));
        err.println("lede: error: " + message + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCode.USAGE;
    }

    /** Longer words are no typo worth a suggestion (and a megabyte argument costs no edit-distance table). */
    private static final int MAX_SUGGESTED = 64;

    private static String usage(ParameterException e, CommandLine cmd) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (word.startsWith("-") && word.length() > 1) {
                String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                return "unknown option '" + name + "'" + suggestion(name, cmd.getCommandSpec().optionsMap().keySet()
                        .stream().filter(option -> option.startsWith("--")).toList());
            }
            if (cmd.getParent() == null && !cmd.getSubcommands().isEmpty()) {
                return "unknown command '" + word + "'" + suggestion(word, cmd.getSubcommands().keySet());
            }
            return "unexpected argument '" + word + "'";
        }
        String text = e.getMessage() == null ? "bad arguments" : e.getMessage();
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** " (did you mean 'list'?)", or nothing when no candidate is near. */
    private static String suggestion(String word, Collection<String> candidates) {
        String near = word.length() > MAX_SUGGESTED ? null : Nearest.of(word, candidates);
        return near == null ? "" : " (did you mean '" + near + "'?)";
    }

    /** The out-of-memory error behind a failure, however another thread or a future wrapped it; else null. */
    private static OutOfMemoryError outOfMemory(Throwable e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 100; depth++) {
            if (cause instanceof OutOfMemoryError oom) {
                return oom;
            }
            cause = cause.getCause();
        }
        return null;
    }

    /** An I/O failure in words: what went wrong and with which file. */
    static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean wantsStackTrace(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--stacktrace")) {
                return true;
            }
        }
        return false;
    }
}
