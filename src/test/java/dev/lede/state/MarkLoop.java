package dev.lede.state;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer process for {@link MarksKillIT} and {@link ConcurrentMarksIT}: marks the stories {@code PREFIX<n>} read
 * one by one from {@code FIRST}, printing "marked n" once each mark has returned; every 3rd, in the kill loop, it
 * also marks a story {@code gone-<n>} read and drops it again through {@link ReadState#dropMissing}, which writes
 * the whole file anew (printing "dropped n"); every 10th, it marks {@link #BATCH} stories {@code batch-<n>-<k>} read in
 * one record (printing "batch n"). It stops after COUNT marks, or is killed.
 */
public final class MarkLoop {

    /** The stories of a "mark all read": a record of 160 KB, which a kill can cut short. */
    static final int BATCH = 20_000;

    private MarkLoop() {
    }

    /** @param args the state folder, the id prefix, the first number, and how many (-1: until killed) */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        int first = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        ReadState state = ReadState.open(dir);
        List<String> live = new ArrayList<>();
        for (int n = 0; n < first; n++) {
            live.add(prefix + n);
            for (int k = 0; n % 10 == 5 && count < 0 && k < BATCH; k++) {
                live.add("batch-" + n + "-" + k);
            }
        }
        System.out.println("ready");
        for (int n = first; count < 0 || n < first + count; n++) {
            state.mark(List.of(prefix + n), ReadState.Mark.READ);
            live.add(prefix + n);
            System.out.println("marked " + n);
            if (count < 0 && n % 10 == 5) {
                List<String> batch = new ArrayList<>();
                for (int k = 0; k < BATCH; k++) {
                    batch.add("batch-" + n + "-" + k);
                }
                state.mark(batch, ReadState.Mark.READ);
                live.addAll(batch);
                System.out.println("batch " + n);
            }
            if (count < 0 && n % 3 == 1) {
                state.mark(List.of("gone-" + n), ReadState.Mark.READ);
                if (state.dropMissing(live) < 1) { // and any gone-n a kill left before its drop
                    System.err.println("dropMissing did not drop gone-" + n);
                    System.exit(2);
                }
                System.out.println("dropped " + n);
            }
        }
        System.out.println("done");
    }
}
