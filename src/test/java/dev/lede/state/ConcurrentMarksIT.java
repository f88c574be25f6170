package dev.lede.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Another process and two states in this JVM, all on one folder, mark stories at once, one mark at a time: every
 * mark is kept, and each state ends up reading the others' marks.
 */
class ConcurrentMarksIT {

    private static final int EACH = 150;

    @TempDir
    Path dir;

    @Test
    void writersMarkingAtOnceLoseNothing() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), MarkLoop.class.getName(), dir.toString(), "p-", "0",
                Integer.toString(EACH)).redirectErrorStream(true).start();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ReadState>> mine = new ArrayList<>();
        try {
            for (String prefix : List.of("a-", "b-")) {
                mine.add(threads.submit(() -> {
                    ReadState state = ReadState.open(dir);
                    go.await();
                    for (int n = 0; n < EACH; n++) {
                        state.mark(List.of(prefix + n), n % 3 == 0 ? ReadState.Mark.STAR : ReadState.Mark.READ);
                    }
                    return state;
                }));
            }
            go.countDown();
            for (Future<ReadState> state : mine) {
                state.get(120, TimeUnit.SECONDS);
            }
            assertTrue(other.waitFor(120, TimeUnit.SECONDS), "the other process did not finish");
            String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, other.exitValue(), said);
            assertTrue(said.endsWith("done\n"), said);
        } finally {
            threads.shutdownNow();
            other.destroyForcibly();
        }
        ReadState all = ReadState.open(dir);
        assertEquals(List.of(), all.warnings());
        for (int n = 0; n < EACH; n++) {
            assertTrue(all.isRead("p-" + n), "p-" + n);
            for (String prefix : List.of("a-", "b-")) {
                assertTrue(n % 3 == 0 ? all.isStarred(prefix + n) : all.isRead(prefix + n), prefix + n);
            }
        }
        assertEquals(EACH + 2 * (EACH - EACH / 3), all.readCount());
        assertEquals(2 * (EACH / 3), all.starredCount());
        ReadState a = mine.get(0).get();
        a.refresh();
        assertTrue(a.isRead("p-" + (EACH - 1)) && a.isRead("b-" + (EACH - 1)));
    }

}
