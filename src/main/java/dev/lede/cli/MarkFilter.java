package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.state.ReadState;
import picocli.CommandLine.Option;

/**
 * {@code --unread} and {@code --starred}: which stories of a library a command takes, by their reading state (both:
 * the unread starred ones). A mixin, so that a shared selection of stories can take it over whole.
 */
final class MarkFilter {

    @Option(names = "--unread", description = "Only the stories not marked read.")
    boolean unread;

    @Option(names = "--starred", description = "Only the starred stories.")
    boolean starred;

    boolean active() {
        return unread || starred;
    }

    /** The stories of {@code library} this filter takes; all of them when it is not {@link #active}. */
    Library apply(Library library, ReadState state) {
        if (!active()) {
            return library;
        }
        return library.only(story -> (!unread || !state.isRead(story.id()))
                && (!starred || state.isStarred(story.id())));
    }
}
