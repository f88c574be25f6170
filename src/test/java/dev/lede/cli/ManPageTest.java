package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Programs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The man page made from the command tree: every command and option in it, and man renders it without a warning. */
class ManPageTest {

    private static final Path SECTIONS = Path.of("src/main/dist/man/sections.roff");

    private static String page() throws IOException {
        return ManPage.of(DistFiles.tree(), "9.8.7", Files.readString(SECTIONS));
    }

    @Test
    void everyCommandAndOptionIsInThePage() throws IOException {
        String page = page();
        List<CommandLine> commands = new ArrayList<>();
        collect(DistFiles.tree(), commands);
        assertTrue(commands.size() > 20, "commands: " + commands.size());
        for (CommandLine command : commands) {
            String name = command.getCommandSpec().qualifiedName(" ");
            assertTrue(page.contains(".SS \"" + ManPage.escape(name) + "\"\n"), name);
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (!option.hidden()) {
                    assertTrue(page.contains("\\fB" + ManPage.escape(option.longestName()) + "\\fR"),
                            name + " " + option.longestName());
                }
            }
        }
        assertTrue(page.startsWith(".TH LEDE 1 \"\" \"lede 9.8.7\" \"User Commands\"\n"), page);
    }

    private static void collect(CommandLine parent, List<CommandLine> into) {
        for (CommandLine sub : parent.getSubcommands().values()) {
            if (!into.contains(sub)) {
                into.add(sub);
                collect(sub, into);
            }
        }
    }

    /** Text that roff would take as a request or an escape stays text. */
    @Test
    void roffControlsInTextAreEscaped() {
        assertEquals("\\&.TH x \\e\\-", ManPage.escape(".TH x \\-"));
        assertEquals("\\&'x", ManPage.escape("'x"));
        assertEquals("a\\-b", ManPage.escape("a-b"));
    }

    /** {@code man -l} renders the page with no groff warning, with the sections the issue asks for. */
    @Test
    void manRendersThePageWithoutWarnings(@TempDir Path dir) throws Exception {
        Programs.require("man");
        Path file = dir.resolve("lede.1");
        Files.writeString(file, page());
        ProcessBuilder man = new ProcessBuilder("man", "-l", "--warnings", file.toString())
                .redirectError(dir.resolve("err").toFile()).redirectOutput(dir.resolve("out").toFile());
        man.environment().put("MANWIDTH", "80");
        man.environment().put("LC_ALL", "C.UTF-8");
        man.environment().remove("MANPAGER");
        man.environment().put("PAGER", "cat");
        Process process = man.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("err")));
        assertEquals("", Files.readString(dir.resolve("err")));
        String text = plain(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8));
        for (String heading : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS",
                "THE STORY FORMAT", "FILES", "ENVIRONMENT", "EXAMPLES", "INSTALLING")) {
            assertTrue(text.contains("\n" + heading + "\n"), heading);
        }
        for (String shown : List.of("lede export", "--output-dir", "$XDG_STATE_HOME/lede/", "LEDE_JAVA",
                "141", "lede list --format jsonl | jq -r .title")) {
            assertTrue(text.contains(shown), shown);
        }
        assertTrue(text.lines().allMatch(l -> l.length() <= 80 || l.startsWith("       lede ")),
                "a line wider than MANWIDTH");
    }

    /** man's output without the overstrikes of bold and underline. */
    static String plain(String man) {
        return man.replaceAll(".\b", "");
    }
}
