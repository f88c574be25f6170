package dev.lede.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lede generate-completion}: the bash (and zsh, through bashcompinit) completion script of every command and
 * option, registered for {@code lede} and {@code ./lede}.
 */
@Command(name = "generate-completion", mixinStandardHelpOptions = true,
        description = {"Print a bash/zsh completion script for lede and ./lede.",
            "Run  source <(lede generate-completion)  in the shell, or save it as "
                + "~/.local/share/bash-completion/completions/lede."})
final class CompletionCommand implements Callable<Integer> {

    /** What picocli registers the functions for: the script's name and two guesses at its file. */
    private static final String PICOCLI_NAMES = " lede lede.sh lede.bash\n";

    private final CommandContext context;

    @Spec
    CommandSpec spec;

    CompletionCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.out().print(script(spec.root().commandLine()));
        return ExitCode.OK;
    }

    /** The completion script of the command tree under {@code root}, for {@code lede} and {@code ./lede}. */
    static String script(picocli.CommandLine root) {
        String script = AutoComplete.bash("lede", root);
        if (!script.contains(PICOCLI_NAMES)) {
            throw new IllegalStateException("picocli's completion script changed: no '" + PICOCLI_NAMES.strip() + "'");
        }
        return script.replace(PICOCLI_NAMES, " lede ./lede\n");
    }
}
