package dev.lede.cli;

import dev.lede.prefs.Setting;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lede config get KEY}: one preference's value, one word per line, as {@code set} takes it. */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Print one preference in effect; a list prints one item per line.")
final class ConfigGetCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "KEY", description = "A dotted key such as theme or colors.quote.")
    String key;

    ConfigGetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Setting<?> setting = ConfigSetCommand.setting(key);
        PrintWriter out = context.out();
        setting.words(context.preferences()).forEach(out::println);
        out.flush();
        return ExitCode.OK;
    }
}
