package dev.lede.state;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The named checkpoints of the commands that emit stories ({@code --checkpoint NAME}), each the set of the story
 * ids emitted through it, in {@code <stateDir>/checkpoints/NAME} ({@link CheckpointFormat}).
 */
public final class Checkpoints {

    static final String FOLDER = "checkpoints";
    /** The longest name. */
    static final int MAX_NAME = 64;

    private final Path stateDir;

    /** @param stateDir lede's state folder ({@code $XDG_STATE_HOME/lede}), as {@link ReadState#open} takes it */
    public Checkpoints(Path stateDir) {
        this.stateDir = stateDir;
    }

    /**
     * Why {@code name} cannot name a checkpoint, or null when it can: 1 to 64 ASCII letters, digits, {@code .},
     * {@code _} or {@code -}, not starting with {@code .} or {@code -} (so that it is a plain file name, never a
     * hidden one like the lock and temporary files beside it, never an option). The reason does not quote the name.
     */
    public static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "a checkpoint name cannot be empty";
        }
        if (name.length() > MAX_NAME) {
            return "a checkpoint name has at most " + MAX_NAME + " characters";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-')) {
                return "a checkpoint name holds only the letters A to Z and a to z, digits, '.', '_' and '-'";
            }
        }
        if (name.charAt(0) == '.' || name.charAt(0) == '-') {
            return "a checkpoint name cannot start with '.' or '-'";
        }
        return null;
    }

    /**
     * The checkpoint {@code name}, read; empty when it does not exist yet (nothing is written until a commit).
     *
     * @throws IllegalArgumentException when {@link #problem} finds something wrong with the name
     * @throws IOException              when its file is damaged, written by a newer lede, or cannot be read (one
     *                                  line, naming the file and how to start again)
     */
    public Checkpoint open(String name) throws IOException {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return Checkpoint.open(stateDir, name);
    }
}
