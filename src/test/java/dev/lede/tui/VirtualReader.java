package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.keys.Key;
import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.LibraryLoader;
import dev.lede.search.Search;
import dev.lede.state.ReadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** The reader on Lanterna's virtual terminal, driven key by key with no threads, read back row by row. */
final class VirtualReader {

    static final Path LIBRARY = Path.of("src/test/resources/tui/library");
    static final Path SEEDS = Path.of("seeds");
    private static final Path SNAPSHOTS = Path.of("src/test/resources/tui/snapshots");

    final DefaultVirtualTerminal terminal;
    /** The screen the reader draws on: what it sends, cell by cell, before the virtual terminal splits it again. */
    final TerminalScreen screen;
    final ReaderApp app;
    final ReaderOptions options;

    VirtualReader(Path library, int columns, int rows) {
        this(library, columns, rows, ReaderOptions.defaults());
    }

    VirtualReader(Path library, int columns, int rows, ReaderOptions options) {
        this(load(library), columns, rows, options);
    }

    VirtualReader(Library library, int columns, int rows, ReaderOptions options) {
        this(LoadingLibrary.of(library), columns, rows, options);
    }

    /** The reader on a library that may still be loading, with fixed options: {@code t} and {@code p} do nothing. */
    VirtualReader(LoadingLibrary library, int columns, int rows, ReaderOptions options) {
        this(new ReaderSession(library, VirtualReader::search, ReaderPreferences.fixed(options), LibraryReload.NONE,
                ReadState.inMemory()),
                columns, rows);
    }

    /** The reader on preferences, so {@code t} and {@code p} change and save them. */
    VirtualReader(Path library, int columns, int rows, ReaderPreferences prefs) {
        this(library, columns, rows, prefs, LibraryReload.NONE);
    }

    /** The reader on preferences, checking and loading a new {@code library} value through {@code reload}. */
    VirtualReader(Path library, int columns, int rows, ReaderPreferences prefs, LibraryReload reload) {
        this(new ReaderSession(LoadingLibrary.of(load(library)), VirtualReader::search, prefs, reload,
                ReadState.inMemory()), columns, rows);
    }

    VirtualReader(ReaderSession session, int columns, int rows) {
        this.options = session.preferences().options();
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            app = new ReaderApp(screen, session);
            app.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Search search(Library loaded) {
        return new Search(loaded, null, "", LibraryLoader.Progress.NONE);
    }

    static Library load(Path dir) {
        try {
            return LibraryLoader.load(List.of(dir));
        } catch (LibraryException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends keys as settings spell them ({@code "j"}, {@code "Enter"}, {@code "S-Tab"}), or one character as typed
     * (a space too), and runs one step.
     */
    VirtualReader press(String... keys) {
        for (String spelling : keys) {
            terminal.addInput(stroke(spelling.length() == 1 ? Key.character(spelling.charAt(0)) : Key.parse(spelling)));
        }
        return step();
    }

    VirtualReader step() {
        try {
            app.step();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    VirtualReader resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        return step();
    }

    static KeyStroke stroke(Key key) {
        return KeyStrokes.stroke(key);
    }

    /** The text of each row, a two-cell character counted once, trailing spaces removed. */
    List<String> rows() {
        return rows(terminal.getTerminalSize(), terminal::getCharacter);
    }

    String text() {
        return String.join("\n", rows()) + "\n";
    }

    /**
     * The rows as the screen sent them, like {@link #rows()}: Lanterna's virtual terminal splits a cell of several
     * code points that Java 17 does not see as one character (a flag) into several, which a real terminal does not.
     */
    List<String> sentRows() {
        return rows(screen.getTerminalSize(), screen::getFrontCharacter);
    }

    private static List<String> rows(TerminalSize size, BiFunction<Integer, Integer, TextCharacter> cells) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter cell = cells.apply(c, r);
                row.append(cell.getCharacterString());
                if (cell.isDoubleWidth()) {
                    c++;
                }
            }
            rows.add(row.toString().stripTrailing());
        }
        return rows;
    }

    /** The cell at a column and row. */
    TextCharacter cell(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    /** The column and row of the first cell where {@code text} starts, counting two-cell characters as two. */
    int[] find(String text) {
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder row = new StringBuilder();
            List<Integer> columns = new ArrayList<>();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter cell = terminal.getCharacter(c, r);
                for (int i = 0; i < cell.getCharacterString().length(); i++) {
                    columns.add(c);
                }
                row.append(cell.getCharacterString());
                if (cell.isDoubleWidth()) {
                    c++;
                }
            }
            int at = row.indexOf(text);
            if (at >= 0) {
                return new int[] {columns.get(at), r};
            }
        }
        throw new AssertionError("'" + text + "' is not on screen:\n" + text());
    }

    /**
     * Compares the screen with {@code snapshots/<name>.txt}; with {@code -Dlede.snapshots=update} writes it instead.
     */
    void assertSnapshot(String name) {
        Path file = SNAPSHOTS.resolve(name + ".txt");
        try {
            if ("update".equals(System.getProperty("lede.snapshots"))) {
                Files.createDirectories(SNAPSHOTS);
                Files.writeString(file, text(), StandardCharsets.UTF_8);
                return;
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), text(), "screen differs from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
