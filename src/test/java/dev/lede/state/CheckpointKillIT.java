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
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process committing rounds of 20,000 ids to one checkpoint is stopped (SIGSTOP) as soon as its temporary file
 * shows, after 0 to 2 commits, and then killed (SIGKILL), round after round: stopped with the temporary file still
 * there, the kill fell between writing the new file and the rename. After every kill the checkpoint reads whole and
 * holds every round the writer acknowledged, and of the round it was writing all or none. {@code
 * -Dlede.kill.rounds=N} runs it longer (12 by default); {@code -Dlede.kill.seed=N} repeats a run.
 */
class CheckpointKillIT {

    private static final int SIZE = 20_000;

    @TempDir
    Path dir;

    @Test
    void aKillBetweenTheTemporaryFileAndTheRenameLeavesTheOldCheckpointWhole() throws Exception {
        int rounds = Integer.getInteger("lede.kill.rounds", 12);
        long seed = Long.getLong("lede.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        int next = 0;
        int kept = 0;
        int beforeRename = 0;
        for (int round = 0; round < rounds; round++) {
            String where = "round " + round + " (seed " + seed + ")";
            Process writer = new ProcessBuilder(CheckpointCommitIT.java(), "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), CheckpointLoop.class.getName(), "rounds", dir.toString(),
                    Integer.toString(next), Integer.toString(SIZE)).start();
            int acknowledged = next - 1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (int skip = random.nextInt(3); skip > 0; skip--) {
                    String line = out.readLine();
                    if (line == null) {
                        fail(where + ": the writer stopped: " + errors(writer));
                    }
                    acknowledged = Integer.parseInt(line.substring("committed ".length()));
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (temporaries() == 0) {
                    if (System.nanoTime() > deadline || !writer.isAlive()) {
                        fail(where + ": no temporary file showed: " + errors(writer));
                    }
                    TimeUnit.MICROSECONDS.sleep(200); // not a busy loop taking a core from the writer
                }
                signal(writer, "STOP");
                if (temporaries() > 0) {
                    beforeRename++;
                }
                writer.toHandle().destroyForcibly(); // SIGKILL (which a stopped process takes too), leaving its output
                assertTrue(writer.waitFor(10, TimeUnit.SECONDS), "the writer outlived SIGKILL");
                for (String line : out.lines().toList()) {
                    acknowledged = Integer.parseInt(line.substring("committed ".length()));
                }
            }
            Checkpoint c = new Checkpoints(dir).open("c"); // throws if not whole
            for (int r = 0; r <= acknowledged; r++) {
                if (!c.isNew("r" + r + "-0")) {
                    assertFalse(c.isNew("r" + r + "-" + (SIZE - 1)), where + ": round " + r + " kept in part");
                }
            }
            for (int r = next; r <= acknowledged; r++) {
                assertFalse(c.isNew("r" + r + "-0"), where + ": acknowledged round " + r + " lost");
                kept++;
            }
            int inFlight = acknowledged + 1;
            boolean landed = !c.isNew("r" + inFlight + "-0");
            for (String id : CheckpointLoop.round(inFlight, SIZE)) {
                assertEquals(landed, !c.isNew(id), where + ": the round being written kept in part: " + id);
            }
            kept += landed ? 1 : 0;
            assertEquals(kept * SIZE, c.size(), where);
            next = inFlight + 1;
        }
        c(dir).commit(List.of("after"), null);
        assertEquals(0, temporaries(), "the next commit removes what the kills left");
        assertTrue(beforeRename > 0, "no kill fell between the temporary file and the rename in " + rounds
                + " rounds (seed " + seed + ")");
        System.out.printf("checkpoint kill loop: %d rounds, %d kills between the temporary file and the rename,"
                + " %d rounds of %d ids kept (seed %d)%n", rounds, beforeRename, kept, SIZE, seed);
    }

    private static Checkpoint c(Path dir) throws IOException {
        return new Checkpoints(dir).open("c");
    }

    private long temporaries() throws IOException {
        Path folder = dir.resolve("checkpoints");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }

    private static void signal(Process process, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS));
    }

    private static String errors(Process writer) throws IOException {
        writer.destroyForcibly();
        return new String(writer.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
