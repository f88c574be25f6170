import dev.lede.state.Checkpoint;
import dev.lede.state.Checkpoints;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a checkpoint ({@code dev.lede.state.Checkpoints}, from the class path) costs at N ids, run by
 * {@code bench/run checkpoints}: the first commit of N ids, opening it, asking for each of N ids, and then a run's
 * commit of 1,000 new ids into it, without and with pruning to a library of N ids. Each step is timed once cold (the
 * first in this JVM) and then as the median of RUNS more; milliseconds of wall time, and of the main thread's CPU
 * time (which the load of a busy machine disturbs less).
 *
 * <pre>
 * CheckpointBench DIR N [RUNS]
 * </pre>
 */
public class CheckpointBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> ids = ids("2025", n);
        Checkpoints store = new Checkpoints(dir);
        System.out.printf("| %,d ids | cold: wall (CPU) ms | median of %d: wall (CPU) ms |%n|---|---|---|%n", n, runs);
        int[] round = {0};
        step("first commit of every id (hash, sort, write, force, rename)", runs, () -> {
            Files.deleteIfExists(dir.resolve("checkpoints").resolve("c"));
            store.open("c").commit(ids, null);
        });
        step("open (read, check, under the lock)", runs, () -> store.open("c"));
        Checkpoint c = store.open("c");
        step("isNew for each of the " + n + " ids", runs, () -> {
            int seen = 0;
            for (String id : ids) {
                seen += c.isNew(id) ? 0 : 1;
            }
            if (seen != n) {
                throw new AssertionError(seen);
            }
        });
        step("open, then commit 1,000 new ids", runs, () -> store.open("c").commit(ids("new" + round[0]++, 1000),
                null));
        step("open, then commit 1,000 new ids pruning to a library of " + n, runs,
                () -> store.open("c").commit(ids("lib" + round[0]++, 1000), ids));
        System.out.printf("file: %,d bytes for %,d ids%n", Files.size(dir.resolve("checkpoints").resolve("c")),
                store.open("c").size());
    }

    interface Step {
        void run() throws Exception;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static void step(String what, int runs, Step step) throws Exception {
        double[] cold = timed(step);
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] t = timed(step);
            wall[i] = t[0];
            cpu[i] = t[1];
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("| %s | %.1f (%.1f) | %.1f (%.1f) |%n", what, cold[0], cold[1], wall[runs / 2],
                cpu[runs / 2]);
    }

    /** The wall and CPU milliseconds of one run. */
    private static double[] timed(Step step) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        step.run();
        return new double[] {(System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6};
    }

    /** Ids shaped like the feeds' file names: a time, a slug of the title, a hash (as bench/StateFormats.java). */
    static List<String> ids(String prefix, int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(String.format("%s%010d_a-title-of-some-words-%08x", prefix, i, i * 2654435761L & 0xffffffffL));
        }
        return ids;
    }
}
