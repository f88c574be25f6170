package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code ./lede} in a tmux window, as a person would. */
class ReaderIT {

    static final Path HOME = Path.of(System.getenv().getOrDefault("LEDE_HOME", ".")).toAbsolutePath();

    @TempDir
    Path tmp;

    /** Starts lede after saving the terminal's settings, and prints its exit code and whether they came back. */
    private void launch(Tmux tmux, String args) throws IOException, InterruptedException {
        Path saved = tmp.resolve("stty");
        tmux.type("clear; stty -g > " + saved + "; LEDE_CACHE_DIR=" + tmp.resolve("cache") + " "
                + HOME.resolve("lede") + args
                + "; echo \"exit=$?\"; stty -g | cmp -s - " + saved + " && echo tty-''restored");
    }

    private static void assertRestored(Tmux tmux) throws IOException, InterruptedException {
        String screen = tmux.await("lede to exit", s -> s.contains("tty-restored") || s.contains("exit=")
                && s.lines().anyMatch(l -> l.startsWith("$ ") && l.length() == 2 || l.equals("$")));
        assertTrue(screen.contains("exit=0"), screen);
        tmux.awaitText("tty-restored");
        assertEquals("0", tmux.format("#{alternate_on}"), "back from the alternate screen");
        assertEquals("1", tmux.format("#{cursor_flag}"), "the cursor is visible again");
        assertFalse(tmux.screen().contains("? help"), tmux.screen());
    }

    /** The last line drawn: the footer once a frame is complete. */
    private static String footer(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Test
    void slashFiltersTheListAndNJumpsBetweenHighlightedMatches() throws Exception {
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            launch(tmux, " read " + HOME.resolve("src/test/resources/tui/library"));
            tmux.await("the list", s -> s.contains("3 stories") && s.contains("? help"));
            tmux.keys("/");
            tmux.keys("parliament".split(""));
            String filtered = tmux.await("the full-text hit", s -> footer(s).contains("2 matches")
                    && !footer(s).contains("searching"));
            assertTrue(filtered.contains("Parliament passes"), filtered);
            assertTrue(filtered.indexOf("Parliament passes") < filtered.indexOf("Albania joins"), filtered);
            assertFalse(filtered.contains("Tokyo"), filtered);

            tmux.keys("Enter", "j", "Enter");
            tmux.await("the story", s -> s.contains("2/2") && footer(s).contains("match"));
            tmux.keys("n");
            tmux.await("the first match", s -> footer(s).contains("match 1/")); // Parliament, parliamentary…
            String styled = tmux.screenWithStyles();
            assertTrue(styled.lines().anyMatch(l -> l.matches(".*\u001b\\[7m(\u001b\\[[0-9;]*m)*[Pp]arliament.*")),
                    "the match is reversed:\n" + styled.replace('\u001b', '^'));

            tmux.keys("q");
            tmux.await("the filtered list", s -> footer(s).contains("/parliament"));
            tmux.keys("Escape");
            tmux.await("the whole list", s -> s.contains("Tokyo"));
            tmux.keys("q");
            assertRestored(tmux);
        }
    }

    @Test
    void opensTheSeedStoryFoldsAndUnfoldsASectionAndQuits() throws Exception {
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            launch(tmux, "");
            String list = tmux.await("the list", s -> s.contains("1 story") && s.contains("? help"));
            assertTrue(list.contains("Albania joins Israel Allies Group"), list);
            assertTrue(list.contains("seeds"), list);

            tmux.keys("Enter");
            String story = tmux.await("the story", s -> s.contains("▾ Context") && footer(s).endsWith("%"));
            assertTrue(story.contains("▾ Why is this important"), story);
            assertTrue(footer(story).matches(" H help .* \\d+%"), "position in the footer:\n" + story);
            String styled = tmux.screenWithStyles();
            String quoteLine = styled.lines().filter(l -> l.contains("“The fact")).findFirst().orElseThrow();
            assertTrue(quoteLine.contains("\u001b[33m"), "the quote is yellow: " + quoteLine.replace('\u001b', '^'));

            tmux.keys("Tab", "Enter");
            tmux.await("Context folded", s -> s.contains("▸ Context — 2 paragraphs, 2 quotes")
                    && !s.contains("“The fact"));

            tmux.keys("Enter");
            tmux.await("Context unfolded", s -> s.contains("▾ Context") && !s.contains("▸")
                    && s.contains("“The fact"));

            tmux.keys("-");
            tmux.await("every section folded", s -> s.contains("▸ Why is this important — 1 paragraph")
                    && s.contains("▸ Context — 2 paragraphs, 2 quotes")
                    && s.contains("▸ International reaction — 2 paragraphs") && footer(s).endsWith("100%"));
            tmux.keys("+");
            tmux.await("every section unfolded", s -> s.contains("▾ Context") && !s.contains("▸")
                    && s.contains("“The fact"));

            tmux.keys("q");
            tmux.await("the list again", s -> s.contains("1 story") && footer(s).contains("q quit"));
            tmux.keys("q");
            assertRestored(tmux);
        }
    }

    @Test
    void emojiAndCjkKeepTheLayoutOnARealTerminal() throws Exception {
        Path config = tmp.resolve("columns.yml");
        Files.writeString(config, "list:\n  show_sections: true\n", StandardCharsets.UTF_8); // a column on every row
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            launch(tmux, " --config " + config + " read src/test/resources/tui/library");
            String list = tmux.await("the list", s -> s.contains("3 stories") && footer(s).contains("skipped"));
            assertFalse(list.contains("??"), list);
            List<String> rows = list.lines().skip(1).limit(3).toList();
            assertTrue(rows.get(1).contains("Tokyo 東京 greets visitors with 😀 and 🎉 at the gate"), list);
            for (String row : rows) {
                assertEquals(99, Glyphs.width(row.stripTrailing()), "right-aligned at the same column:\n" + list);
            }
            assertEquals(99, Glyphs.width(footer(list).stripTrailing()), list);

            tmux.keys("j", "Enter");
            String story = tmux.await("the Tokyo story", s -> s.contains("“ようこそ 😀 welcome to the station.”")
                    && footer(s).endsWith("%"));
            assertFalse(story.contains("??"), story);
            assertEquals(99, Glyphs.width(footer(story)), "the footer keeps its right edge:\n" + story);
            assertTrue(story.lines().anyMatch(l -> l.equals("    日本語の案内表示は駅ごとに違います。とても長い行なので折り返しが必要です。")),
                    story);

            tmux.resize(40, 12);
            String narrow = tmux.await("a 40-column layout", s -> s.lines().allMatch(l -> Glyphs.width(l) <= 40)
                    && s.lines().anyMatch(l -> l.endsWith("2/3")) && footer(s).endsWith("%"));
            assertTrue(narrow.lines().filter(l -> !l.isBlank()).count() > 3, narrow);

            tmux.resize(20, 5);
            tmux.await("a 20x5 layout", s -> s.lines().anyMatch(l -> l.endsWith("2/3") && Glyphs.width(l) <= 20));

            tmux.keys("C-c");
            assertRestored(tmux);
        }
    }

    @Test
    void theReaderKeepsToTheStorySizeLimitOfThePreferences() throws Exception {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Files.writeString(lib.resolve("001_small.txt"), "Small story\n\nIts lede.\n");
        Files.writeString(lib.resolve("002_big.txt"), "Big story\n\n" + "A long paragraph. ".repeat(120_000));
        Path config = Files.writeString(tmp.resolve("config.yml"), "limits:\n  story_mb: 1\n");
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            launch(tmux, " --config " + config + " read " + lib);
            String list = tmux.await("the list", s -> s.contains("1 story") && footer(s).contains("1 skipped (w)"));
            assertFalse(list.contains("Big story"), list);
            tmux.keys("w");
            tmux.await("the warning", s -> s.contains("002_big.txt: skipped: larger than 1 MiB"));
            tmux.keys("q", "q");
            assertRestored(tmux);
        }
    }

    @Test
    void withoutATerminalTheLauncherSaysSoAndExits2() throws Exception {
        Path out = tmp.resolve("out");
        Path err = tmp.resolve("err");
        Process process = new ProcessBuilder(HOME.resolve("lede").toString()).directory(HOME.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        assertEquals("", Files.readString(out, StandardCharsets.UTF_8));
        String message = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("lede list") && message.contains("lede export"), message);
    }
}
