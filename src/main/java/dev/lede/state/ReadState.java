package dev.lede.state;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Which stories are read and which are starred, by story id ({@code StoryRef.id()}). Safe to use from several
 * threads. A story no mark names is unread and not starred.
 *
 * <p>{@link #open(Path)} keeps the state in {@code <stateDir>/reading/marks}, an append-only log of the ids' keyed
 * hashes ({@link MarksFormat}): each {@link #mark} appends one record and forces it to disk before it returns, holding
 * a lock that other lede processes take too, after reading what they appended. A kill at any moment loses at most the change
 * being written; a damaged or cut file is read as far as it is whole, with one {@link #warnings() warning}.
 */
public final class ReadState {

    /** A change to the state of some stories. */
    public enum Mark { READ, UNREAD, STAR, UNSTAR }

    /** Nothing is dropped when more of the marked stories than this are missing, and most of them are. */
    private static final int MISSING_AT_ONCE = 100;

    /** Null for a state in memory only. */
    private final MarksLog log;
    private Marks marks;
    /** Set once, by {@link #open}, before the state is handed out. */
    private List<String> warnings = List.of();

    private ReadState(MarksLog log) {
        this.log = log;
        this.marks = log == null ? new Marks(ThreadLocalRandom.current().nextLong()) : log.marks();
    }

    /** A state kept only in memory, starting empty: for tests and for a reader that was given no state folder. */
    public static ReadState inMemory() {
        return new ReadState(null);
    }

    /**
     * The state kept in this folder ({@code $XDG_STATE_HOME/lede}); the folder is made on the first mark. A log more
     * than twice as long as the state it holds (and 10,000 ids more) is compacted first.
     *
     * @throws IOException when the state cannot be read (one line, naming the file)
     */
    public static ReadState open(Path stateDir) throws IOException {
        ReadState state = new ReadState(new MarksLog(stateDir));
        String problem = state.io(MarksLog::load);
        if (problem == null && state.log.worthCompacting()) {
            try {
                state.io(log -> {
                    log.compact(UnaryOperator.identity());
                    return null;
                });
            } catch (IOException e) {
                problem = "cannot compact " + state.log.file() + ": " + e.getMessage();
            }
        }
        if (problem != null) {
            state.warnings = List.of(problem);
        }
        return state;
    }

    /** What opening found wrong with the file (at most one line), to show the user once; empty when nothing. */
    public synchronized List<String> warnings() {
        return warnings;
    }

    public synchronized boolean isRead(String id) {
        return marks.has(id, Marks.READ);
    }

    public synchronized boolean isStarred(String id) {
        return marks.has(id, Marks.STAR);
    }

    /** How many stories are marked read, in the library or not. */
    public synchronized int readCount() {
        return marks.readCount();
    }

    /** How many stories are starred, in the library or not. */
    public synchronized int starredCount() {
        return marks.starredCount();
    }

    /**
     * Marks these stories; saved when it returns (one record for the whole batch, so that "mark all read" is one
     * change to undo and one write). Marks that other lede processes saved meanwhile are read first.
     *
     * @throws IOException when it cannot be saved; the state in memory is then unchanged
     */
    public synchronized void mark(Collection<String> ids, Mark mark) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        if (log == null) {
            marks.apply(mark, ids);
            return;
        }
        io(log -> {
            log.append(mark, ids);
            return null;
        });
    }

    /** Reads the marks that other lede processes saved since this state was read or last saved. */
    public synchronized void refresh() throws IOException {
        if (log != null) {
            io(MarksLog::load);
        }
    }

    /**
     * Compaction against a library: drops the marks of every story whose id is not among {@code libraryIds}, and
     * writes the log anew; does nothing when every marked story is there. Call it only with every story of every
     * folder the state serves (the whole default library, never just the folders one command was given). When more
     * than 100 marks belong to missing stories and they are most of the marks (a library folder that is an empty
     * mount point), nothing is dropped.
     *
     * @return how many marks (read marks and stars) were dropped
     */
    public synchronized int dropMissing(Collection<String> libraryIds) throws IOException {
        refresh();
        if (marks.size() == 0) {
            return 0;
        }
        int missing = marks.missing(libraryIds).marks();
        if (missing == 0 || tooMany(missing, marks)) {
            return 0;
        }
        int before = marks.size();
        UnaryOperator<Marks> keep = current -> {
            Marks.Missing now = current.missing(libraryIds);
            return now.kept() == null || tooMany(now.marks(), current) ? current : now.kept();
        };
        if (log == null) {
            marks = keep.apply(marks);
        } else {
            io(log -> {
                log.compact(keep);
                return null;
            });
        }
        return before - marks.size();
    }

    private static boolean tooMany(int missing, Marks marks) {
        return missing > MISSING_AT_ONCE && missing * 2L > marks.size();
    }

    private interface LogStep<T> {
        T run(MarksLog log) throws IOException;
    }

    /** Runs a step on the log, then takes its marks; a file system error becomes one line naming the file. */
    private <T> T io(LogStep<T> step) throws IOException {
        try {
            return step.run(log);
        } catch (FileSystemException e) {
            throw new IOException(MarksLog.describe(e), e);
        } finally {
            marks = log.marks();
        }
    }
}
