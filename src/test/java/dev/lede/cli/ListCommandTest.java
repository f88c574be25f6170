package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede list} prints the same with a cold cache, a warm cache and no cache. */
class ListCommandTest {

    @TempDir
    Path lib;

    @TempDir
    Path cache;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        int code = LedeCommandLine.of(new CommandContext(lib, java.util.Map.of(), lib.resolve(".no-home"),
                new Setup(cache, "test", false, false), new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true))).execute(args);
        assertEquals(0, code);
        return out.toString();
    }

    @Test
    void everyFormatIsTheSameWithAndWithoutTheCache() throws IOException {
        Files.writeString(lib.resolve("001_aa.txt"), "First\nLede.\nContext: one.\nWhy: two.");
        Files.writeString(lib.resolve("002_bbb.txt"), "Second\nLede.");
        for (String format : new String[] {"table", "tsv", "json", "jsonl"}) {
            String dir = lib.toString();
            String uncached = run("--no-cache", "list", "-f", format, dir);
            assertEquals(uncached, run("list", "-f", format, dir));
            assertEquals(uncached, run("list", "-f", format, dir));
        }
        assertEquals("1\taa\tFirst\t2\n2\tbbb\tSecond\t0\n", run("list", "-f", "tsv", lib.toString()));
        assertEquals(String.join(System.lineSeparator(), "#  ID   SECTIONS  TITLE", "1  aa          2  First",
                "2  bbb         0  Second", ""), run("list", lib.toString()));
        assertEquals("""
                {"position":1,"id":"aa","file":"%s","title":"First","sections":2}
                {"position":2,"id":"bbb","file":"%s","title":"Second","sections":0}
                """.formatted(json(lib.resolve("001_aa.txt")), json(lib.resolve("002_bbb.txt"))),
                run("list", "-f", "jsonl", lib.toString()));
    }

    /** JSON gives what the front matter says that --sort and the selection use, as a script needs it. */
    @Test
    void jsonGivesTheFrontMatterTheOrderAndTheSelectionUse() throws IOException {
        Files.writeString(lib.resolve("001_fm.txt"), "---\ndate: \"Tue, 10 Jun 2003 04:00:00 GMT\"\nfeed: wire\n"
                + "url: \"https://wire.example/a\"\nauthor: Ann\ntags: [politics, \"tab\\there\"]\n---\nDated\nLede.");
        Files.writeString(lib.resolve("002_odd.txt"), "---\ndate: soon\n---\nUndated\nLede.");
        Files.writeString(lib.resolve("003_none.txt"), "Plain\nLede.");
        assertEquals("""
                {"position":1,"id":"fm","file":"%s","title":"Dated","sections":0,"date":"2003-06-10T04:00:00Z",\
                "feed":"wire","url":"https://wire.example/a","author":"Ann","tags":["politics","tab here"]}
                {"position":2,"id":"odd","file":"%s","title":"Undated","sections":0,"date":"soon"}
                {"position":3,"id":"none","file":"%s","title":"Plain","sections":0}
                """.formatted(json(lib.resolve("001_fm.txt")), json(lib.resolve("002_odd.txt")),
                json(lib.resolve("003_none.txt"))), run("list", "-f", "jsonl", lib.toString()));
    }

    /** Columns line up on the screen: an id is padded by the cells it takes, not by its UTF-16 length. */
    @Test
    void theTableAlignsIdsByTheirWidthOnScreen() throws IOException {
        Files.writeString(lib.resolve("001_cafe\u0301.txt"), "Decomposed\nLede.");
        Files.writeString(lib.resolve("002_\u6f22\u5b57.txt"), "Wide\nLede.");
        Files.writeString(lib.resolve("003_\ud83d\udcf0.txt"), "Emoji\nLede.");
        Files.writeString(lib.resolve("004_plain.txt"), "Plain\nLede.");
        assertEquals(String.join(System.lineSeparator(), "#  ID     SECTIONS  TITLE",
                "1  cafe\u0301          0  Decomposed", "2  \u6f22\u5b57          0  Wide",
                "3  \ud83d\udcf0            0  Emoji", "4  plain         0  Plain", ""), run("list", lib.toString()));
    }

    private static String json(Path file) {
        return file.toString().replace("\\", "\\\\");
    }
}
