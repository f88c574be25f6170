package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./lede} in tmux: stories read and starred in the reader are still read and starred after a
 * restart (the state lives in {@code $XDG_STATE_HOME/lede}).
 */
class ReadStateIT {

    @TempDir
    Path tmp;

    private void launch(Tmux tmux) throws Exception {
        tmux.type("clear; XDG_STATE_HOME=" + tmp.resolve("state") + " XDG_CONFIG_HOME=" + tmp.resolve("config")
                + " XDG_DATA_HOME=" + tmp.resolve("data") + " LEDE_CACHE_DIR=" + tmp.resolve("cache") + " "
                + ReaderIT.HOME.resolve("lede") + " read " + ReaderIT.HOME.resolve("src/test/resources/tui/library")
                + "; echo \"exit=$?\"");
    }

    /** The row of the list that holds the text. */
    private static String row(String screen, String text) {
        return screen.lines().filter(l -> l.contains(text)).findFirst().orElseThrow(() -> new AssertionError(
                "no row with " + text + ":\n" + screen));
    }

    @Test
    void storiesMarkedInTheReaderAreStillMarkedAfterARestart() throws Exception {
        try (Tmux tmux = new Tmux(ReaderIT.HOME, 100, 30)) {
            launch(tmux);
            tmux.await("the list", s -> s.contains("3 unread of 3 stories") && s.contains("? help"));
            tmux.keys("Enter");
            tmux.await("the first story", s -> s.contains("1/3"));
            tmux.keys("q");
            tmux.await("the list, one story read", s -> s.contains("2 unread of 3 stories"));
            tmux.keys("j", "s");
            tmux.await("tokyo starred", s -> row(s, "Tokyo").contains(ListScreen.STAR));
            tmux.keys("q");
            String end = tmux.awaitExit();
            assertTrue(end.contains("exit=0"), end);

            launch(tmux);
            String list = tmux.await("the list again", s -> s.contains("of 3 stories") && s.contains("? help"));
            assertTrue(list.contains("2 unread of 3 stories"), "the story read before is read:\n" + list);
            assertFalse(row(list, "Albania").startsWith(ListScreen.UNREAD), list);
            assertTrue(row(list, "Parliament").startsWith(ListScreen.UNREAD), list);
            assertTrue(row(list, "Tokyo").startsWith(ListScreen.UNREAD + ListScreen.STAR + " Tokyo"),
                    "unread and starred:\n" + list);
            tmux.keys("U");
            String unread = tmux.await("only unread", s -> s.contains("unread only"));
            assertFalse(unread.contains("Albania"), unread);
            tmux.keys("q");
            assertTrue(tmux.awaitExit().contains("exit=0"));
        }
    }
}
