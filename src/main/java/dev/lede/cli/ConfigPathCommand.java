package dev.lede.cli;

import dev.lede.prefs.ConfigLocation;
import dev.lede.text.TextCleaner;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code lede config path}: the preferences file in use, or where a save would create one. */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"Print the preferences file in use; with none, say so on stderr and print where "
                + "'lede config set' would create it.", "Exits with 4 when the file cannot be used."})
final class ConfigPathCommand implements Callable<Integer> {

    @ParentCommand
    ConfigCommand config;

    @Override
    public Integer call() {
        LedeCommand lede = config.lede;
        ConfigLocation location = lede.location();
        PrintWriter out = lede.spec.commandLine().getOut();
        out.println(TextCleaner.escaped(location.path().toString()));
        out.flush();
        if (!location.inUse()) {
            PrintWriter err = lede.spec.commandLine().getErr();
            err.println("lede: no preferences file: the built-in defaults are in use; 'lede config set' creates "
                    + "the file above");
            err.flush();
        }
        lede.store(); // a file that cannot be used makes this command fail too, with the reason
        return ExitCode.OK;
    }
}
