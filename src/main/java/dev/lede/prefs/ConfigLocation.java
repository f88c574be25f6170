package dev.lede.prefs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which preferences file is used, and why. Found in this order: the {@code --config FILE} option, else
 * {@code $LEDE_CONFIG}, else {@code $XDG_CONFIG_HOME/lede/config.yml}, else {@code ~/.config/lede/config.yml}, the
 * last two only when the file exists; else none: the built-in defaults are used, and a save creates the first of
 * those two (so {@code ~/.config/lede/config.yml} unless {@code $XDG_CONFIG_HOME} is set).
 *
 * @param path   the file in use; with {@link Source#NONE}, the file a save creates
 * @param source where the path came from
 * @param exists whether the file exists (always false with {@link Source#NONE})
 */
public record ConfigLocation(Path path, Source source, boolean exists) {

    /** Where the path came from. */
    public enum Source {
        OPTION("--config"),
        ENVIRONMENT("$LEDE_CONFIG"),
        /** {@code $XDG_CONFIG_HOME/lede/config.yml}, or {@code ~/.config/lede/config.yml} (the XDG default). */
        XDG("the XDG config folder"),
        /** No file: the built-in defaults; a save creates {@link #path()}. */
        NONE("built-in defaults");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** How the user names the source: {@code --config}, {@code $LEDE_CONFIG}, … */
        public String label() {
            return label;
        }
    }

    /**
     * @param option   the {@code --config} value, or null
     * @param env      the environment ({@code LEDE_CONFIG}, {@code XDG_CONFIG_HOME})
     * @param userHome the user's home folder
     */
    public static ConfigLocation find(Path option, Map<String, String> env, Path userHome) {
        if (option != null) {
            return at(option, Source.OPTION);
        }
        String fromEnv = env.get("LEDE_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return at(Path.of(fromEnv), Source.ENVIRONMENT);
        }
        Path xdg = xdgFile(env);
        if (xdg != null && Files.exists(xdg)) {
            return at(xdg, Source.XDG);
        }
        Path home = homeFile(userHome);
        if (Files.exists(home)) {
            return at(home, Source.XDG);
        }
        return new ConfigLocation(xdg != null ? xdg : home, Source.NONE, false);
    }

    /** Whether a file is in use, even one that does not exist yet (named by --config or $LEDE_CONFIG). */
    public boolean inUse() {
        return source != Source.NONE;
    }

    /** This location once its file has been written. */
    ConfigLocation saved() {
        return new ConfigLocation(path, source == Source.NONE ? Source.XDG : source, true);
    }

    private static ConfigLocation at(Path path, Source source) {
        return new ConfigLocation(path, source, Files.exists(path));
    }

    /** {@code $XDG_CONFIG_HOME/lede/config.yml}, when the variable holds an absolute path (as the spec asks). */
    private static Path xdgFile(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()) {
            return null;
        }
        return Path.of(xdg, "lede", "config.yml");
    }

    private static Path homeFile(Path userHome) {
        return userHome.resolve(".config").resolve("lede").resolve("config.yml");
    }
}
