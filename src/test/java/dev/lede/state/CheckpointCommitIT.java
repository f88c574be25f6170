package dev.lede.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two other processes and two threads of this JVM commit to one checkpoint at once, one id per commit, each having
 * opened it before the others wrote: every id is kept.
 */
class CheckpointCommitIT {

    private static final int EACH = 150;

    @TempDir
    Path dir;

    @Test
    void processesAndThreadsCommittingAtOnceLoseNothing() throws Exception {
        List<Process> others = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> mine = new ArrayList<>();
        try {
            for (String prefix : List.of("p-", "q-")) {
                others.add(new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-cp",
                        System.getProperty("java.class.path"), CheckpointLoop.class.getName(), "one", dir.toString(),
                        prefix, Integer.toString(EACH)).redirectErrorStream(true).start());
            }
            for (String prefix : List.of("a-", "b-")) {
                mine.add(threads.submit(() -> {
                    Checkpoint c = new Checkpoints(dir).open("c");
                    go.await();
                    for (int n = 0; n < EACH; n++) {
                        c.commit(List.of(prefix + n), null);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : mine) {
                f.get(120, TimeUnit.SECONDS);
            }
            for (Process other : others) {
                assertTrue(other.waitFor(120, TimeUnit.SECONDS), "another process did not finish");
                String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, other.exitValue(), said);
                assertTrue(said.endsWith("done\n"), said);
            }
        } finally {
            threads.shutdownNow();
            others.forEach(Process::destroyForcibly);
        }
        Checkpoint all = new Checkpoints(dir).open("c");
        assertEquals(4 * EACH, all.size());
        for (String prefix : List.of("p-", "q-", "a-", "b-")) {
            for (int n = 0; n < EACH; n++) {
                assertFalse(all.isNew(prefix + n), prefix + n);
            }
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
