package dev.lede.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.prefs.ConfigLocation.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --config, else $LEDE_CONFIG, else $XDG_CONFIG_HOME/lede/config.yml, else ~/.config/lede/config.yml, else none. */
class ConfigLocationTest {

    @TempDir
    Path dir;

    Path home;
    Path xdg;
    Path homeFile;
    Path xdgFile;

    @BeforeEach
    void folders() {
        home = dir.resolve("home");
        xdg = dir.resolve("xdg");
        homeFile = home.resolve(".config/lede/config.yml");
        xdgFile = xdg.resolve("lede/config.yml");
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "theme: dark\n");
    }

    private ConfigLocation find(Path option, Map<String, String> env) {
        return ConfigLocation.find(option, env, home);
    }

    @Test
    void theOptionWinsOverEverythingEvenWhenItsFileIsMissing() throws IOException {
        touch(homeFile);
        touch(xdgFile);
        Path option = dir.resolve("given.yml");
        assertEquals(new ConfigLocation(option, Source.OPTION, false),
                find(option, Map.of("LEDE_CONFIG", "/x.yml", "XDG_CONFIG_HOME", xdg.toString())));
    }

    @Test
    void theEnvironmentVariableComesNext() throws IOException {
        touch(xdgFile);
        Path env = dir.resolve("env.yml");
        touch(env);
        assertEquals(new ConfigLocation(env, Source.ENVIRONMENT, true),
                find(null, Map.of("LEDE_CONFIG", env.toString(), "XDG_CONFIG_HOME", xdg.toString())));
        assertEquals(new ConfigLocation(xdgFile, Source.XDG, true),
                find(null, Map.of("LEDE_CONFIG", " ", "XDG_CONFIG_HOME", xdg.toString())));
    }

    @Test
    void theXdgFileComesBeforeTheHomeFile() throws IOException {
        touch(homeFile);
        touch(xdgFile);
        assertEquals(new ConfigLocation(xdgFile, Source.XDG, true), find(null, Map.of("XDG_CONFIG_HOME",
                xdg.toString())));
    }

    @Test
    void theHomeFileIsUsedWhenTheXdgFileIsMissingOrTheVariableUnsetOrRelative() throws IOException {
        touch(homeFile);
        ConfigLocation expected = new ConfigLocation(homeFile, Source.XDG, true);
        assertEquals(expected, find(null, Map.of("XDG_CONFIG_HOME", xdg.toString())));
        assertEquals(expected, find(null, Map.of()));
        assertEquals(expected, find(null, Map.of("XDG_CONFIG_HOME", "relative/xdg")));
    }

    @Test
    void withNoFileTheDefaultsAreUsedAndASaveGoesToTheXdgPath() {
        assertEquals(new ConfigLocation(xdgFile, Source.NONE, false),
                find(null, Map.of("XDG_CONFIG_HOME", xdg.toString())));
        assertEquals(new ConfigLocation(homeFile, Source.NONE, false), find(null, Map.of()));
    }
}
