package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.LibraryLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the reader draws for one story file, for the hostile corpus and the fuzz tests: the file alone in a library
 * folder, read by the real loader, shown by the real {@link ReaderApp} on a virtual terminal. The list, the warnings,
 * the story (at the top, folded, unfolded, at the end) and the help box are drawn, and every cell of every frame is
 * returned, one row per line, each frame followed by a blank line.
 */
public final class ReaderCells {

    private ReaderCells() {
    }

    public static String draw(byte[] source, String fileName, int columns, int rows) throws IOException {
        Path dir = Files.createTempDirectory("lede-reader-cells-");
        try {
            Files.write(dir.resolve(fileName), source);
            VirtualReader reader = new VirtualReader(load(dir), columns, rows, ReaderOptions.defaults());
            StringBuilder frames = new StringBuilder();
            frames.append(cells(reader));
            frames.append(cells(reader.press("w")));
            frames.append(cells(reader.press("Esc")));
            frames.append(cells(reader.press("Enter")));
            frames.append(cells(reader.press("Tab", "Enter")));
            frames.append(cells(reader.press("-")));
            frames.append(cells(reader.press("+", "End")));
            frames.append(cells(reader.press("?")));
            frames.append(cells(reader.press("Esc", "L")));
            frames.append(cells(reader.press("q", "L")));
            frames.append(cells(reader.press("?")));
            frames.append(cells(reader.resize(1, 1)));
            frames.append(cells(reader.resize(columns, rows)));
            return frames.toString();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Library load(Path dir) throws IOException {
        try {
            return LibraryLoader.load(List.of(dir));
        } catch (LibraryException e) {
            throw new IOException(e);
        }
    }

    /** Every cell's characters, the second half of a two-cell character included. */
    private static String cells(VirtualReader reader) {
        TerminalSize size = reader.terminal.getTerminalSize();
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                text.append(reader.cell(c, r).getCharacterString());
            }
            text.append('\n');
        }
        return text.append('\n').toString();
    }
}
