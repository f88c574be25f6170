package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lede.Programs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recipes of the README's "Scripting" section, run as written by bash with the real launcher as {@code lede} on
 * the PATH, each on a fresh copy of the library in {@code src/test/resources/scripting/} at
 * {@code LEDE_NOW=2026-12-01T12:00:00Z}; what each prints must be the output block the README shows after it.
 * {@code -Drecipes.update=true} writes what they print into the README instead (then read the diff).
 */
class ScriptingRecipesIT {

    static final String NOW = "2026-12-01T12:00:00Z";
    private static final Path README = LauncherIT.HOME.resolve("README.md");
    private static final Path LIBRARY = LauncherIT.HOME.resolve("src/test/resources/scripting");
    /** A recipe: a {@code sh} block and the {@code text} block right after it. */
    private static final Pattern RECIPE = Pattern.compile(
            "```sh\\n(.*?)```\\n+```text\\n(.*?)```\\n", Pattern.DOTALL);

    record Recipe(String script, String output, int start, int end) {
    }

    @Test
    void everyRecipeOfTheReadmePrintsWhatTheReadmeShows(@TempDir Path dir) throws Exception {
        Programs.require("jq");
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int from = readme.indexOf("\n### Recipes\n");
        assertTrue(from > 0, "README has no '### Recipes' section");
        int to = readme.indexOf("\n## ", from);
        List<Recipe> recipes = recipes(readme, from, to < 0 ? readme.length() : to);
        assertTrue(recipes.size() >= 10, "the README shows " + recipes.size() + " recipes with their output");
        boolean update = Boolean.getBoolean("recipes.update");
        StringBuilder updated = new StringBuilder(readme);
        List<String> failures = new ArrayList<>();
        for (int i = recipes.size() - 1; i >= 0; i--) {
            Recipe recipe = recipes.get(i);
            String printed = run(recipe.script(), Files.createDirectory(dir.resolve("recipe-" + i)));
            if (update) {
                updated.replace(recipe.start(), recipe.end(), printed);
            } else if (!printed.equals(recipe.output())) {
                failures.add("recipe " + (i + 1) + ":\n" + recipe.script() + "printed:\n" + printed
                        + "the README shows:\n" + recipe.output());
            }
        }
        if (update) {
            Files.writeString(README, updated, StandardCharsets.UTF_8);
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static List<Recipe> recipes(String readme, int from, int to) {
        List<Recipe> recipes = new ArrayList<>();
        Matcher m = RECIPE.matcher(readme).region(from, to);
        while (m.find()) {
            recipes.add(new Recipe(m.group(1), m.group(2), m.start(2), m.end(2)));
        }
        return recipes;
    }

    /** Runs one recipe in a fresh home, its stdout and stderr together as a terminal would show them. */
    private static String run(String script, Path root) throws IOException, InterruptedException {
        Path home = Files.createDirectories(root.resolve("home"));
        Path work = Files.createDirectories(root.resolve("work"));
        Path data = root.resolve("data");
        copy(LIBRARY.resolve("feeds"), data.resolve("lede/feeds"));
        copy(LIBRARY.resolve("notes"), home.resolve("notes"));
        Path config = Files.createDirectories(root.resolve("config/lede"));
        Files.writeString(config.resolve("config.yml"), "library: [~/notes]\n");
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path lede = bin.resolve("lede");
        Files.writeString(lede, "#!/bin/sh\nexec '" + LauncherIT.HOME.resolve("lede") + "' \"$@\"\n");
        lede.toFile().setExecutable(true);
        Path log = root.resolve("printed.txt");
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", script)
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        var env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("LEDE_") && !name.equals("LEDE_HOME") || name.startsWith("XDG_"));
        env.remove("BROWSER");
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", root.resolve("config").toString());
        env.put("XDG_DATA_HOME", data.toString());
        env.put("XDG_STATE_HOME", root.resolve("state").toString());
        env.put("XDG_CACHE_HOME", root.resolve("cache").toString());
        env.put("LEDE_NOW", NOW);
        env.put("TZ", "UTC");
        env.put("LC_ALL", "C.UTF-8");
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("recipe did not finish:\n" + script);
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "recipe failed:\n" + script + printed);
        return printed;
    }

    /** Copies a folder of stories, each file's time its {@code fetched:} (else a fixed day), as fetch left them. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.copy(file, target);
                Matcher fetched = Pattern.compile("(?m)^fetched: \"([^\"]+)\"$")
                        .matcher(Files.readString(file, StandardCharsets.UTF_8));
                Instant time = fetched.find() ? Instant.parse(fetched.group(1)) : Instant.parse("2026-11-15T09:00:00Z");
                Files.setLastModifiedTime(target, FileTime.from(time));
            }
        }
    }
}
