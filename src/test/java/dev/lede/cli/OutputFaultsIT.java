package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ControlCharacters;
import dev.lede.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./lede} against a closed pipe, a full disk ({@code /dev/full}), a file size limit
 * ({@code ulimit -f}, which makes writes fail with EFBIG) and the hostile corpus, through bash as a user would.
 */
class OutputFaultsIT {

    @TempDir
    static Path work;

    static Path lib;

    @BeforeAll
    static void library() throws Exception {
        lib = Files.createDirectories(work.resolve("lib"));
        String body = "Context: " + "Words that make the story about a kilobyte long when exported. ".repeat(15);
        for (int i = 0; i < 2000; i++) {
            Files.writeString(lib.resolve(String.format("%04d_s%d.txt", i, i)),
                    "Story " + i + "\n\nThe lede of story " + i + ".\n\n" + body + "\n");
        }
        // Build the jar first if it is stale, so that no build runs under the file size limit below.
        assertEquals(0, bash("\"$LEDE\" --version >/dev/null").code());
    }

    static LauncherIT.Run bash(String script) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("LEDE", LauncherIT.HOME.resolve("lede").toString());
        builder.environment().put("LIB", lib.toString());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish: " + script);
        }
        LauncherIT.Run run = new LauncherIT.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    @Test
    void aClosedPipeEndsTheExportWith141AndNothingOnStderr() throws Exception {
        assertTrue(firstLineThrough("export --format jsonl").startsWith("{\"id\":\"s0\""));
    }

    /** Runs {@code lede COMMAND "$LIB" | head -1}: the line head printed, once lede exited 141 and said nothing. */
    private static String firstLineThrough(String command) throws Exception {
        LauncherIT.Run run = bash("set -o pipefail; \"$LEDE\" " + command + " \"$LIB\" 2>lede.err | head -1; "
                + "echo \"status=${PIPESTATUS[0]}\"; cat lede.err >&2");
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertEquals("status=141", lines.get(1));
        assertEquals("", run.err());
        return lines.get(0);
    }

    @Test
    void stdoutOnAFullDiskIsExitOneWithOneClearLine() throws Exception {
        LauncherIT.Run run = bash("\"$LEDE\" export \"$LIB\" >/dev/full");
        assertEquals(1, run.code());
        assertEquals("lede: error: cannot write output: No space left on device\n", run.err());
    }

    @Test
    void aClosedPipeEndsASearchWith141AndNothingOnStderr() throws Exception {
        assertTrue(firstLineThrough("search words").contains("Story "));
    }

    /**
     * Each command of {@link OutputFaultsTest#EVERY_COMMAND} with stdout on {@code /dev/full}: exit 1 and the reason
     * in one line, never a silent 0. Preferences from a file of the test's own.
     */
    @Test
    void everyCommandOnAFullDiskIsExitOneWithOneClearLine() throws Exception {
        Files.createDirectories(work.resolve("config/lede"));
        Files.writeString(work.resolve("config/lede/config.yml"), "library: " + lib + "\n");
        StringBuilder script = new StringBuilder("unset LEDE_CONFIG; export XDG_CONFIG_HOME=\"$PWD/config\"; ");
        for (String command : OutputFaultsTest.EVERY_COMMAND) {
            script.append("\"$LEDE\" ").append(command.replace("story-1", "s1"))
                    .append(" >/dev/full 2>err.txt; echo \"").append(command).append(": $? $(cat err.txt)\"; ");
        }
        LauncherIT.Run run = bash(script.toString());
        List<String> expected = OutputFaultsTest.EVERY_COMMAND.stream()
                .map(command -> command + ": 1 lede: error: cannot write output: No space left on device").toList();
        assertEquals(expected, run.out().lines().toList());
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNoHalfWrittenFile() throws Exception {
        Path dir = Files.createDirectories(work.resolve("limited"));
        LauncherIT.Run fresh = bash("cd limited && ulimit -f 64 && \"$LEDE\" export --output out.json \"$LIB\"");
        assertEquals(1, fresh.code());
        assertEquals("lede: error: cannot write output: File too large\n", fresh.err());
        assertEquals(List.of(), names(dir));
        Files.writeString(dir.resolve("out.json"), "the old export");
        LauncherIT.Run forced = bash("cd limited && ulimit -f 64 && \"$LEDE\" export --force -o out.json \"$LIB\"");
        assertEquals(1, forced.code());
        assertEquals("the old export", Files.readString(dir.resolve("out.json")));
        assertEquals(List.of("out.json"), names(dir));
    }

    /**
     * {@code --output /dev/stdout} with stdout appending to a log ({@code >> log}), and other names of lede's own
     * stdout and stderr (a hard link to the log, {@code /dev/stderr}): the export is appended through the stream,
     * with or without --force; the log is never replaced, and keeps what it held.
     */
    @Test
    void outputNamingLedesOwnStdoutOrStderrAppendsToItAndNeverReplacesIt() throws Exception {
        Path dir = Files.createDirectories(work.resolve("own"));
        Path log = Files.writeString(dir.resolve("log"), "what the log held\n");
        Object inode = Files.readAttributes(log, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Files.createLink(dir.resolve("same-log"), log);
        List<String> scripts = List.of(
                "\"$LEDE\" export --format jsonl --output /dev/stdout \"$LIB\" >> own/log",
                "\"$LEDE\" export --format jsonl --output /dev/stdout --force \"$LIB\" >> own/log",
                "\"$LEDE\" export --format jsonl --output own/same-log --force \"$LIB\" >> own/log",
                "\"$LEDE\" export --format jsonl --output /dev/stderr --force \"$LIB\" 2>> own/log");
        for (int i = 0; i < scripts.size(); i++) {
            LauncherIT.Run run = bash(scripts.get(i));
            assertEquals(new LauncherIT.Run(0, "", ""), run, scripts.get(i));
            List<String> lines = Files.readAllLines(log);
            assertEquals("what the log held", lines.get(0), scripts.get(i));
            assertEquals(1 + (i + 1) * 2000, lines.size(), scripts.get(i));
            assertTrue(lines.get(lines.size() - 1).startsWith("{\"id\":\"s1999\""), scripts.get(i));
            assertEquals(inode, Files.readAttributes(log, java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey(), "the log itself, not a new file: " + scripts.get(i));
        }
        assertEquals(List.of("log", "same-log"), names(dir));
    }

    @Test
    void theHostileCorpusPutsNoControlCharacterOnTheTerminal() throws Exception {
        Path hostile = Files.createDirectories(work.resolve("hostile"));
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(LauncherIT.HOME.resolve(Golden.RESOURCES).resolve("hostile"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(file, hostile.resolve(file.getFileName()));
                String name = file.getFileName().toString();
                ids.add(name.substring(0, name.length() - 4));
            }
        }
        List<String> commands = new ArrayList<>(List.of("list", "list --format json", "export --format text",
                "export --format markdown", "export --format html"));
        ids.stream().filter(id -> !id.startsWith("nul_byte")).forEach(id -> commands.add("show " + id));
        StringBuilder script = new StringBuilder();
        for (String command : commands) {
            script.append("\"$LEDE\" ").append(command).append(" hostile; ");
        }
        LauncherIT.Run run = bash(script.toString());
        assertFalse(run.out().isBlank());
        ControlCharacters.assertNone(run.out(), "stdout");
        ControlCharacters.assertNone(run.err(), "stderr");
        assertTrue(run.err().contains("lede: warning: hostile/nul_byte.txt: skipped"), run.err());
        LauncherIT.Run tsv = bash("\"$LEDE\" list --format tsv hostile 2>/dev/null");
        for (String row : tsv.out().lines().toList()) {
            assertEquals(3, row.chars().filter(c -> c == '\t').count(), "only lede's own tabs: " + row);
            ControlCharacters.assertNone(row.replace('\t', ' '), "tsv");
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
