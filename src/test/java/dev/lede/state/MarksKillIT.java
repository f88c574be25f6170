package dev.lede.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process marking stories read one by one (and now and then compacting the file by a rename) is killed with
 * SIGKILL at a random moment, round after round, on the same state folder; after every kill the state must load,
 * hold every mark the writer had acknowledged, nothing beyond the one it may have been writing, and of a batch of
 * 20,000 stories marked at once all or none. At most a torn
 * last record is warned about, and the next round's marks mend it. {@code -Dlede.kill.rounds=200} runs it longer
 * (12 rounds by default); {@code -Dlede.kill.seed=N} repeats a run.
 */
class MarksKillIT {

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLosesAtMostTheMarkItWasWriting() throws Exception {
        int rounds = Integer.getInteger("lede.kill.rounds", 12);
        long seed = Long.getLong("lede.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        List<Integer> acknowledged = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        List<Integer> batches = new ArrayList<>();
        int first = 0;
        int torn = 0;
        int midCompaction = 0;
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            String where = "round " + round + " (seed " + seed + ")";
            Process writer = start(first);
            int last = first - 1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String ready = out.readLine();
                if (!"ready".equals(ready)) {
                    fail(where + ": the writer did not start: " + ready + " "
                            + new String(writer.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                }
                // kill while it writes: after 1 to 8 acknowledged marks, then up to 30 ms more
                List<String> said = new ArrayList<>();
                for (int marks = random.nextInt(8) + 1; marks > 0; ) {
                    String line = out.readLine();
                    if (line == null) {
                        fail(where + ": the writer stopped: "
                                + new String(writer.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                    }
                    said.add(line);
                    marks -= line.startsWith("marked ") ? 1 : 0;
                }
                TimeUnit.MICROSECONDS.sleep(random.nextInt(30_000));
                writer.toHandle().destroyForcibly(); // SIGKILL, leaving its output to read
                assertTrue(writer.waitFor(10, TimeUnit.SECONDS), "the writer outlived SIGKILL");
                said.addAll(out.lines().toList());
                for (String line : said) {
                    int n = Integer.parseInt(line.substring(line.indexOf(' ') + 1));
                    if (line.startsWith("marked ")) {
                        acknowledged.add(n);
                        last = n;
                    } else if (line.startsWith("dropped ")) {
                        dropped.add(n);
                    } else if (line.startsWith("batch ")) {
                        batches.add(n);
                    }
                }
            }
            ReadState state = ReadState.open(dir);
            List<String> warnings = state.warnings();
            assertTrue(warnings.size() <= 1, where + ": " + warnings);
            if (!warnings.isEmpty()) {
                assertTrue(warnings.get(0).contains("a record cut short"), where + ": " + warnings);
                torn++;
            }
            for (int n : acknowledged) {
                assertTrue(state.isRead("s-" + n), where + ": acknowledged mark of s-" + n + " lost");
            }
            for (int n : dropped) {
                assertFalse(state.isRead("gone-" + n), where + ": gone-" + n + " was dropped, yet is read");
            }
            for (int n : batches) {
                assertTrue(state.isRead("batch-" + n + "-0") && state.isRead("batch-" + n + "-"
                        + (MarkLoop.BATCH - 1)), where + ": acknowledged batch " + n + " lost");
            }
            String inFlight = "batch-" + (last - last % 10 + 5) + "-";
            assertEquals(state.isRead(inFlight + 0), state.isRead(inFlight + (MarkLoop.BATCH - 1)),
                    where + ": a batch kept in part");
            for (int n = last + 2; n < last + 30; n++) {
                assertFalse(state.isRead("s-" + n), where + ": s-" + n + " was never marked");
            }
            if (leftovers() > 0) {
                midCompaction++;
            }
            first = last + 2;
        }
        ReadState end = ReadState.open(dir);
        end.mark(List.of("after"), ReadState.Mark.READ);
        ReadState mended = ReadState.open(dir);
        assertEquals(List.of(), mended.warnings());
        assertTrue(mended.isRead("after"));
        System.out.printf("marks kill loop: %d rounds in %.1f s: %d marks acknowledged, %d compactions, all kept; "
                + "%d batches of %d; %d torn last records, %d kills mid-compaction (seed %d)%n", rounds,
                (System.nanoTime() - started) / 1e9, acknowledged.size(), dropped.size(), batches.size(),
                MarkLoop.BATCH, torn, midCompaction, seed);
    }

    private long leftovers() throws IOException {
        Path folder = dir.resolve("reading");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    private Process start(int first) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                MarkLoop.class.getName(), dir.toString(), "s-", Integer.toString(first), "-1").start();
    }
}
