package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.library.LibraryException;
import dev.lede.library.LibraryLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library by group: three feed folders as {@code lede fetch} writes them ({@code <data>/feeds/<feed>/}), alpha
 * with two stories, beta with three, an empty gamma, and delta with one.
 */
class ReaderGroupsTest {

    @TempDir
    Path tmp;

    private VirtualReader reader() throws IOException, LibraryException {
        Path feeds = tmp.resolve("data/feeds");
        List<Path> folders = List.of(feeds.resolve("alpha"), feeds.resolve("beta"), feeds.resolve("gamma"),
                feeds.resolve("delta"));
        write(folders.get(0), "a1", "a2");
        write(folders.get(1), "b1", "b2", "b3");
        Files.createDirectories(folders.get(2));
        write(folders.get(3), "d1");
        return new VirtualReader(LibraryLoader.load(folders), 80, 24, ReaderOptions.defaults());
    }

    private static void write(Path folder, String... ids) throws IOException {
        Files.createDirectories(folder);
        for (String id : ids) {
            Files.writeString(folder.resolve("001_" + id + ".txt"), "Story " + id + "\n\nText of " + id + ".\n",
                    StandardCharsets.UTF_8);
        }
    }

    private static String header(VirtualReader reader) {
        return reader.rows().get(0);
    }

    private static String footer(VirtualReader reader) {
        return reader.rows().get(23);
    }

    /** The titles listed, in order. */
    private static List<String> titles(VirtualReader reader) {
        return reader.rows().subList(1, 23).stream().filter(r -> r.contains("Story ")).map(r -> r.substring(
                r.indexOf("Story "), r.indexOf("Story ") + 8)).toList();
    }

    @Test
    void capitalFListsEachGroupWithItsCounts() throws Exception {
        VirtualReader reader = reader().press("F");
        assertInstanceOf(GroupsScreen.class, reader.app.view());
        reader.assertSnapshot("groups-80x24");
        reader.press("F");
        assertInstanceOf(ListScreen.class, reader.app.view(), "F again is back to the list");
        reader.press("F", "q");
        assertInstanceOf(ListScreen.class, reader.app.view(), "so is q");
        assertTrue(reader.app.running());
    }

    @Test
    void enterShowsTheStoriesOfOneGroupAndEscEveryStoryAgain() throws Exception {
        VirtualReader reader = reader().press("F", "j", "j", "Enter");
        assertInstanceOf(ListScreen.class, reader.app.view());
        assertEquals(List.of("Story b1", "Story b2", "Story b3"), titles(reader));
        assertTrue(header(reader).startsWith(" lede  beta") && header(reader).endsWith("3 unread of 3 stories"),
                header(reader));
        assertTrue(footer(reader).contains("← all  F groups") && !footer(reader).contains("quit"), footer(reader));
        reader.press("Esc");
        assertEquals(6, titles(reader).size(), reader.text());
        assertTrue(header(reader).endsWith("6 unread of 6 stories"), header(reader));
        reader.press("F", "G", "Enter", "q");
        assertTrue(reader.app.running(), "q leaves the group before it quits");
        reader.press("F", "g", "Enter");
        assertEquals(6, titles(reader).size(), "the first row is every story");
    }

    @Test
    void capitalJAndKMoveFromGroupToGroupSkippingEmptyOnes() throws Exception {
        VirtualReader reader = reader().press("J");
        assertEquals(List.of("Story a1", "Story a2"), titles(reader));
        reader.press("J", "J");
        assertEquals(List.of("Story d1"), titles(reader), "gamma has no stories");
        reader.press("J");
        assertTrue(footer(reader).contains("last group"), footer(reader));
        reader.press("K");
        assertEquals(List.of("Story b1", "Story b2", "Story b3"), titles(reader));
        reader.press("K", "K");
        assertEquals(6, titles(reader).size(), "before the first group: every story");
        reader.press("K");
        assertTrue(footer(reader).contains("first group"), footer(reader));
    }

    @Test
    void bracketPastTheLastUnreadOfAGroupGoesToTheNextGroupWithUnread() throws Exception {
        VirtualReader reader = reader().press("J", "J", "A").press("K");
        assertEquals(List.of("Story a1", "Story a2"), titles(reader));
        reader.press("]");
        reader.press("]");
        assertEquals(List.of("Story d1"), titles(reader), "beta is read, gamma empty: " + reader.text());
        assertTrue(header(reader).contains("delta"), header(reader));
        reader.press("]");
        assertTrue(footer(reader).contains("no unread story below"), footer(reader));
        reader.press("[");
        assertEquals(List.of("Story a1", "Story a2"), titles(reader), "[ goes back to alpha's last unread");
    }

    @Test
    void bracketInAStoryOpensTheNextGroupsUnreadStory() throws Exception {
        VirtualReader reader = reader().press("J", "G", "Enter");
        assertTrue(reader.rows().get(1).contains("Story a2") && header(reader).endsWith("2/2"), reader.text());
        reader.press("]");
        assertTrue(reader.rows().get(1).contains("Story b1") && header(reader).endsWith("1/3"),
                "the next group's first unread, counted in its group: " + reader.text());
        reader.press("J");
        assertTrue(reader.rows().get(1).contains("Story b2"), "J in a story is the next story of the group: "
                + reader.text());
        reader.press("Esc");
        assertEquals(List.of("Story b1", "Story b2", "Story b3"), titles(reader));
        assertTrue(header(reader).endsWith("1 unread of 3 stories"), header(reader));
    }

    @Test
    void groupCountsFollowTheMarks() throws Exception {
        VirtualReader reader = reader().press("Enter", "Esc", "J", "J", "A", "F");
        List<String> rows = reader.rows();
        assertTrue(rows.get(1).startsWith(" " + ListScreen.UNREAD) && rows.get(1).contains("(2/6)  All stories"),
                reader.text());
        assertTrue(rows.get(2).contains("(1/2)  alpha"), reader.text());
        assertTrue(!rows.get(3).contains(ListScreen.UNREAD) && rows.get(3).contains("(0/3)  beta"), "beta is all read:\n"
                + reader.text());
        assertTrue(rows.get(4).contains("(0/0)  gamma"), reader.text());
        assertTrue(header(reader).endsWith("2 unread of 6 stories"), header(reader));
        reader.press("?");
        assertTrue(reader.text().contains("Keys: feeds and folders") && reader.text().contains("show the group"),
                reader.text());
    }

    @Test
    void twoFoldersOfTheSameNameAreShownByTheirPaths() throws Exception {
        Path one = tmp.resolve("one/news");
        Path two = tmp.resolve("two/news");
        write(one, "x1");
        write(two, "y1");
        VirtualReader reader = new VirtualReader(LibraryLoader.load(List.of(one, two)), 100, 24,
                ReaderOptions.defaults()).press("F");
        assertTrue(reader.text().contains(one.toString()) && reader.text().contains(two.toString()), reader.text());
    }
}
