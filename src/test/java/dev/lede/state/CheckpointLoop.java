package dev.lede.state;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A committing process for {@link CheckpointCommitIT} and {@link CheckpointKillIT}, on the checkpoint {@code c} of a
 * state folder, opened once and committed to again and again (each commit reads what the others wrote):
 * <ul>
 *   <li>{@code one DIR PREFIX COUNT}: commits the ids {@code PREFIX<n>} one per commit, then prints "done";</li>
 *   <li>{@code rounds DIR FIRST SIZE}: from round FIRST on, commits the {@code SIZE} ids {@code r<round>-<k>} in one
 *   commit and prints "committed round" once it returned; until killed.</li>
 * </ul>
 */
public final class CheckpointLoop {

    private CheckpointLoop() {
    }

    public static void main(String[] args) throws Exception {
        Checkpoint checkpoint = new Checkpoints(Path.of(args[1])).open("c");
        if (args[0].equals("one")) {
            for (int n = 0; n < Integer.parseInt(args[3]); n++) {
                checkpoint.commit(List.of(args[2] + n), null);
            }
            System.out.println("done");
            return;
        }
        int size = Integer.parseInt(args[3]);
        for (int round = Integer.parseInt(args[2]); ; round++) {
            checkpoint.commit(round(round, size), null);
            System.out.println("committed " + round);
        }
    }

    static List<String> round(int round, int size) {
        List<String> ids = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            ids.add("r" + round + "-" + k);
        }
        return ids;
    }
}
