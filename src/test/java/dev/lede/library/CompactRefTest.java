package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.storyfile.StoryIds;
import dev.lede.storyfile.StoryLimits;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact {@link StoryRef}: the same values as the refs made by hand, in a fraction of the memory. */
class CompactRefTest {

    @TempDir
    Path lib;
    @TempDir
    Path cache;

    /** Names and front matter that test every path of the packing: ids that are not the name, names not Latin-1. */
    private static final String[][] TRICKY = {
        {"001_5f3a.txt", "Plain story", ""},
        {"002_café.txt", "Café “société”", "feed: \"Le Monde\"\nauthor: Zoë\ntags: [economy, world]\n"},
        {"003_日本.txt", "日本の記事 𝄞", "date: \"2025-12-01T00:00:00Z\"\nurl: \"https://example.com/a?b=1\"\n"},
        {"004_back\\slash.txt", "Backslash", "tags: solo\n"},
        {"005_tab\there.txt", "A tab in the name", "feed: \"Le Monde\"\nauthor: Zoë\ntags: [economy, world]\n"},
        {"no-number.txt", "No number", ""},
        {"1_1.txt", "Id found twice in the name", ""},
        {"0042_.txt", "Id of the whole base", ""},
        {"006_" + "x".repeat(200) + ".txt", "t".repeat(20_000), "author: " + "a".repeat(300) + "\n"},
    };

    @Test
    void aLoadedRefHasTheValuesOfOneMadeByHand() throws Exception {
        for (String[] story : TRICKY) {
            String text = story[2].isEmpty() ? "" : "---\n" + story[2] + "---\n";
            Stories.write(lib, story[0], text + story[1] + "\nA lede.\nLabel: more.");
        }
        LibraryLoader loader = new LibraryLoader(cache, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE);
        Library cold = loader.read(List.of(lib));
        Library warm = loader.read(List.of(lib));
        assertEquals(TRICKY.length, cold.stories().size(), cold.problems().toString());
        for (Library library : List.of(cold, warm)) {
            for (StoryRef ref : library.stories()) {
                String name = ref.path().getFileName().toString();
                StoryRef byHand = new StoryRef(StoryIds.fromFileName(name), lib.resolve(name),
                        lib.resolve(name).toString(), ref.title(), ref.date(), ref.sections(), ref.feed(), ref.url(),
                        ref.author(), ref.tags(), ref.time());
                assertEquals(byHand, ref);
                assertEquals(ref, byHand);
                assertEquals(byHand.hashCode(), ref.hashCode());
                assertEquals(byHand.toString(), ref.toString());
                assertSame(ref, library.find(ref.id()).orElseThrow());
            }
        }
        StoryRef cafe = cold.find("café").orElseThrow();
        assertEquals(List.of("Café “société”", "Le Monde", "Zoë", List.of("economy", "world"), 1),
                List.of(cafe.title(), cafe.feed(), cafe.author(), cafe.tags(), cafe.sections()));
        assertEquals("Backslash", cold.find("back\\\\slash").orElseThrow().title());
        StoryRef tab = cold.find("tab\\u0009here").orElseThrow();
        assertSame(cafe.feed(), tab.feed(), "one copy of a repeated feed name");
        assertSame(cafe.tags(), tab.tags(), "one copy of a repeated list of tags");
        assertEquals("Id of the whole base", cold.find("0042_").orElseThrow().title());
        StoryRef japan = cold.find("日本").orElseThrow();
        assertEquals(List.of("日本の記事 𝄞", "2025-12-01T00:00:00Z", "https://example.com/a?b=1"),
                List.of(japan.title(), japan.date(), japan.url()));
        assertEquals(20_000, cold.find("x".repeat(200)).orElseThrow().title().length());
    }

    @Test
    void aRefMadeByHandKeepsEveryValueExactly() {
        String lone = "lone \uD800 high and low \uDC00";
        StoryRef ref = new StoryRef(lone, null, "file \uDFFF", "title \uD83D", null, -3, "", "\u00ff", null,
                List.of("t\uDBFF"), Long.MIN_VALUE);
        assertEquals(List.of(lone, "file \uDFFF", "title \uD83D", -3, "", "\u00ff", List.of("t\uDBFF")),
                List.of(ref.id(), ref.file(), ref.title(), ref.sections(), ref.feed(), ref.url(), ref.tags()));
        assertNull(ref.path());
        assertNull(ref.date());
        assertNull(ref.author());
        assertEquals(Long.MIN_VALUE, ref.time());
        assertNotEquals(ref, new StoryRef(lone, null, "file \uDFFF", "title \uD83D", null, -2, "", "\u00ff", null,
                List.of("t\uDBFF"), Long.MIN_VALUE));
        assertNotEquals(new StoryRef("a", null, "f", "t", null, 1), new StoryRef("a", null, "f", "t", "", 1));
    }

    @Test
    void packedTextGivesBackEveryStringAndNumber() {
        String[] strings = {null, "", "plain", "café", "日本 ’", "𝄞", "\uD800x", "x\uDC00", "é".repeat(70),
            "a".repeat(16_400), "\u0000\u0080\u00ff"};
        byte[] packed = PackedText.pack(strings, 0, 1, 127, 128, Integer.MAX_VALUE, -1, Integer.MIN_VALUE);
        for (int i = 0; i < strings.length; i++) {
            assertEquals(strings[i], PackedText.string(packed, i), "string " + i);
        }
        assertEquals(List.of(0, 1, 127, 128, Integer.MAX_VALUE, -1, Integer.MIN_VALUE),
                numbers(packed, strings.length, 7));
        assertEquals("lai", PackedText.part(packed, 2, 1, 4));
        assertEquals("本 ", PackedText.part(packed, 4, 1, 3));
    }

    private static List<Integer> numbers(byte[] packed, int strings, int count) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(PackedText.number(packed, strings, i));
        }
        return numbers;
    }

    @Test
    void theIdIndexFindsEveryIdAndRefusesASecondOfOne() {
        List<StoryRef> refs = new ArrayList<>();
        for (String id : List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "")) { // the first two, and the next three, share a hash
            refs.add(new StoryRef(id, null, id, id, null, 0));
        }
        for (int i = 0; i < 10_000; i++) {
            refs.add(new StoryRef("id" + i, null, "f", "t", null, 0));
        }
        IdIndex index = new IdIndex(refs.size() + 1);
        for (int i = 0; i < refs.size(); i++) {
            assertNull(index.putIfAbsent(refs.get(i), 1000L + i));
        }
        refs.forEach(ref -> assertSame(ref, index.get(ref.id())));
        for (int i = 0; i < refs.size(); i++) {
            assertEquals(1000L + i, index.version(index.indexOf(refs.get(i))), "each story keeps its version");
        }
        StoryRef second = new StoryRef("BB", null, "other", "t", null, 0);
        assertSame(refs.get(1), index.putIfAbsent(second, 7));
        assertEquals(-1, index.indexOf(second), "another story of a known id is not one of the index's");
        assertNull(index.get("Ab"));
        assertNull(index.get("id10000"));
    }

    /**
     * A story of a 26-character name and a 70-character title takes under 300 bytes of heap with everything the
     * library keeps of it (it took 480 as a record of strings and paths), and twice the stories at most 2.5 times the
     * heap.
     */
    @Test
    void theHeapOfALibraryGrowsWithItsStoriesAndStaysSmall() throws Exception {
        int n = 3_000;
        for (int i = 0; i < 2 * n; i++) {
            Stories.write(lib, String.format("%06d_%016x.txt", i, i * 0x9e3779b97f4a7c15L),
                    "Story number " + i + " of the growth test, with a title of about seventy characters\nA lede.");
        }
        List<Path> half = new ArrayList<>();
        Path small = lib.resolveSibling(lib.getFileName() + "-half");
        java.nio.file.Files.createDirectory(small);
        try (var files = java.nio.file.Files.list(lib)) {
            for (Path file : files.sorted().limit(n).toList()) {
                half.add(java.nio.file.Files.copy(file, small.resolve(file.getFileName())));
                Stories.settle(half.get(half.size() - 1));
            }
        }
        long one = heapOf(small);
        long two = heapOf(lib);
        assertTrue(two <= 2.5 * one, "twice the stories took " + two + " bytes, once " + one);
        assertTrue(two / (2 * n) < 300, two / (2 * n) + " bytes a story");
        for (Path file : half) {
            java.nio.file.Files.delete(file);
        }
        java.nio.file.Files.delete(small);
    }

    /** The heap a loaded library keeps, the least of three loads. */
    private long heapOf(Path dir) throws Exception {
        LibraryLoader loader = new LibraryLoader(cache, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE);
        loader.read(List.of(dir));
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = used();
            Library library = loader.read(List.of(dir));
            long after = used();
            least = Math.min(least, after - before);
            assertTrue(library.stories().size() > 0);
        }
        return least;
    }

    private static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
