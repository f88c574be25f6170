package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Output that cannot be written: a closed pipe, a full disk, a device, a folder, a symbolic link. In-process. */
class OutputFaultsTest {

    private static final int STORIES = 1000;

    @TempDir
    Path home;

    Path lib;

    @BeforeEach
    void library() throws IOException {
        lib = Files.createDirectories(home.resolve("seeds"));
        Files.writeString(lib.resolve("000_story-1.txt"), "Story 1\n\nThe lede.\n\nContext: A paragraph.\n");
        Files.writeString(lib.resolve("001_story-2.txt"), "Story 2\n\nThe lede.\n\nContext: A paragraph.\n");
    }

    /** About a kilobyte of output per story, a megabyte in all: far more than any buffer on the way. */
    private void manyStories() throws IOException {
        String body = "Context: " + "A paragraph of words that fills the story up to about a kilobyte. ".repeat(14);
        for (int i = 0; i < STORIES; i++) {
            Files.writeString(lib.resolve(String.format("%04d_many-%d.txt", i, i)),
                    "Story " + i + "\n\nThe lede of story " + i + ".\n\n" + body + "\n");
        }
    }

    /** A stream that takes {@code capacity} bytes, then fails every write with {@code message}, counting attempts. */
    static final class FailingStream extends OutputStream {
        final int capacity;
        final String message;
        long attempted;

        FailingStream(int capacity, String message) {
            this.capacity = capacity;
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            attempted += len;
            if (attempted > capacity) {
                throw new IOException(message);
            }
        }
    }

    private CliRun run(PrintWriter out, String... args) {
        StringWriter err = new StringWriter();
        int code = LedeCommandLine.of(new CommandContext(home, java.util.Map.of(), home.resolve("user-home"),
                Setup.NONE, out, new PrintWriter(err)), args).execute(args); // built for its arguments, as Main builds it
        out.flush();
        return new CliRun(code, "", err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "jsonl", "markdown", "html", "text"})
    void aClosedPipeExitsWith141InSilenceAndStopsFormatting(String format) throws IOException {
        manyStories();
        FailingStream pipe = new FailingStream(1000, "Broken pipe");
        CliRun r = run(Stdout.of(pipe), "export", "--format", format);
        assertEquals(ExitCode.CLOSED_PIPE, r.code());
        assertEquals("", r.err());
        long whole = 1000L * STORIES;
        assertTrue(pipe.attempted < whole / 4, "went on writing " + pipe.attempted + " bytes after the pipe closed");
    }

    @Test
    void listAndShowTreatAClosedPipeTheSameWay() {
        assertEquals(new CliRun(141, "", ""), run(Stdout.of(new FailingStream(10, "Broken pipe")), "list"));
        assertEquals(new CliRun(141, "", ""),
                run(Stdout.of(new FailingStream(10, "Broken pipe")), "show", "story-1", "--format", "json"));
    }

    /** Every command, picocli's own help, version and completion script included, as {@code lede} takes them. */
    static final List<String> EVERY_COMMAND = List.of("list", "show story-1", "search story", "export",
            "config show", "config get theme", "config path", "config check", "--help", "--version", "list --help",
            "help export", "generate-completion");

    @ParameterizedTest
    @org.junit.jupiter.params.provider.FieldSource("EVERY_COMMAND")
    void everyCommandTreatsAClosedPipeAndAFullDiskAlike(String command) throws IOException {
        Path config = Files.createDirectories(home.resolve("user-home/.config/lede")).resolve("config.yml");
        Files.writeString(config, "# no preferences set\n");
        String[] args = command.split(" ");
        assertEquals(new CliRun(ExitCode.CLOSED_PIPE, "", ""),
                run(Stdout.of(new FailingStream(0, "Broken pipe")), args), "a closed pipe");
        assertEquals(new CliRun(ExitCode.INTERNAL, "", "lede: error: cannot write output: No space left on device\n"),
                run(Stdout.of(new FailingStream(0, "No space left on device")), args), "a full disk");
        StringWriter text = new StringWriter();
        CliRun fine = run(new PrintWriter(text), args);
        assertEquals(new CliRun(ExitCode.OK, "", ""), fine, "with room for the output");
        assertFalse(text.toString().isEmpty(), "prints something, so a failed write can be seen");
    }

    @Test
    void aFullDiskOnStdoutIsExitOneWithOneClearLine() {
        CliRun r = run(Stdout.of(new FailingStream(100, "No space left on device")), "export");
        assertEquals(1, r.code());
        assertEquals("lede: error: cannot write output: No space left on device\n", r.err());
    }

    @Test
    void stdoutOnDevFullIsExitOneWithOneClearLine() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        try (FileOutputStream full = new FileOutputStream("/dev/full")) {
            CliRun r = run(Stdout.of(full), "export", "--format", "jsonl");
            assertEquals(1, r.code());
            assertEquals("lede: error: cannot write output: No space left on device\n", r.err());
        }
    }

    @Test
    void aFifoNamedByOutputIsWrittenStraightAndStaysAFifo() throws Exception {
        Path fifo = home.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun r = CliRun.run(home, "export", "--format", "jsonl", "--output", fifo.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, reader.get(60, TimeUnit.SECONDS).lines().count());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
    }

    @Test
    void aFolderNamedByOutputIsAUsageError() throws IOException {
        Path dir = Files.createDirectory(home.resolve("out"));
        CliRun r = CliRun.run(home, "export", "--output", dir.toString(), "--force");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("lede: error: --output is a folder: "), r.err());
        assertTrue(Files.isDirectory(dir));
    }

    /** A missing folder, or a file in its place, is named as such: not by the temporary file lede would have made. */
    @Test
    void anOutputInAFolderThatIsMissingOrAFileNamesTheFolder() throws IOException {
        Path missing = home.resolve("missing");
        CliRun r = CliRun.run(home, "export", "--output", missing.resolve("x.json").toString());
        assertEquals(1, r.code());
        assertEquals("lede: error: cannot write output: no such file or folder: " + missing + "\n", r.err());
        Path file = Files.writeString(home.resolve("file"), "x");
        r = CliRun.run(home, "export", "--output", file.resolve("x.json").toString());
        assertEquals(1, r.code());
        assertEquals("lede: error: cannot write output: not a folder: " + file + "\n", r.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void outputDirNeverWritesThroughASymbolicLink() throws IOException {
        Path out = Files.createDirectory(home.resolve("out"));
        Path outside = home.resolve("outside.json");
        Files.writeString(outside, "keep me");
        Path link = Files.createSymbolicLink(out.resolve("story-1.json"), outside);
        CliRun refused = CliRun.run(home, "export", "-d", out.toString());
        assertEquals(2, refused.code(), refused.err());
        assertEquals("lede: error: " + link + " already exists; use --force to overwrite\n", refused.err());
        CliRun forced = CliRun.run(home, "export", "-d", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals("keep me", Files.readString(outside));
        assertTrue(Files.isRegularFile(link, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the link is replaced");
        Files.delete(link);
        Files.createSymbolicLink(link, home.resolve("dangling"));
        assertEquals(2, CliRun.run(home, "export", "-d", out.toString()).code());
        assertFalse(Files.exists(home.resolve("dangling")));
    }

    /**
     * Links planted in the folder while the export runs, after the first file is written, at the names of stories
     * still to come: one to a file outside, one dangling. The check before the export cannot see them; each file's
     * creation must.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void outputDirNeverFollowsALinkPlantedDuringTheExport(boolean force) throws IOException {
        Files.writeString(lib.resolve("002_story-3.txt"), "Story 3\n\nThe lede.\n\nContext: A paragraph.\n");
        Path out = home.resolve("out");
        Path outside = Files.writeString(home.resolve("outside.json"), "keep me");
        Path dangling = home.resolve("dangling.json");
        StringWriter err = new StringWriter();
        picocli.CommandLine cmd = LedeCommandLine.of(new CommandContext(home, java.util.Map.of(), home,
                Setup.NONE, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        ExportCommand export = cmd.getSubcommands().get("export").getCommand();
        export.beforeEachFile = file -> {
            if (file.getFileName().toString().equals("story-2.json")) {
                try {
                    assertTrue(Files.isRegularFile(out.resolve("story-1.json")));
                    Files.createSymbolicLink(file, outside);
                    Files.createSymbolicLink(out.resolve("story-3.json"), dangling);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        List<String> args = new java.util.ArrayList<>(List.of("export", "-d", out.toString()));
        if (force) {
            args.add("--force");
        }
        int code = cmd.execute(args.toArray(String[]::new));
        assertEquals("keep me", Files.readString(outside));
        assertFalse(Files.exists(dangling, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        if (force) {
            assertEquals(0, code, err.toString());
            for (String n : List.of("2", "3")) {
                Path file = out.resolve("story-" + n + ".json");
                assertTrue(Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS), file.toString());
                assertTrue(Files.readString(file).contains("\"title\": \"Story " + n + "\""), file.toString());
            }
        } else {
            assertEquals(2, code, err.toString());
            assertEquals("lede: error: " + out.resolve("story-2.json")
                    + " already exists (made during the export); use --force to overwrite\n", err.toString());
            assertTrue(Files.isSymbolicLink(out.resolve("story-2.json")));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aFailedFileWriteLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path target = home.resolve("out.json");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () ->
                dev.lede.safefile.AtomicFile.write(target, out -> {
                    out.write("half a document");
                    throw new IOException("No space left on device");
                }));
        assertEquals("No space left on device", e.getMessage());
        assertFalse(Files.exists(target));
        Files.writeString(target, "the old export");
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () ->
                dev.lede.safefile.AtomicFile.write(target, out -> {
                    out.write("half a document");
                    throw new IOException("No space left on device");
                }));
        assertEquals("the old export", Files.readString(target));
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(List.of("out.json", "seeds"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
