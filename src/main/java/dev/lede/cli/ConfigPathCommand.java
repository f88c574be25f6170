package dev.lede.cli;

import dev.lede.prefs.ConfigLocation;
import dev.lede.text.TextCleaner;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code lede config path}: the preferences file in use, or where a save would create one. */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"Print the preferences file in use; with none, say so on stderr and print where "
                + "'lede config set' would create it.", "Exits with 4 when the file cannot be used."})
final class ConfigPathCommand implements Callable<Integer> {

    private final CommandContext context;

    ConfigPathCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ConfigLocation location = context.location();
        PrintWriter out = context.out();
        out.println(TextCleaner.escaped(location.path().toString()));
        out.flush();
        if (!location.inUse()) {
            PrintWriter err = context.err();
            err.println("lede: no preferences file: the built-in defaults are in use; 'lede config set' creates "
                    + "the file above");
            err.flush();
        }
        context.store(); // a file that cannot be used makes this command fail too, with the reason
        return ExitCode.OK;
    }
}
