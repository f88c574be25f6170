package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context the commands run with, built on temporary folders as a test builds its own. */
class CommandContextTest {

    @TempDir
    Path home;

    @TempDir
    Path cache;

    private final StringWriter err = new StringWriter();
    private Path config;

    @BeforeEach
    void installation() throws IOException {
        Files.createDirectories(home.resolve("seeds"));
        Files.writeString(home.resolve("seeds").resolve("001_seed.txt"), "A seed\nIts lede.\n");
        config = home.resolve("config.yml");
    }

    private CommandContext context() {
        return new CommandContext(home, Map.of("LEDE_CONFIG", config.toString()), home,
                new Setup(cache, "test", false, false), new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    private static LibraryArgs folders(Path... dirs) {
        LibraryArgs args = new LibraryArgs();
        args.dirs(List.of(dirs));
        return args;
    }

    @Test
    void withoutFoldersOrPreferencesTheLibraryIsTheSeedsOfTheInstallation() throws IOException, LibraryException {
        Files.writeString(config, "# nothing set\n");
        Library library = context().openLibrary(new LibraryArgs());
        assertEquals(List.of("A seed"), library.stories().stream().map(s -> s.title()).toList());
        assertEquals("", err.toString());
    }

    @Test
    void theLibraryOfThePreferencesComesBeforeTheSeedsAndFoldersGivenBeforeBoth() throws IOException,
            LibraryException {
        Path news = Files.createDirectories(home.resolve("news"));
        Files.writeString(news.resolve("001_news.txt"), "News\nIts lede.\n");
        Path other = Files.createDirectories(home.resolve("other"));
        Files.writeString(other.resolve("001_other.txt"), "Other\nIts lede.\n");
        Files.writeString(config, "library: [news]\n");
        assertEquals("News", context().openLibrary(new LibraryArgs()).stories().get(0).title());
        assertEquals("Other", context().openLibrary(folders(other)).stories().get(0).title());
    }

    @Test
    void theStoreIsLoadedOnceAndItsWarningsPrintedOnce() throws IOException {
        Files.writeString(config, "colours: {}\n");
        CommandContext context = context();
        assertSame(context.store(), context.store());
        assertEquals(1, err.toString().lines().filter(line -> line.contains("unknown key 'colours'")).count(),
                err.toString());
    }

    @Test
    void aPreferencesFileThatCannotBeUsedIsAConfigError() throws IOException {
        Files.writeString(config, "list:\n  sort: size\n");
        LedeException e = assertThrows(LedeException.class, () -> context().openLibrary(new LibraryArgs()));
        assertEquals(ExitCode.CONFIG, e.exitCode());
    }

    @Test
    void noCacheGivenLeavesTheContextWithoutACacheFolder() {
        CommandContext context = context();
        assertEquals(cache, context.cacheDir());
        context.options().noCache = true;
        assertNull(context.cacheDir());
    }

    @Test
    void configGivenNamesThePreferencesFile() {
        CommandContext context = context();
        Path given = home.resolve("given.yml");
        context.options().configFile = given;
        assertEquals(given, context.location().path());
    }

    @Test
    void aSkippedFileIsAWarningAndWithStrictALibraryError() throws IOException, LibraryException {
        Files.writeString(config, "limits:\n  story_mb: 1\n");
        Files.writeString(home.resolve("seeds").resolve("002_big.txt"), "Big\n\n" + "x".repeat(2 * 1024 * 1024));
        assertEquals(1, context().openLibrary(new LibraryArgs()).stories().size());
        assertEquals(1, err.toString().lines().filter(line -> line.startsWith("lede: warning: ")
                && line.contains("002_big.txt: skipped")).count(), err.toString());
        LibraryArgs strict = new LibraryArgs();
        strict.strict = true;
        LedeException e = assertThrows(LedeException.class, () -> context().openLibrary(strict));
        assertEquals(ExitCode.LIBRARY, e.exitCode());
        assertEquals("1 file(s) skipped (--strict)", e.getMessage());
    }

    @Test
    void theReaderOpensTheLibraryQuietlyAndIsToldHowFarLoadingHasCome() throws IOException, LibraryException {
        Files.writeString(config, "limits:\n  story_mb: 1\n");
        Files.writeString(home.resolve("seeds").resolve("002_big.txt"), "Big\n\n" + "x".repeat(2 * 1024 * 1024));
        List<Integer> told = new ArrayList<>();
        Library library = context().openLibraryQuietly(new LibraryArgs(), (done, total) -> told.add(total));
        assertEquals(1, library.problems().size(), library.problems().toString());
        assertEquals("", err.toString());
        assertEquals(List.of(2), told.stream().distinct().toList());
    }

    @Test
    void anEmptyLibrarySaysWhichPreferenceNamedIt() throws IOException {
        Files.createDirectories(home.resolve("empty"));
        Files.writeString(config, "library: [empty]\n");
        LedeException e = assertThrows(LedeException.class, () -> context().openLibrary(new LibraryArgs()));
        assertEquals(ExitCode.LIBRARY, e.exitCode());
        assertEquals("no stories in " + home.resolve("empty") + " (set by library in " + config + ")",
                e.getMessage());
    }
}
