package dev.lede.cli;

import dev.lede.prefs.ConfigLocation;
import dev.lede.prefs.PreferencesException;
import dev.lede.prefs.PreferencesStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lede config check [FILE]}: exit 0 when a preferences file can be used, 4 with the reason when not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a preferences file (default: the one in use): exit 0 when it can be used "
                + "(unknown keys are warnings), 4 with the first problem when not.")
final class ConfigCheckCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The file to check.")
    Path file;

    ConfigCheckCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        Path target = file;
        if (target == null) {
            ConfigLocation location = context.location();
            if (!location.inUse()) {
                out.println("no preferences file: the built-in defaults are in use");
                out.flush();
                return ExitCode.OK;
            }
            target = location.path();
        }
        List<String> warnings;
        try {
            warnings = PreferencesStore.check(target);
        } catch (PreferencesException e) {
            throw new LedeException(ExitCode.CONFIG, e.getMessage());
        }
        PrintWriter err = context.err();
        warnings.forEach(warning -> err.println("lede: warning: " + warning));
        err.flush();
        out.println(target + ": ok");
        out.flush();
        return ExitCode.OK;
    }
}
