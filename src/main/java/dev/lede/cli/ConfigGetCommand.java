package dev.lede.cli;

import dev.lede.prefs.Setting;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lede config get KEY}: one preference's value, one word per line, as {@code set} takes it. */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Print one preference in effect; a list prints one item per line.")
final class ConfigGetCommand implements Callable<Integer> {

    @ParentCommand
    ConfigCommand config;

    @Parameters(index = "0", paramLabel = "KEY", description = "A dotted key such as theme or colors.quote.")
    String key;

    @Override
    public Integer call() {
        Setting<?> setting = ConfigSetCommand.setting(key);
        PrintWriter out = config.lede.spec.commandLine().getOut();
        setting.words(config.lede.preferences()).forEach(out::println);
        out.flush();
        return ExitCode.OK;
    }
}
