package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Commands get their context through their constructor; a command can be run alone on a context of its own. */
class CommandFactoryTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandContext context() {
        return new CommandContext(home, Map.of(), home, Setup.NONE, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void aCommandBuiltByTheFactoryRunsOnTheContextItWasGiven() throws IOException {
        Files.createDirectories(home.resolve("seeds"));
        Files.writeString(home.resolve("seeds").resolve("001_seed.txt"), "A seed\nIts lede.\n");
        int code = new CommandLine(ListCommand.class, new CommandFactory(context())).execute("--format", "tsv");
        assertEquals(ExitCode.OK, code, err.toString());
        assertEquals("1\tseed\tA seed\t0\n", out.toString());
    }

    @Test
    void whatTakesNoContextIsBuiltAsPicocliWould() throws Exception {
        CommandFactory factory = new CommandFactory(context());
        assertInstanceOf(ListCommand.OrderConverter.class, factory.create(ListCommand.OrderConverter.class));
        assertInstanceOf(CommandLine.HelpCommand.class, factory.create(CommandLine.HelpCommand.class));
    }

    @Test
    void foldersGivenAfterTheIdOrTheQueryReachTheLibraryArgsAsFoldersAloneDo() {
        CommandFactory factory = new CommandFactory(context());
        ShowCommand show = parsed(new CommandLine(ShowCommand.class, factory), "an-id", "a", "b");
        assertEquals(List.of(Path.of("a"), Path.of("b")), show.libraryArgs.dirs());
        assertEquals("an-id", show.id);
        SearchCommand search = parsed(new CommandLine(SearchCommand.class, factory), "--strict", "words", "a");
        assertEquals(List.of(Path.of("a")), search.libraryArgs.dirs());
        assertEquals(true, search.libraryArgs.strict);
        ListCommand list = parsed(new CommandLine(ListCommand.class, factory), "a", "b");
        assertEquals(List.of(Path.of("a"), Path.of("b")), list.libraryArgs.dirs());
        ReadCommand read = parsed(new CommandLine(ReadCommand.class, factory));
        assertEquals(List.of(), read.libraryArgs.dirs());
    }

    private static <T> T parsed(CommandLine cmd, String... args) {
        cmd.parseArgs(args);
        return cmd.getCommand();
    }
}
