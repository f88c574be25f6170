package dev.lede.tui;

import dev.lede.library.Library;
import dev.lede.library.StoryRef;
import dev.lede.state.ReadState;
import dev.lede.text.TextCleaner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The read and starred marks of one library's stories, as the reader shows them: the {@link ReadState} behind them,
 * the counts the header and the groups screen show (counted once when the library is shown, then kept up to date on
 * every mark, so that a draw never scans the library), and the last change made with a key, to undo.
 */
final class Marks {

    /** A change that can be taken back: the stories it changed and the mark that restores them. */
    private record Change(List<StoryRef> stories, ReadState.Mark undo) {
    }

    /** How a mark is saved: {@link ReadState#mark}, or in tests a save that fails. */
    @FunctionalInterface
    interface Save {
        void mark(Collection<String> ids, ReadState.Mark mark) throws IOException;
    }

    private final ReadState state;
    private final Save save;
    private final Groups groups;
    private final int total;
    private final int[] unread;
    private int unreadTotal;
    private int starred;
    private Change last;

    Marks(ReadState state, Library library) {
        this(state, library, state::mark);
    }

    Marks(ReadState state, Library library, Save save) {
        this.state = state;
        this.save = save;
        this.groups = Groups.of(library);
        this.total = library.stories().size();
        this.unread = new int[groups.size()];
        for (StoryRef story : library.stories()) {
            if (!state.isRead(story.id())) {
                unread[groups.of(story)]++;
                unreadTotal++;
            }
            if (state.isStarred(story.id())) {
                starred++;
            }
        }
    }

    Groups groups() {
        return groups;
    }

    boolean isRead(StoryRef story) {
        return state.isRead(story.id());
    }

    boolean isStarred(StoryRef story) {
        return state.isStarred(story.id());
    }

    int total() {
        return total;
    }

    int unread() {
        return unreadTotal;
    }

    int unread(int group) {
        return unread[group];
    }

    int starred() {
        return starred;
    }

    /** Marks a story read because it was opened; not a change to undo. */
    void opened(StoryRef story) throws IOException {
        apply(List.of(story), ReadState.Mark.READ);
    }

    /** @return true when the story is read now */
    boolean toggleRead(StoryRef story) throws IOException {
        ReadState.Mark mark = isRead(story) ? ReadState.Mark.UNREAD : ReadState.Mark.READ;
        remember(apply(List.of(story), mark), mark == ReadState.Mark.READ ? ReadState.Mark.UNREAD
                : ReadState.Mark.READ);
        return mark == ReadState.Mark.READ;
    }

    /** @return true when the story is starred now */
    boolean toggleStar(StoryRef story) throws IOException {
        ReadState.Mark mark = isStarred(story) ? ReadState.Mark.UNSTAR : ReadState.Mark.STAR;
        remember(apply(List.of(story), mark), mark == ReadState.Mark.STAR ? ReadState.Mark.UNSTAR
                : ReadState.Mark.STAR);
        return mark == ReadState.Mark.STAR;
    }

    /**
     * Marks these stories read in one write; {@link #undo} makes unread again exactly those that were unread.
     *
     * @return how many were unread
     */
    int allRead(Collection<StoryRef> stories) throws IOException {
        List<StoryRef> changed = apply(stories, ReadState.Mark.READ);
        remember(changed, ReadState.Mark.UNREAD);
        return changed.size();
    }

    /**
     * Takes back the last change made with {@link #toggleRead}, {@link #toggleStar} or {@link #allRead}, once.
     *
     * @return what was undone ({@code 12 stories unread again}), or null when there is nothing to undo
     */
    String undo() throws IOException {
        if (last == null) {
            return null;
        }
        Change change = last;
        apply(change.stories(), change.undo());
        last = null;
        return Counts.of(change.stories().size(), "story", "stories") + switch (change.undo()) {
            case READ -> " read again";
            case UNREAD -> " unread again";
            case STAR -> " starred again";
            case UNSTAR -> " unstarred again";
        };
    }

    private void remember(List<StoryRef> changed, ReadState.Mark undo) {
        if (!changed.isEmpty()) {
            last = new Change(changed, undo);
        }
    }

    /**
     * Saves the mark for the stories it changes (one record for all of them) and counts them.
     *
     * @return the stories whose mark changed; none when saving failed (then nothing changed)
     */
    private List<StoryRef> apply(Collection<StoryRef> stories, ReadState.Mark mark) throws IOException {
        List<StoryRef> changed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (StoryRef story : stories) {
            if (changes(story, mark) && ids.add(story.id())) {
                changed.add(story);
            }
        }
        if (changed.isEmpty()) {
            return changed;
        }
        save.mark(List.copyOf(ids), mark);
        for (StoryRef story : changed) {
            count(story, mark);
        }
        return changed;
    }

    private boolean changes(StoryRef story, ReadState.Mark mark) {
        return switch (mark) {
            case READ -> !isRead(story);
            case UNREAD -> isRead(story);
            case STAR -> !isStarred(story);
            case UNSTAR -> isStarred(story);
        };
    }

    private void count(StoryRef story, ReadState.Mark mark) {
        int by = mark == ReadState.Mark.READ || mark == ReadState.Mark.UNSTAR ? -1 : 1;
        if (mark == ReadState.Mark.STAR || mark == ReadState.Mark.UNSTAR) {
            starred += by;
            return;
        }
        int group = groups.of(story);
        if (group >= 0) {
            unread[group] += by;
            unreadTotal += by;
        }
    }

    /** A mark that could not be saved, as one line for the footer. */
    static String notSaved(IOException e) {
        return "mark not saved: " + TextCleaner.escaped(String.valueOf(e.getMessage()));
    }
}
