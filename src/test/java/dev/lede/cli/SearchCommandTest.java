package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.search.SearchQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede search} in-process: the exact output of each format and the exit codes. */
class SearchCommandTest {

    private static final FileTime FOLDER_TIME = FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS));

    @TempDir
    Path lib;

    @TempDir
    Path cache;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void library() throws IOException {
        write("001_aa.txt", "Harbour talks\nThe council met. Fishing quotas were agreed at last.");
        write("002_bb.txt", "Fishing quotas\nNothing else.");
        write("003_cc.txt", "Weather\nRain.");
    }

    private void write(String name, String text) throws IOException {
        Path file = lib.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = lib.toString();
        return LedeCommandLine.of(new CommandContext(lib, java.util.Map.of(), lib.resolve(".no-home"),
                new Setup(cache, "test", false, false), new PrintWriter(out, true),
                new PrintWriter(err, true))).execute(all);
    }

    /** Sets the folder's mtime an hour back too, as if its last story had arrived then: its names are settled. */
    private void settleFolder() throws IOException {
        Files.setLastModifiedTime(lib, FOLDER_TIME);
    }

    private String searchOnce(String... args) {
        out.getBuffer().setLength(0);
        assertEquals(0, run(args));
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    /**
     * A search starts from the list cache without a stat per file, but checks the stories it prints: one edited in
     * place since the cache was written (the folder keeps its mtime) is never printed as it no longer is.
     */
    @Test
    void aHitEditedInPlaceSinceTheCacheIsCheckedBeforeItIsPrinted() throws IOException {
        settleFolder();
        assertEquals("1\tbb\tFishing quotas\n2\taa\tHarbour talks\n",
                searchOnce("search", "--fields", "rank,id,title", "-f", "tsv", "fishing"));
        write("002_bb.txt", "Trawlers\nNothing about it.");
        settleFolder();
        assertEquals("1\taa\tHarbour talks\n",
                searchOnce("search", "--fields", "rank,id,title", "-f", "tsv", "fishing"));
        write("001_aa.txt", "Harbour talks, later\nThe council met. Fishing quotas were agreed at last.");
        settleFolder();
        assertEquals("1\taa\tHarbour talks, later\n",
                searchOnce("search", "--fields", "rank,id,title", "-f", "tsv", "fishing"));
    }

    /**
     * The one thing a search that trusts the cache misses: a story edited in place so that it now matches, until the
     * library is next checked (here by {@code lede list}; the reader and {@code --no-cache} do too).
     */
    @Test
    void aStoryThatNewlyMatchesAfterAnEditInPlaceIsFoundOnceTheLibraryIsChecked() throws IOException {
        settleFolder();
        assertEquals("1\tbb\n2\taa\n", searchOnce("search", "--fields", "rank,id", "-f", "tsv", "fishing"));
        write("003_cc.txt", "Weather\nRain kept the fishing boats in.");
        settleFolder();
        assertEquals("1\tbb\n2\taa\n", searchOnce("search", "--fields", "rank,id", "-f", "tsv", "fishing"));
        searchOnce("list");
        assertEquals("1\tbb\n2\tcc\n3\taa\n",
                searchOnce("search", "--fields", "rank,id", "-f", "tsv", "fishing"));
        assertEquals("1\tbb\n2\tcc\n3\taa\n",
                searchOnce("--no-cache", "search", "--fields", "rank,id", "-f", "tsv", "fishing"));
    }

    @Test
    void tableShowsRankIdTitleAndTheMarkedSentence() {
        assertEquals(0, run("search", "\"fishing quotas\""));
        assertEquals("""
                1  bb  Fishing quotas
                       [Fishing quotas]
                2  aa  Harbour talks
                       [Fishing quotas] were agreed at last.
                """, out.toString().replace(System.lineSeparator(), "\n"));
    }

    /** An id is padded by the cells it takes on screen, so titles and sentences line up under wide ids too. */
    @Test
    void theTableAlignsIdsByTheirWidthOnScreen() throws IOException {
        write("004_\u6f22\u5b57.txt", "Rain in Tokyo\nRain.");
        write("005_cafe\u0301.txt", "Rain in Paris\nRain.");
        assertEquals(0, run("search", "rain"));
        assertEquals("""
                1  \u6f22\u5b57  Rain in Tokyo
                         [Rain].
                2  cafe\u0301  Rain in Paris
                         [Rain].
                3  cc    Weather
                         [Rain].
                """, out.toString().replace(System.lineSeparator(), "\n"));
    }

    /**
     * An accent typed as a letter and a combining mark (NFD: macOS names, text pasted from a PDF) is the same letter
     * as the precomposed one (NFC), in the query and in the text, and the mark stays inside the highlight.
     */
    @Test
    void aDecomposedAccentMatchesTheComposedLetter() throws IOException {
        write("004_nfc.txt", "Composed\nA caf\u00e9 opened.");
        write("005_nfd.txt", "Decomposed\nA cafe\u0301 opened.");
        String both = "1\tnfc\tComposed\tA [caf\u00e9] opened.\t2-6\n2\tnfd\tDecomposed\tA [cafe\u0301] opened.\t2-7\n";
        assertEquals(0, run("search", "--format", "tsv", "caf\u00e9"));
        assertEquals(both, out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("search", "--format", "tsv", "CAFE\u0301"));
        assertEquals(both, out.toString());
    }

    @Test
    void tsvHasTheMatchOffsetsInThePlainSentence() {
        assertEquals(0, run("search", "--format", "tsv", "quotas agreed"));
        assertEquals("1\taa\tHarbour talks\tFishing [quotas] were [agreed] at last.\t8-14,20-26\n",
                out.toString());
    }

    @Test
    void jsonGivesSentenceMarkedTextAndOffsets() {
        assertEquals(0, run("search", "-f", "json", "rain"));
        String json = out.toString();
        assertTrue(json.contains("\"id\" : \"cc\""), json);
        assertTrue(json.contains("\"sentence\" : \"Rain.\""), json);
        assertTrue(json.contains("\"marked\" : \"[Rain].\""), json);
        assertTrue(json.contains("\"start\" : 0") && json.contains("\"end\" : 4"), json);
        assertTrue(json.endsWith("]\n"), json);
    }

    @Test
    void jsonLinesGiveOneCompactHitPerLine() throws Exception {
        assertEquals(0, run("search", "-f", "json", "rain"));
        com.fasterxml.jackson.databind.JsonNode array = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("search", "-f", "jsonl", "rain"));
        List<String> lines = out.toString().lines().toList();
        assertEquals(array.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(array.get(i).toString(), lines.get(i));
        }
        assertTrue(out.toString().endsWith("}\n"), out.toString());
    }

    @Test
    void noMatchExitsZeroWithNothingListed() {
        assertEquals(0, run("search", "-f", "json", "snow"));
        assertEquals("[ ]\n", out.toString());
        assertEquals(0, run("search", "-f", "tsv", "snow"));
        assertEquals("[ ]\n", out.toString());
        assertEquals(0, run("search", "-f", "jsonl", "snow"));
        assertEquals("[ ]\n", out.toString());
        assertEquals(0, run("search", "snow"));
        assertEquals("lede: no story matches snow\n", err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void anEmptyQueryIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("search", "\"\""));
        assertTrue(err.toString().contains("no word to search for"), err.toString());
    }

    @Test
    void aMissingFolderIsALibraryError() {
        int code = LedeCommandLine.of(new CommandContext(lib, java.util.Map.of(), lib.resolve(".no-home"),
                new Setup(cache, "test", false, false), new PrintWriter(out, true),
                new PrintWriter(err, true))).execute("search", "x", lib.resolve("missing").toString());
        assertEquals(ExitCode.LIBRARY, code);
    }

    @Test
    void limitKeepsTheBestHits() {
        assertEquals(0, run("search", "-f", "tsv", "-n", "1", "quotas"));
        assertEquals(1, out.toString().lines().count());
    }

    @Test
    void hostileQueriesGiveTheirHitsOrOneClearLine() {
        assertEquals(0, search("-f", "tsv", "quotas ".repeat(100_000)), "a word repeated is one word");
        assertEquals(2, out.toString().lines().count(), out.toString());
        assertEquals(0, search("-f", "tsv", "\"fishing quotas\" ".repeat(10_000) + "\"the council"));
        assertEquals(1, out.toString().lines().count(), "phrases repeated, and an unclosed quote");
        assertEquals(0, search(words(SearchQuery.MAX_CLAUSES)));
        assertEquals("lede: no story matches w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w1…\n",
                err(), "as many words as can be searched, and the query cut in the message");
        assertEquals(ExitCode.USAGE, search(words(SearchQuery.MAX_CLAUSES + 1)));
        assertEquals("lede: error: the query holds 513 different words and phrases; lede searches at most 512\n",
                err());
        assertEquals(ExitCode.USAGE, search(words(100_000)));
        assertEquals("lede: error: the query holds 100,000 different words and phrases; lede searches at most 512\n",
                err());
        assertEquals(ExitCode.USAGE, search("\"a\" ".repeat(600) + words(600).replace(" ", " \"")));
        assertTrue(err().startsWith("lede: error: the query holds 601 different"), "thousands of quotes: " + err());
        assertEquals(0, search("x".repeat(1 << 20)), "a 1 MB word");
        assertEquals("lede: no story matches " + "x".repeat(60) + "…\n", err());
        assertEquals(ExitCode.USAGE, search("\"".repeat(5_000)));
        assertEquals("lede: error: the query holds no word to search for\n", err());
        assertEquals(ExitCode.USAGE, search("!?.,;:—…"));
        assertEquals("lede: error: the query holds no word to search for\n", err());
    }

    /** Runs {@code lede search} on the library after emptying what the last run printed. */
    private int search(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 1];
        all[0] = "search";
        System.arraycopy(args, 0, all, 1, args.length);
        return run(all);
    }

    private String err() {
        return err.toString().replace(System.lineSeparator(), "\n");
    }

    private static String words(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append('w').append(i);
        }
        return text.toString();
    }
}
