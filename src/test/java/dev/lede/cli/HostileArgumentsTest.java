package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ControlCharacters;
import dev.lede.Fifo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text in every argument: whatever lede or picocli says about it (no such id, a bad value, an unknown option
 * or command, a missing file), stdout and stderr hold no control character, and no message line can be forged.
 */
class HostileArgumentsTest {

    /** A title set (OSC 2), an 8-bit CSI, a bidi override, a tab, DEL, and a newline that forges an error line. */
    static final List<String> PAYLOADS = List.of("\u001b]2;X\u0007", "a\u009b2Jb", "\u202egnp.exe",
            "a\tb\u007f", "x\nlede: error: forged", "\u001b[31mred\u001b[0m\r");

    @TempDir
    Path home;

    private Path lib;

    @BeforeEach
    void library() throws IOException {
        lib = Files.createDirectories(home.resolve("seeds"));
        Files.writeString(lib.resolve("001_first.txt"), "First story\n\nIts lede.\n");
    }

    /** Every option that takes a value, unknown options and commands, config keys and values, missing files. */
    static Stream<Arguments> commands() {
        List<Arguments> all = new ArrayList<>();
        for (String p : PAYLOADS) {
            for (List<String> args : List.of(
                    List.of("show", p), List.of("show", "first", "--format", p), List.of("show", "first", "--width", p),
                    List.of("list", "--sort", p), List.of("list", "--format", p), List.of("list", "--sort=" + p),
                    List.of("list", "LIB/" + p), List.of("list", p), List.of("search", p, "LIB"),
                    List.of("search", "first", "--limit", p), List.of("search", "first", "--format", p),
                    List.of("list", "--feed", p), List.of("list", "--tag", p), List.of("export", "--folder", p),
                    List.of("list", "--since", p), List.of("search", "first", "--until", p),
                    List.of("list", "--query", p), List.of("mark", "read", "--all", "--limit", p),
                    List.of("export", "--format", p), List.of("export", "--width", p),
                    List.of("export", "--output", "LIB/missing" + p + "/out.json"),
                    List.of("export", "--output-dir", "LIB/001_first.txt/" + p),
                    List.of(p), List.of("--" + p), List.of("list", "--" + p), List.of("-" + p), List.of("lis" + p),
                    List.of("config", p), List.of("config", "get", p), List.of("config", "set", p, "1"),
                    List.of("config", "set", "theme", p), List.of("config", "set", "reader.width", p),
                    List.of("config", "set", "keys.quit", p), List.of("--config", "LIB/" + p, "list"),
                    List.of("help", p), List.of("--config", "LIB/" + p, "config", "path"),
                    List.of("--config", "LIB/" + p, "config", "set", "theme", "dark"),
                    List.of("--config", "LIB/" + p, "config", "show"), List.of("--config", "LIB/" + p, "config", "check"),
                    List.of("--config", "LIB/" + p, "config", "get", "theme"), List.of("list", "--strict", "--no-cache", "LIB", p))) {
                all.add(Arguments.of(visible(String.join(" ", args)), args));
            }
        }
        return all.stream();
    }

    /** A test's name with its control characters written out, so the report stays readable. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x202E
                ? String.format("<%02X>", c) : Character.toString(c)));
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void noArgumentPutsAControlCharacterOnTheTerminalOrForgesALine(String name, List<String> args) {
        String[] resolved = args.stream().map(a -> a.replace("LIB", lib.toString())).toArray(String[]::new);
        CliRun r = CliRun.run(home, resolved);
        ControlCharacters.assertNone(r.err(), "stderr of " + name);
        ControlCharacters.assertNone(r.out(), "stdout of " + name);
        assertFalse(r.err().contains("\r"), "stderr of " + name + " holds a carriage return: " + r.err());
        for (String line : r.err().lines().toList()) {
            assertFalse(line.startsWith("lede: error: forged"), "a forged line in stderr of " + name + ":\n" + r.err());
        }
    }

    @Test
    void whatWasTypedIsShownWithVisibleEscapes() {
        CliRun title = CliRun.run(home, "show", PAYLOADS.get(0));
        assertEquals(3, title.code());
        assertEquals("lede: error: no story with id '\\u001B]2;X\\u0007' in " + lib + "\n", title.err());
        CliRun forged = CliRun.run(home, "list", "--sort", "x\nlede: error: forged");
        assertEquals(2, forged.code());
        assertTrue(forged.err().startsWith("lede: error: invalid value for option '--sort': unknown order"
                + " 'x\\u000Alede: error: forged'"), forged.err());
        assertEquals(1, forged.err().lines().count(), forged.err());
    }

    /**
     * An empty argument (an unset variable: {@code --output-dir "$OUT"}) would be the working folder to Java: it is
     * a usage error for every file and folder argument instead, and nothing is read or written.
     */
    @Test
    void anEmptyFileOrFolderNameIsAUsageError() {
        String missing = lib.resolve("missing").toString();
        for (List<String> args : List.of(List.of("list", ""), List.of("list", lib.toString(), ""),
                List.of("show", "first", ""), List.of("search", "first", ""), List.of("read", ""),
                List.of("export", "--output-dir", "", missing), List.of("export", "--output", "", missing),
                List.of("--config", "", "list", lib.toString()), List.of("config", "path", "--config="))) {
            CliRun r = CliRun.run(home, args.toArray(String[]::new));
            assertEquals(2, r.code(), args + ": " + r.err());
            assertEquals("", r.out(), args.toString());
            assertTrue(r.err().startsWith("lede: ") && r.err().contains("an empty name is no file or folder")
                    && r.err().lines().count() == 1, args + ": " + r.err());
        }
    }

    @Test
    void anArgumentStartingWithAtIsAnArgumentNotAFileToReadArgumentsFrom() throws Exception {
        Path fifo = Fifo.make(home.resolve("args"));
        Files.writeString(home.resolve("list-args"), lib + "\n");
        CliRun blocked = Fifo.withoutBlocking(fifo, () -> CliRun.run(home, "show", "@" + fifo));
        assertEquals(3, blocked.code());
        assertEquals("lede: error: no story with id '@" + fifo + "' in " + lib + "\n", blocked.err());
        CliRun read = CliRun.run(home, "list", "@" + home.resolve("list-args"));
        assertEquals("lede: error: library folder not found: @" + home.resolve("list-args") + "\n", read.err(),
                "@FILE is a folder's name, not the arguments in FILE");
    }

    @Test
    void aHugeArgumentIsQuotedBackShortened() {
        String id = "x".repeat(120_000) + "END";
        CliRun r = CliRun.run(home, "show", id);
        assertEquals(3, r.code());
        assertTrue(r.err().length() <= MessageWriter.MAX_LINE + 1, r.err().length() + " characters");
        assertTrue(r.err().startsWith("lede: error: no story with id 'xxx"), r.err());
        assertTrue(r.err().contains(" … (119,") && r.err().endsWith("xxxEND' in " + lib + "\n"), r.err());
    }
}
