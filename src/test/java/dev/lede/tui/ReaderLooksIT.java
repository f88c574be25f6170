package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher in tmux: a terminal whose locale is not UTF-8 gets only ASCII bytes, {@code TERM=dumb} gets one
 * line and exit 2, a flag reaches the terminal whole, and the light theme its background.
 */
class ReaderLooksIT {

    private static final Path HOME = ReaderIT.HOME;
    private static final Path LIBRARY = HOME.resolve("src/test/resources/tui/library");

    @TempDir
    Path tmp;

    private String lede(String env, Path library) {
        return "env LEDE_CACHE_DIR=" + tmp.resolve("cache") + " " + env + " " + HOME.resolve("lede") + " read "
                + library;
    }

    @Test
    void underLangCTheReaderWritesOnlyAsciiBytes() throws Exception {
        Path log = tmp.resolve("bytes");
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            tmux.record(log);
            tmux.launch(lede("LANG=C LC_ALL=C", LIBRARY), tmp.resolve("stty"));
            String list = tmux.await("the list", s -> s.contains("3 stories") && s.contains("? help"));
            assertTrue(list.contains("*Tokyo ???? greets visitors with ?? and ?? at the gate"), list);
            assertTrue(list.contains("\"historic\" budget"), list);
            tmux.keys("Enter");
            tmux.await("the story", s -> s.contains("1/3"));
            tmux.keys("Tab", "Enter");
            String story = tmux.await("the folded section", s -> s.contains("> Context - 2 paragraphs, 2 quotes"));
            assertTrue(story.contains("Democratic Party's"), story);
            tmux.keys("q", "q");
            assertTrue(tmux.await("lede to exit", s -> s.contains("tty-restored")).contains("exit=0"));
        }
        byte[] bytes = Files.readAllBytes(log);
        int start = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\u001b[?1049h");
        assertTrue(start > 0, "the reader's screen was recorded");
        for (int i = start; i < bytes.length; i++) {
            assertTrue(bytes[i] >= 0, "byte " + i + " is not ASCII: " + (bytes[i] & 0xFF));
        }
    }

    @Test
    void termDumbGetsOneLineAndExitTwo() throws Exception {
        Path err = tmp.resolve("err");
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            tmux.launch(lede("TERM=dumb", LIBRARY) + " 2>" + err, tmp.resolve("stty"));
            String screen = tmux.await("lede to exit", s -> s.contains("tty-restored"));
            assertTrue(screen.contains("exit=2"), screen);
            assertEquals("0", tmux.format("#{alternate_on}"), "the screen was never taken");
        }
        assertEquals(List.of("lede: error: the reader needs a terminal that can move the cursor, and TERM=dumb says this"
                + " one cannot; use 'lede list' and 'lede show ID' here"), Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    @Test
    void aFlagReachesTheTerminalWholeAndTheLightThemeItsBackground() throws Exception {
        Path library = Files.createDirectories(tmp.resolve("flags"));
        Files.writeString(library.resolve("010_albania.txt"), "Albania 🇦🇱 joins, 🇫🇷🇩🇪 watch\n\nA paragraph.\n",
                StandardCharsets.UTF_8);
        Path config = tmp.resolve("config.yml");
        Files.writeString(config, "theme: light\n", StandardCharsets.UTF_8);
        try (Tmux tmux = new Tmux(HOME, 100, 30)) {
            tmux.launch(lede("LANG=C.UTF-8 LC_ALL= TERM=tmux-256color LEDE_CONFIG=" + config, library),
                    tmp.resolve("stty"));
            String list = tmux.await("the list", s -> s.contains("1 story") && s.contains("? help"));
            String row = list.lines().filter(l -> l.contains("Albania")).findFirst().orElseThrow();
            assertTrue(row.startsWith("●Albania 🇦🇱 joins, 🇫🇷🇩🇪 watch"), row);
            assertTrue(styled(tmux, "48;5;231"), "the light theme's background");
            tmux.keys("Enter");
            String story = tmux.await("the story", s -> s.contains("A paragraph."));
            assertTrue(story.contains("Albania 🇦🇱 joins, 🇫🇷🇩🇪 watch"), story);
            tmux.keys("q", "q");
            assertTrue(tmux.await("lede to exit", s -> s.contains("tty-restored")).contains("exit=0"));
        }
    }

    /** Whether the screen, read with its styles, comes to hold {@code text} within a few seconds. */
    private static boolean styled(Tmux tmux, String text) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String styled = tmux.screenWithStyles();
        while (!styled.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            styled = tmux.screenWithStyles();
        }
        return styled.contains(text);
    }
}
