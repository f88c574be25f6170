package dev.lede.cli;

import dev.lede.prefs.Preferences;
import picocli.CommandLine.Option;

/** {@code --width}, shared by {@code show} and {@code export}: the line width of the text format. */
final class WidthOption {

    /** Null when absent: the preferences' export.width applies. */
    @Option(names = {"-w", "--width"}, paramLabel = "COLUMNS",
            description = "Line width of the text format (default: export.width of the preferences, built in: 80).")
    Integer width;

    /**
     * The width given, else the preferences' one.
     *
     * @throws LedeException with {@link ExitCode#USAGE} when the width given is below 20
     */
    int columns(Preferences preferences) {
        if (width != null && width < 20) {
            throw new LedeException(ExitCode.USAGE, "--width must be at least 20, not " + width);
        }
        return width != null ? width : preferences.exportWidth();
    }
}
