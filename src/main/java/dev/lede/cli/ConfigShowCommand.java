package dev.lede.cli;

import dev.lede.prefs.Preferences;
import dev.lede.prefs.Setting;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code lede config show}: every preference in effect, one {@code key: value} line each. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print every preference in effect (the file over the built-in defaults) as 'key: value'.")
final class ConfigShowCommand implements Callable<Integer> {

    private final CommandContext context;

    ConfigShowCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Preferences preferences = context.preferences();
        PrintWriter out = context.out();
        for (Setting<?> setting : Setting.all()) {
            out.println(setting.key() + ": " + setting.yaml(preferences));
        }
        out.flush();
        return ExitCode.OK;
    }
}
