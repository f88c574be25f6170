package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's drawing time grows with the story, not faster: twice the input must cost well under four times the
 * time. No wall-clock limit: the size doubles until a round takes 100 ms more than a round on a story without marks
 * (well above the noise of a loaded machine and above what any story costs), then rounds at that size and at twice it
 * take turns, and the best of each is compared. The machine is shared, so one slow stretch can spoil every round of a
 * batch: while the ratio is over the limit, another batch is timed (at most {@value #BATCHES}), each lowering the
 * best times only when it was faster; a drawing that truly grows faster stays over the limit in every batch.
 */
class ReaderGrowthTest {

    private static final long ENOUGH_NANOS = 100_000_000;
    private static final int MOST_MARKS = 500_000; // twice that, in four places, is 8 MB: under the 16 MiB limit
    private static final int ROUNDS = 5;
    private static final int BATCHES = 6;
    private static final double MAX_RATIO = 2.5;

    @Test
    void aStackOfCombiningMarksDrawsInLinearTime(@TempDir Path tmp) throws IOException {
        long fixed = best(reader(tmp, 0), ROUNDS); // what a round costs whatever the story; warms the JIT up too
        int marks = 1_000;
        while (marks < MOST_MARKS && best(reader(tmp, marks), 3) < fixed + ENOUGH_NANOS) {
            marks *= 2;
        }
        VirtualReader small = reader(tmp, marks);
        VirtualReader large = reader(tmp, 2 * marks);
        long once = Long.MAX_VALUE;
        long twice = Long.MAX_VALUE;
        for (int batch = 0; batch < BATCHES && (once == Long.MAX_VALUE || (double) twice / once >= MAX_RATIO);
                batch++) {
            for (int r = 0; r < ROUNDS; r++) {
                once = Math.min(once, round(small));
                twice = Math.min(twice, round(large));
            }
        }
        double ratio = (double) twice / once;
        assertTrue(ratio < MAX_RATIO, String.format("%,d marks drew in %d ms, %,d in %d ms: %.1f times the time",
                marks, once / 1_000_000, 2 * marks, twice / 1_000_000, ratio));
    }

    /**
     * The reader on a story whose title, lede and heading are {@code e} and that many U+0301, checked to list it.
     */
    private static VirtualReader reader(Path tmp, int marks) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("marks-" + marks));
        String stack = "e" + "\u0301".repeat(marks);
        Files.writeString(dir.resolve("001_marks.txt"),
                stack + "\n\n" + stack + " lede\n\nHeading" + stack + ": text " + stack + "\n",
                StandardCharsets.UTF_8);
        VirtualReader reader = new VirtualReader(dir, 80, 24);
        assertEquals(Glyphs.forTerminal(stack), reader.cell(1, 1).getCharacterString(), "the story is listed");
        return reader;
    }

    /** The shortest of {@code rounds} rounds. */
    private static long best(VirtualReader reader, int rounds) {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            best = Math.min(best, round(reader));
        }
        return best;
    }

    /** One round of drawing: the list, the story, the list again, and both at another width. */
    private static long round(VirtualReader reader) {
        long start = System.nanoTime();
        reader.resize(60, 20).press("Enter").resize(80, 24).press("Esc");
        return System.nanoTime() - start;
    }
}
