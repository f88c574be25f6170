package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.StoryRef;
import dev.lede.state.ReadState;
import dev.lede.storyfile.StoryIds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code lede mark read|unread|star|unstar ID…}, or {@code --all [DIR…]}: changes the reading state of stories. */
@Command(name = "mark", mixinStandardHelpOptions = true,
        description = "Mark stories read or unread, starred or not: by id, or every story of a library (--all).")
final class MarkCommand implements Callable<Integer> {

    /** What to do to the stories, by the word the command line uses. */
    enum Change {
        read(ReadState.Mark.READ, "marked read"), unread(ReadState.Mark.UNREAD, "marked unread"),
        star(ReadState.Mark.STAR, "starred"), unstar(ReadState.Mark.UNSTAR, "unstarred");

        final ReadState.Mark mark;
        final String done;

        Change(ReadState.Mark mark, String done) {
            this.mark = mark;
            this.done = done;
        }
    }

    private final CommandContext context;

    @Mixin
    final LibraryArgs libraryArgs = new LibraryArgs();

    @Mixin
    CheckpointOption checkpoint = new CheckpointOption();

    @Mixin
    Selection selection = new Selection(checkpoint);

    @Parameters(index = "0", paramLabel = "read|unread|star|unstar", description = "What to mark the stories.")
    Change change;

    @Parameters(index = "1..*", paramLabel = "ID", arity = "0..*",
            description = "The stories' ids (see 'lede list'); with --all, library folders instead (default: "
                    + "library of the preferences, else seeds/).")
    List<String> words = List.of();

    @Option(names = "--all", description = "Every story of the library, or those --feed, --since, --unread … choose.")
    boolean all;

    @Option(names = "--in", paramLabel = "DIR", description = "Look the ids up in this library folder (repeatable; "
            + "default: the library of the preferences, else seeds/; then every feed's folder).")
    List<Path> in = List.of();

    MarkCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LibraryException, IOException {
        if (!all && words.isEmpty()) {
            throw new LedeException(ExitCode.USAGE, "name the stories to mark " + change + " (ID…), or give --all");
        }
        String chooser = selection.given() != null ? selection.given() : checkpoint.active()
                ? (checkpoint.name != null ? "--checkpoint" : "--new-since-last") : null;
        if (!all && chooser != null) {
            throw new LedeException(ExitCode.USAGE, selection.needsReadState()
                    ? "--unread and --starred choose the stories of --all" : chooser + " chooses the stories of --all");
        }
        if (all && !in.isEmpty()) {
            throw new LedeException(ExitCode.USAGE, "--in is for ids; with --all, name the folders as DIR…");
        }
        libraryArgs.dirs(all ? words.stream().map(MarkCommand::folder).toList() : in);
        Library library = context.openLibrary(libraryArgs);
        ReadState state = context.readState(library, libraryArgs);
        List<StoryRef> chosen = all ? selection.select(library, context, state) : List.of();
        List<String> ids = all ? idsOf(chosen) : lookedUp(library);
        try {
            state.mark(ids, change.mark);
        } catch (IOException e) {
            throw new LedeException(ExitCode.INTERNAL, "cannot save the reading state: " + e.getMessage());
        }
        context.out().println(ids.size() + (ids.size() == 1 ? " story " : " stories ") + change.done);
        checkpoint.commit(chosen, library, context);
        return ExitCode.OK;
    }

    /** The ids named, each as list shows it or as its file name holds it; all of them found, or none marked. */
    private List<String> lookedUp(Library library) {
        Set<String> found = new LinkedHashSet<>();
        for (String id : words) {
            StoryRef ref = library.find(id).or(() -> library.find(StoryIds.visible(id))).orElseThrow(() ->
                    new LedeException(ExitCode.LIBRARY, "no story with id '" + id + "' in "
                            + CommandContext.describe(library.dirs())));
            found.add(ref.id());
        }
        return new ArrayList<>(found);
    }

    private static Path folder(String word) {
        try {
            return new PathConverter().convert(word);
        } catch (TypeConversionException e) {
            throw new LedeException(ExitCode.USAGE, e.getMessage());
        }
    }

    private static List<String> idsOf(List<StoryRef> stories) {
        return stories.stream().map(StoryRef::id).distinct().toList();
    }
}
