package dev.lede.cli;

import dev.lede.prefs.Change;
import dev.lede.prefs.Preferences;
import dev.lede.prefs.PreferencesStore;
import dev.lede.prefs.Setting;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lede config set KEY VALUE…}: validates and saves one preference, keeping the rest of the file. */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Change one preference and save it at once; comments and every other line of the file stay "
                + "as they are.", "With no file yet, creates one from the documented defaults.",
                "Lists take one VALUE per item (lede config set keys.collapse_all - z); [] alone is the empty list."})
final class ConfigSetCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "KEY", description = "A dotted key such as theme or colors.quote.")
    String key;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "VALUE", description = "The new value.")
    List<String> values;

    ConfigSetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        setting(key);
        if (key.equals("library")) {
            checkFolders(context.location().path());
        }
        // The store reads the file again under a lock, so a file with one bad value can be mended with set.
        Change change = PreferencesStore.forRepair(context.location()).refusingSharedKeys().set(key, values);
        PrintWriter err = context.err();
        change.warnings().forEach(warning -> err.println("lede: warning: " + warning));
        err.flush();
        switch (change.status()) {
            case SAVED, UNCHANGED -> {
                PrintWriter out = context.out();
                out.println(change.message());
                out.flush();
                return ExitCode.OK;
            }
            case INVALID -> throw new LedeException(ExitCode.USAGE, change.message());
            default -> throw new LedeException(ExitCode.CONFIG, change.message());
        }
    }

    /** As the preferences screen does: every folder {@code library} is to name must be a folder now. */
    private void checkFolders(Path file) {
        if (values.equals(List.of("[]"))) {
            return;
        }
        Path base = file.toAbsolutePath().getParent();
        for (String folder : values) {
            Path path;
            try {
                path = Preferences.folder(folder, base, context.userHome());
            } catch (InvalidPathException e) {
                continue; // the store refuses it with its own message
            }
            if (!Files.isDirectory(path)) {
                throw new LedeException(ExitCode.USAGE, "no such folder: " + path + "; library not saved");
            }
        }
    }

    /** @throws LedeException with {@link ExitCode#USAGE} naming the nearest key when there is no such preference */
    static Setting<?> setting(String key) {
        return Setting.find(key).orElseThrow(() -> new LedeException(ExitCode.USAGE, Setting.unknown(key)
                + "; 'lede config show' lists them all"));
    }
}
