package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code lede config …} and {@code --config}, in-process, with a private home folder and environment. */
class ConfigCommandTest {

    @TempDir
    Path dir;

    Path install;
    Path user;
    Path xdgFile;
    Map<String, String> env;

    @BeforeEach
    void folders() throws IOException {
        install = Files.createDirectories(dir.resolve("install"));
        Files.createDirectories(install.resolve("seeds"));
        Files.copy(Path.of("seeds/000_df008af81b2ca71f.txt"), install.resolve("seeds/000_df008af81b2ca71f.txt"));
        user = Files.createDirectories(dir.resolve("user"));
        env = Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        xdgFile = dir.resolve("xdg/lede/config.yml");
    }

    private CliRun run(String... args) {
        return CliRun.run(install, env, user, args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void pathWithNoFileSaysTheDefaultsAreInUseAndWhereASaveGoes() {
        CliRun r = run("config", "path");
        assertEquals(0, r.code(), r.err());
        assertEquals(xdgFile + "\n", r.out());
        assertEquals("lede: no preferences file: the built-in defaults are in use; 'lede config set' creates the file"
                + " above\n", r.err());
    }

    @Test
    void pathPrintsTheFileInUse() throws IOException {
        Files.createDirectories(xdgFile.getParent());
        Files.writeString(xdgFile, "theme: dark\n");
        assertEquals(new CliRun(0, xdgFile + "\n", ""), run("config", "path"));
        Path other = write("other.yml", "theme: mono\n");
        assertEquals(new CliRun(0, other + "\n", ""), run("config", "path", "--config", other.toString()));
        assertEquals(new CliRun(0, other + "\n", ""), CliRun.run(install, Map.of("LEDE_CONFIG", other.toString()),
                user, "config", "path"));
    }

    @Test
    void setCreatesTheFileFromTheDocumentedDefaultsThenGetAndShowReadIt() throws IOException {
        CliRun set = run("config", "set", "keys.collapse_all", "-", "z");
        assertEquals(0, set.code(), set.err());
        assertEquals("keys.collapse_all: ['-', z] (saved to " + xdgFile + ")\n", set.out());
        assertEquals("", set.err());
        assertTrue(Files.readString(xdgFile).contains("\n  collapse_all: ['-', z]\n"));
        assertTrue(Files.readString(xdgFile).startsWith("# lede preferences\n"));

        assertEquals(new CliRun(0, "-\nz\n", ""), run("config", "get", "keys.collapse_all"));
        assertEquals(new CliRun(0, "default\n", ""), run("config", "get", "theme"));
        assertEquals(new CliRun(0, "", ""), run("config", "get", "library"));
        CliRun show = run("config", "show");
        assertEquals(0, show.code());
        List<String> lines = show.out().lines().toList();
        // + 11 keys of reading state, 4 keys and links.osc8 of links and reload, 2 colours and 3 keys of story search,
        // 2 keys of half pages, 3 list columns
        assertEquals(39 + 11 + 5 + 5 + 2 + 3, lines.size());
        assertEquals("library: []", lines.get(0));
        assertTrue(lines.contains("keys.collapse_all: ['-', z]"), show.out());
        assertTrue(lines.contains("colors.quote: theme"), show.out());
        assertTrue(lines.contains("export.format: json"), show.out());
    }

    @Test
    void setRefusesAValueNotAllowedOrAnUnknownKeyWithExitTwo() {
        CliRun bad = run("config", "set", "reader.width", "5");
        assertEquals(new CliRun(2, "", "lede: error: reader.width: expected 0 or a whole number from 20 to 1000, "
                + "got '5'\n"), bad);
        CliRun unknown = run("config", "set", "colours.quote", "red");
        assertEquals(new CliRun(2, "", "lede: error: unknown preference 'colours.quote' (did you mean "
                + "'colors.quote'?); 'lede config show' lists them all\n"), unknown);
        assertEquals(2, run("config", "get", "nope").code());
        assertEquals(2, run("config", "set", "theme").code());
        assertTrue(!Files.exists(xdgFile));
    }

    @Test
    void anEmptyOrBlankKeyIsShownAsTyped() {
        assertEquals(new CliRun(2, "", "lede: error: unknown preference ''; 'lede config show' lists them all\n"),
                run("config", "get", ""));
        assertEquals(new CliRun(2, "", "lede: error: unknown preference ' '; 'lede config show' lists them all\n"),
                run("config", "set", " ", "x"));
        assertEquals(new CliRun(2, "", "lede: error: unknown preference '\\u000A'; 'lede config show' lists them"
                + " all\n"), run("config", "get", "\n"));
    }

    @Test
    void setOnAFileThatDoesNotParseIsExitFourAndLeavesTheFile() throws IOException {
        Path file = write("bad.yml", "theme: [dark\n");
        CliRun r = run("--config", file.toString(), "config", "set", "theme", "light");
        assertEquals(4, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("lede: error: cannot save theme: " + file + ":2:1: not valid YAML: "), r.err());
        assertEquals("theme: [dark\n", Files.readString(file));
    }

    @Test
    void setMendsABadValueThatStopsEveryOtherCommand() throws IOException {
        Path file = write("bad.yml", "reader:\n  width: 5\n");
        assertEquals(4, run("config", "show", "--config", file.toString()).code());
        assertEquals(0, run("config", "set", "reader.width", "0", "--config", file.toString()).code());
        assertEquals(0, run("config", "show", "--config", file.toString()).code());
    }

    @Test
    void checkIsZeroForAUsableFileAndFourWithOneLineForABadOne() throws IOException {
        Path good = write("good.yml", "theme: dark\ncolours: {quote: red}\n");
        CliRun ok = run("config", "check", good.toString());
        assertEquals(new CliRun(0, good + ": ok\n", "lede: warning: " + good + ":2:1: unknown key 'colours' (did you "
                + "mean 'colors'?); ignored\n"), ok);

        Path bad = write("bad.yml", "theme: dark\nlist:\n  sort: size\n");
        assertEquals(new CliRun(4, "", "lede: error: " + bad + ":3:9: list.sort: unknown value 'size'; allowed: "
                + "file, title, date, feed\n"), run("config", "check", bad.toString()));
        assertEquals(4, run("config", "check", dir.resolve("missing.yml").toString()).code());
        assertEquals(new CliRun(0, "no preferences file: the built-in defaults are in use\n", ""),
                run("config", "check"));
        assertEquals(4, run("--config", bad.toString(), "config", "check").code());
    }

    @Test
    void configAloneShowsItsUsageWithExitTwo() {
        CliRun r = run("config");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Commands:") && r.err().contains("check"), r.err());
    }

    /** A bad preferences file stops every command that uses preferences, with exit 4 and the one-line reason. */
    @ParameterizedTest
    @ValueSource(strings = {"list", "show df008af81b2ca71f", "show df008af81b2ca71f seeds", "export",
            "export seeds", "config show", "config get theme", "config path"})
    void aBadPreferencesFileMakesEveryCommandExitFour(String command) throws IOException {
        Path bad = write("bad.yml", "theme: blue\n");
        String[] words = command.isEmpty() ? new String[0] : command.split(" ");
        CliRun r = CliRun.run(install, Map.of("LEDE_CONFIG", bad.toString()), user, words);
        assertEquals(4, r.code(), r.err());
        assertTrue(r.err().endsWith("lede: error: " + bad + ":1:8: theme: unknown value 'blue'; allowed: default,"
                + " dark, light, mono\n"), r.err());
    }

    @Test
    void anUnknownKeyIsAWarningOnceAndTheCommandGoesOn() throws IOException {
        Path file = write("typo.yml", "them: dark\n");
        CliRun r = run("--config", file.toString(), "list", "--format", "tsv");
        assertEquals(0, r.code());
        assertEquals("lede: warning: " + file + ":1:1: unknown key 'them' (did you mean 'theme'?); ignored\n",
                r.err());
    }

    @Test
    void theListUsesTheSortOrderOfThePreferencesUnlessSortIsGiven() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("001_b.txt"), "---\ndate: 2025-01-01\n---\nBravo\n");
        Files.writeString(lib.resolve("002_a.txt"), "---\ndate: 2025-06-01\n---\nalpha\n");
        Files.writeString(lib.resolve("003_c.txt"), "Charlie\n"); // no date: its file's time, older than both
        Files.setLastModifiedTime(lib.resolve("003_c.txt"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertEquals("1\tb\tBravo\t0\n2\ta\talpha\t0\n3\tc\tCharlie\t0\n", run("list", "-f", "tsv", lib.toString())
                .out());
        Path file = write("sorted.yml", "list:\n  sort: title\n");
        assertEquals("1\ta\talpha\t0\n2\tb\tBravo\t0\n3\tc\tCharlie\t0\n",
                run("--config", file.toString(), "list", "-f", "tsv", lib.toString()).out());
        assertEquals("1\ta\talpha\t0\n2\tb\tBravo\t0\n3\tc\tCharlie\t0\n",
                run("list", "-f", "tsv", "--sort", "date", lib.toString()).out());
        assertEquals("1\tb\tBravo\t0\n2\ta\talpha\t0\n3\tc\tCharlie\t0\n",
                run("--config", file.toString(), "list", "-f", "tsv", "--sort", "file", lib.toString()).out());
    }

    @Test
    void exportUsesTheFormatAndWidthOfThePreferencesWhenNoOptionIsGiven() throws IOException {
        Path file = write("md.yml", "export:\n  format: markdown\n");
        CliRun md = run("export", "--config", file.toString());
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# Albania joins Israel Allies Group"), md.out());
        CliRun json = run("export", "--config", file.toString(), "--format", "json");
        assertTrue(json.out().startsWith("["), json.out());
        assertTrue(run("export").out().startsWith("["));

        Path text = write("text.yml", "export: {format: text, width: 30}\n");
        List<String> lines = run("export", "--config", text.toString()).out().lines().toList();
        assertEquals(30, lines.stream().mapToInt(String::length).max().orElseThrow(), String.join("\n", lines));
        List<String> wide = run("export", "--config", text.toString(), "--width", "100").out().lines().toList();
        assertTrue(wide.stream().anyMatch(l -> l.length() > 30));
    }

    @Test
    void showWrapsTextAtTheWidthOfThePreferencesUnlessWidthIsGiven() throws IOException {
        Path text = write("text.yml", "export: {width: 30}\n");
        List<String> narrow = run("show", "df008af81b2ca71f", "--config", text.toString()).out().lines().toList();
        assertEquals(30, narrow.stream().mapToInt(String::length).max().orElseThrow(), String.join("\n", narrow));
        List<String> wide = run("show", "df008af81b2ca71f", "--config", text.toString(), "-w", "100").out().lines()
                .toList();
        assertTrue(wide.stream().anyMatch(l -> l.length() > 80), String.join("\n", wide));
        CliRun tooNarrow = run("show", "df008af81b2ca71f", "-w", "19");
        assertEquals(new CliRun(2, "", "lede: error: --width must be at least 20, not 19\n"), tooNarrow);
    }

    @Test
    void theLibraryFoldersOfThePreferencesAreUsedWhenNoFolderIsGiven() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("conf/stories"));
        Files.writeString(lib.resolve("001_mine.txt"), "My story\n");
        Path news = Files.createDirectories(user.resolve("news"));
        Files.writeString(news.resolve("002_home.txt"), "Home story\n");
        Path file = write("conf/config.yml", "library: [stories, ~/news]\n");
        assertEquals("1\tmine\tMy story\t0\n2\thome\tHome story\t0\n",
                run("--config", file.toString(), "list", "-f", "tsv").out());
    }

    /** A library folder of the preferences that fails says which preference of which file named it. */
    @Test
    void aLibraryFolderOfThePreferencesThatFailsNamesThePreferenceAndTheFile() throws IOException {
        Files.createDirectories(dir.resolve("conf"));
        Path gone = write("conf/gone.yml", "library: [gone]\n");
        CliRun missing = run("--config", gone.toString(), "list");
        assertEquals(new CliRun(3, "", "lede: error: library folder not found: " + dir.resolve("conf/gone")
                + " (set by library in " + gone + ")\n"), missing);
        Files.createDirectories(dir.resolve("conf/empty"));
        Path empty = write("conf/empty.yml", "library: [empty]\n");
        assertEquals(new CliRun(3, "", "lede: error: no stories in " + dir.resolve("conf/empty")
                + " (set by library in " + empty + ")\n"), run("--config", empty.toString(), "list"));
        CliRun given = run("--config", gone.toString(), "list", dir.resolve("conf/nowhere").toString());
        assertEquals("lede: error: library folder not found: " + dir.resolve("conf/nowhere") + "\n", given.err(),
                "a folder given on the command line is the user's own");
    }

    /** As on the preferences screen: a library folder that is not a folder is refused, and nothing is saved. */
    @Test
    void setRefusesALibraryFolderThatIsNoFolder() throws Exception {
        Files.createDirectories(dir.resolve("news"));
        Path file = write("config.yml", "# mine\nlibrary: [news]\n");
        Path fifo = dev.lede.Fifo.make(dir.resolve("pipe"));
        Path story = write("story.txt", "A story\n");
        for (String folder : List.of("missing", fifo.toString(), story.toString(), "~/nowhere")) {
            CliRun r = run("--config", file.toString(), "config", "set", "library", "news", folder);
            Path path = folder.startsWith("~/") ? user.resolve("nowhere") : dir.resolve(folder);
            assertEquals(new CliRun(2, "", "lede: error: no such folder: " + path + "; library not saved\n"), r,
                    folder);
        }
        assertEquals("# mine\nlibrary: [news]\n", Files.readString(file));
        Files.createDirectories(dir.resolve("more"));
        assertEquals(0, run("--config", file.toString(), "config", "set", "library", "news", "more").code());
        assertEquals(0, run("--config", file.toString(), "config", "set", "library", "[]").code());
    }

    @Test
    void aPreferencesFileThatIsALoopOfLinksIsSaidToBeOne() throws IOException {
        Path loop = dir.resolve("loop.yml");
        Files.createSymbolicLink(loop, loop.getFileName());
        assertEquals(new CliRun(4, "", "lede: error: " + loop + ": a loop of symbolic links, not a preferences file\n"),
                CliRun.run(install, Map.of("LEDE_CONFIG", loop.toString()), user, "list"));
    }

    /** Issue 16: {@code config set keys.next_story j} exited 0 and {@code config check} said ok. */
    @Test
    void setRefusesAKeyThatWouldDoTwoThingsOnOneScreenWithExitTwoLikeAnyValueNotAllowed() throws IOException {
        CliRun clash = run("config", "set", "keys.next_story", "j");
        assertEquals(new CliRun(2, "", "lede: error: keys.next_story: 'j' is also bound to keys.down in a story; a key"
                + " does one thing on a screen\n"), clash);
        assertTrue(!Files.exists(xdgFile), "nothing saved");
        CliRun global = run("config", "set", "keys.links", "t");
        assertEquals(2, global.code(), global.err());
        assertTrue(global.err().contains("'t' is also bound to keys.theme on the story list"), global.err());
        assertEquals(0, run("config", "set", "keys.warnings", "n").code(), "n is next_match in a story only");
        assertEquals(0, run("config", "set", "keys.down", "Down").code());
        assertEquals(0, run("config", "set", "keys.next_story", "j").code(), "j freed first");
    }

    @Test
    void checkRefusesAFileWithAKeyOfTwoActionsOnOneScreenWithExitFourAndSetMendsIt() throws IOException {
        Path file = write("clash.yml", "keys:\n  down: [Down, j, k]\n");
        assertEquals(new CliRun(4, "", "lede: error: " + file + ":2:9: keys.down: 'k' is also bound to keys.up on the"
                + " story list; a key does one thing on a screen\n"), run("config", "check", file.toString()));
        CliRun still = run("--config", file.toString(), "config", "set", "keys.down", "Down", "j", "k");
        assertEquals(2, still.code(), still.err());
        assertEquals(0, run("--config", file.toString(), "config", "set", "keys.down", "Down", "j").code());
        assertEquals(new CliRun(0, file + ": ok\n", ""), run("config", "check", file.toString()));
    }
}
