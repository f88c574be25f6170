package dev.lede.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process saving preferences over and over is killed with SIGKILL at a random moment, round after round; after
 * every kill the file must be exactly a file a save would write, the old one or a new one, never a mix.
 * {@code -Dlede.kill.rounds=500} runs it longer (12 rounds by default); {@code -Dlede.kill.seed=N} repeats a run.
 */
class PreferencesKillIT {

    private static final Setting WIDTH = Setting.find("reader.width").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void aKilledSaveLeavesTheOldFileOrTheNewNeverAMix() throws Exception {
        int rounds = Integer.getInteger("lede.kill.rounds", 12);
        long seed = Long.getLong("lede.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        String shipped = ShippedConfigTest.shipped();
        Path file = Files.writeString(dir.resolve("config.yml"), shipped, StandardCharsets.UTF_8);
        int old = 0;
        int changed = 0;
        int midWrite = 0;
        long saves = 0;
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            String before = Files.readString(file, StandardCharsets.UTF_8);
            Process saver = start(file, random.nextInt(100));
            try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String first = out.readLine();
                if (!"ready".equals(first)) {
                    fail("round " + round + " (seed " + seed + "): the saver did not start: " + first + " "
                            + new String(saver.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                }
                TimeUnit.MICROSECONDS.sleep(random.nextInt(300_000));
                saver.toHandle().destroyForcibly(); // SIGKILL, leaving its output to read
                assertTrue(saver.waitFor(10, TimeUnit.SECONDS), "the saver outlived SIGKILL");
                saves += out.lines().filter("saved"::equals).count();
            }
            String after = Files.readString(file, StandardCharsets.UTF_8);
            assertWholeSave(shipped, after, "round " + round + " (seed " + seed + ")");
            if (after.equals(before)) {
                old++;
            } else {
                changed++;
            }
            if (!leftovers().isEmpty()) {
                midWrite++;
            }
        }
        assertTrue(PreferencesStore.load(at(file)).set("reader.width", "77").ok());
        assertEquals(List.of(), leftovers(), "a save removes what killed saves left");
        System.out.printf("kill loop: %d rounds in %.1f s: %d old, %d new, 0 mixed; %d kills mid-write, "
                + "%d saves in the kill windows (seed %d)%n", rounds, (System.nanoTime() - started) / 1e9, old,
                changed, midWrite, saves, seed);
    }

    /** The text a save of the width it holds makes from the shipped file: every other byte as shipped. */
    private static void assertWholeSave(String shipped, String text, String where) throws PreferencesException {
        PreferencesReader.Result read;
        try {
            read = PreferencesReader.read(text, "config.yml");
        } catch (PreferencesException e) {
            throw new AssertionError(where + ": the file does not load: " + e.getMessage() + "\n" + text, e);
        }
        Object width = WIDTH.value(read.preferences());
        assertEquals(PreferencesStore.edit(shipped, "config.yml", WIDTH, width).text(), text, where);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    private static Process start(Path file, int first) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), file.toString(), Integer.toString(first)).start();
    }

    private static ConfigLocation at(Path file) {
        return new ConfigLocation(file, ConfigLocation.Source.OPTION, true);
    }
}
