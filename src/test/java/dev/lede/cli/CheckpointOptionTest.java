package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.StoryRef;
import dev.lede.state.Checkpoints;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code --checkpoint} and {@code --new-since-last} on a command of their own, parsed by picocli and run in-process
 * on temporary folders: what a run keeps, what its commit adds, names, damaged files, pruning.
 */
class CheckpointOptionTest {

    @TempDir
    Path home;

    private Path state;

    /** A command as list is: DIR… and the options. */
    @Command(name = "list")
    static final class Lister {
        @Mixin
        final LibraryArgs libraryArgs = new LibraryArgs.Folders();

        @Mixin
        final CheckpointOption checkpoint = new CheckpointOption();
    }

    @BeforeEach
    void installation() throws IOException {
        state = home.resolve("state");
        Files.createDirectories(home.resolve("seeds"));
        for (String name : List.of("001_a", "002_b", "003_c")) {
            story(home.resolve("seeds"), name);
        }
        Files.writeString(home.resolve("config.yml"), "# nothing set\n");
    }

    private static void story(Path dir, String name) throws IOException {
        Files.writeString(dir.resolve(name + ".txt"), "Story " + name + "\nIts lede.\n");
    }

    private CommandContext context() {
        return new CommandContext(home, Map.of("LEDE_CONFIG", home.resolve("config.yml").toString()), home,
                new Setup(null, "test", false, false).withFolders(home.resolve("data"), state),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    private static Lister parsed(String... args) {
        Lister lister = new Lister();
        new CommandLine(lister).parseArgs(args);
        return lister;
    }

    /** One run: the library, the new stories, and (when it succeeds) the commit of all of them. */
    private List<String> run(boolean succeeds, String... args) throws LibraryException {
        Lister command = parsed(args);
        CommandContext context = context();
        Library library = context.openLibrary(command.libraryArgs);
        List<StoryRef> fresh = command.checkpoint.keepNew(library.stories(), context);
        if (succeeds) {
            command.checkpoint.commit(fresh, library, context);
        }
        return fresh.stream().map(StoryRef::id).toList();
    }

    @Test
    void withoutTheOptionsEveryStoryIsKeptAndNothingWritten() throws LibraryException {
        Lister command = parsed();
        CommandContext context = context();
        Library library = context.openLibrary(command.libraryArgs);
        assertSame(library.stories(), command.checkpoint.keepNew(library.stories(), context));
        command.checkpoint.commit(library.stories(), library, context);
        assertFalse(Files.exists(state.resolve("checkpoints")));
    }

    @Test
    void aRunTakesWhatNoSuccessfulRunTookAndAFailedRunMovesNothing() throws Exception {
        assertEquals(List.of("a", "b", "c"), run(true, "--checkpoint", "daily"));
        assertEquals(List.of(), run(true, "--checkpoint", "daily"));
        story(home.resolve("seeds"), "000_dated_before_the_others");
        story(home.resolve("seeds"), "004_d");
        assertEquals(List.of("dated_before_the_others", "d"), run(false, "--checkpoint", "daily"));
        assertEquals(List.of("dated_before_the_others", "d"), run(true, "--checkpoint", "daily"),
                "a failed run leaves the checkpoint as it was");
        assertEquals(List.of(), run(true, "--checkpoint", "daily"));
        assertEquals(5, run(true, "--checkpoint", "weekly").size(), "another name, another checkpoint");
    }

    @Test
    void newSinceLastIsTheCheckpointNamedAfterTheCommand() throws Exception {
        assertEquals(3, run(true, "--new-since-last").size());
        assertTrue(Files.isRegularFile(state.resolve("checkpoints").resolve("list")));
        assertEquals(List.of(), run(true, "--checkpoint", "list"));
        assertEquals(List.of(), run(true, "--new-since-last"));
    }

    @Test
    void bothOptionsAtOnceAreAUsageError() {
        LedeException e = assertThrows(LedeException.class,
                () -> run(true, "--checkpoint", "daily", "--new-since-last"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("--checkpoint and --new-since-last cannot be used together", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--checkpoint=", "--checkpoint=..", "--checkpoint=../x", "--checkpoint=/etc/passwd",
            "--checkpoint=-x", "--checkpoint=.hidden", "--checkpoint=a\nb", "--checkpoint=a\0b",
            "--checkpoint=caf\u00e9", "--checkpoint=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aNameThatCannotBeAFileNameIsAUsageErrorSayingWhy(String option) {
        String name = option.substring("--checkpoint=".length());
        LedeException e = assertThrows(LedeException.class, () -> run(true, option));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("--checkpoint '" + name + "': " + Checkpoints.problem(name), e.getMessage());
        assertFalse(Files.exists(state.resolve("checkpoints")));
    }

    @Test
    void aDamagedCheckpointIsAnErrorNamingTheFileAndHowToStartAgain() throws Exception {
        run(true, "--checkpoint", "daily");
        Path file = state.resolve("checkpoints").resolve("daily");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        LedeException e = assertThrows(LedeException.class, () -> run(true, "--checkpoint", "daily"));
        assertEquals(ExitCode.INTERNAL, e.exitCode());
        assertEquals("cannot read the checkpoint: " + file + " is damaged: its check sum does not match: remove it"
                + " to start this checkpoint again (its next run then takes every story)", e.getMessage());
        Files.delete(file);
        assertEquals(3, run(true, "--checkpoint", "daily").size());
    }

    @Test
    void onTheWholeDefaultLibraryACommitDropsTheStoriesNoLongerThereAndOnFoldersGivenItKeepsThem()
            throws Exception {
        Path other = Files.createDirectories(home.resolve("other"));
        story(other, "009_elsewhere");
        assertEquals(List.of("elsewhere"), run(true, "--checkpoint", "c", other.toString()));
        assertEquals(3, run(true, "--checkpoint", "c").size()); // the default library: 009 is not in it
        assertEquals(List.of("elsewhere"), run(true, "--checkpoint", "c", other.toString()),
                "dropped by the run on the whole default library");
        Files.delete(home.resolve("seeds").resolve("003_c.txt"));
        assertEquals(List.of(), run(true, "--checkpoint", "c", other.toString()));
        story(home.resolve("seeds"), "003_c");
        assertEquals(List.of(), run(true, "--checkpoint", "c"), "a run on other folders drops nothing");
    }
}
