package dev.lede.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lede config}: the preferences file, read and changed from scripts. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Show, check and change the preferences (keys such as theme, colors.quote, export.format).",
                "The commented config.yml next to lede documents every preference."},
        subcommands = {ConfigPathCommand.class, ConfigShowCommand.class, ConfigGetCommand.class,
                ConfigSetCommand.class, ConfigCheckCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:unknown key or a value that is not allowed",
                "4:the preferences file cannot be used (does not parse, a bad value, cannot be written)"})
final class ConfigCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
