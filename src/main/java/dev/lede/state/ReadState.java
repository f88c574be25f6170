package dev.lede.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which stories are read and which are starred, by story id ({@code StoryRef.id()}). Safe to use from several
 * threads. A story no mark names is unread and not starred.
 */
public final class ReadState {

    /** A change to the state of some stories. */
    public enum Mark { READ, UNREAD, STAR, UNSTAR }

    private final Set<String> read = new HashSet<>();
    private final Set<String> starred = new HashSet<>();

    private ReadState() {
    }

    /** A state kept only in memory, starting empty: for tests and for a reader that was given no state folder. */
    public static ReadState inMemory() {
        return new ReadState();
    }

    /**
     * The state kept in this folder ({@code $XDG_STATE_HOME/lede}); the folder is made on the first mark.
     *
     * @throws IOException when the state cannot be read (one line, naming the file)
     */
    public static ReadState open(Path stateDir) throws IOException {
        return new ReadState(); // CONTRACT: persistence is hstate's part
    }

    public synchronized boolean isRead(String id) {
        return read.contains(id);
    }

    public synchronized boolean isStarred(String id) {
        return starred.contains(id);
    }

    /**
     * Marks these stories; saved when it returns (one record for the whole batch, so that "mark all read" is one
     * change to undo and one write).
     *
     * @throws IOException when it cannot be saved; the state in memory is then unchanged
     */
    public synchronized void mark(Collection<String> ids, Mark mark) throws IOException {
        switch (mark) {
            case READ -> read.addAll(ids);
            case UNREAD -> read.removeAll(ids);
            case STAR -> starred.addAll(ids);
            case UNSTAR -> starred.removeAll(ids);
        }
    }
}
