package dev.lede.cli;

import dev.lede.library.Library;
import dev.lede.library.StoryRef;
import dev.lede.state.Checkpoint;
import dev.lede.state.Checkpoints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --checkpoint NAME} and {@code --new-since-last} (the checkpoint named after the command): only the stories
 * not yet emitted through that checkpoint, which the command adds to it once it has succeeded. A mixin; a command
 * calls {@link #keepNew} on its selection (before {@code --limit}, so that the next run takes the next ones) and,
 * after its output is written and flushed without error, {@link #commit} with what it emitted. A run that fails
 * never reaches the commit, so the next run emits the same stories again.
 */
final class CheckpointOption {

    /** The command this is mixed into: {@code --new-since-last} takes its name. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--checkpoint", paramLabel = "NAME",
            description = "Only the stories not emitted before with this checkpoint; they are added to it when the"
                    + " command succeeds (NAME: 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -).")
    String name;

    @Option(names = "--new-since-last",
            description = "As --checkpoint with the command's name: the stories new since its last successful run.")
    boolean newSinceLast;

    /** Read by {@link #keepNew}; null before. */
    private Checkpoint checkpoint;

    boolean active() {
        return name != null || newSinceLast;
    }

    /**
     * The checkpoint's name: the one given, or the command's.
     *
     * @throws LedeException with {@link ExitCode#USAGE} when both options are given or the name cannot be one
     */
    String checkpointName() {
        if (name != null && newSinceLast) {
            throw new LedeException(ExitCode.USAGE, "--checkpoint and --new-since-last cannot be used together");
        }
        String chosen = name != null ? name : command.name();
        String problem = Checkpoints.problem(chosen);
        if (problem != null) {
            throw new LedeException(ExitCode.USAGE, "--checkpoint '" + chosen + "': " + problem);
        }
        return chosen;
    }

    /**
     * The stories of {@code stories} not emitted through the checkpoint yet, in their order; all of them when
     * neither option was given, or on the checkpoint's first run.
     *
     * @throws LedeException with {@link ExitCode#USAGE} for a bad name, {@link ExitCode#INTERNAL} when the checkpoint
     *                       cannot be read (damaged: the message names the file and how to start again)
     */
    List<StoryRef> keepNew(List<StoryRef> stories, CommandContext context) {
        Predicate<StoryRef> fresh = newOnes(context);
        return fresh == null ? stories : stories.stream().filter(fresh).toList();
    }

    /** The test "not emitted through the checkpoint yet", or null when no checkpoint was asked for. */
    Predicate<StoryRef> newOnes(CommandContext context) {
        if (!active()) {
            return null;
        }
        Checkpoint opened = open(context);
        return story -> opened.isNew(story.id());
    }

    /**
     * Adds the stories {@code emitted} to the checkpoint; call it only once the command has succeeded. When
     * {@code library} is the whole default library (no folder given, no file skipped: the rule the reading state
     * drops marks by), the ids of stories no longer in it are dropped too.
     *
     * @param library the library as the command loaded it, every story of it, not the selection
     * @throws LedeException with {@link ExitCode#INTERNAL} when it cannot be saved (the checkpoint is then as it was)
     */
    void commit(List<StoryRef> emitted, Library library, CommandContext context) {
        if (!active()) {
            return;
        }
        Checkpoint opened = open(context);
        List<String> libraryIds = CommandContext.isWholeDefault(library, libraryArgs())
                ? library.stories().stream().map(StoryRef::id).toList() : null;
        try {
            opened.commit(emitted.stream().map(StoryRef::id).toList(), libraryIds);
        } catch (IOException e) {
            throw new LedeException(ExitCode.INTERNAL, "cannot save the checkpoint: " + e.getMessage());
        }
    }

    private Checkpoint open(CommandContext context) {
        if (checkpoint != null) {
            return checkpoint;
        }
        String chosen = checkpointName();
        Path stateDir = context.setup().stateDir();
        if (stateDir == null) {
            throw new LedeException(ExitCode.INTERNAL, "no state folder for checkpoints ($XDG_STATE_HOME)");
        }
        try {
            checkpoint = new Checkpoints(stateDir).open(chosen);
        } catch (IOException e) {
            throw new LedeException(ExitCode.INTERNAL, "cannot read the checkpoint: " + e.getMessage());
        }
        return checkpoint;
    }

    /** The library arguments of the command this is mixed into; null when it has none. */
    private LibraryArgs libraryArgs() {
        for (Map.Entry<String, CommandSpec> mixin : command.mixins().entrySet()) {
            if (mixin.getValue().userObject() instanceof LibraryArgs args) {
                return args;
            }
        }
        return null;
    }
}
