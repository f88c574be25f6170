package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher under a POSIX locale ({@code LC_ALL=C}, as cron, systemd and {@code env -i} give), with file
 * and folder names that are not ASCII, and one that is not even UTF-8. The names are made by the shell, from bytes,
 * so the test does not depend on the locale of the JVM that runs it.
 */
class LocaleIT {

    private static final Map<String, String> POSIX = Map.of("LC_ALL", "C", "LANG", "C", "LC_CTYPE", "C");

    @TempDir
    Path tmp;

    @BeforeEach
    void library() throws IOException, InterruptedException {
        sh("e=$(printf 'caf\\303\\251'); u=$(printf 'f\\303\\274r'); mkdir lib \"$u\""
                + " && printf 'Caf\\303\\251 title\\n\\nThe lede.\\n' >\"lib/001_$e.txt\""
                + " && printf 'Other\\n\\nLede.\\n' >\"lib/002_$(printf 'bad\\377').txt\""
                + " && printf 'Third\\n\\nLede.\\n' >lib/003_third.txt && cp \"lib/001_$e.txt\" \"$u/\"");
    }

    /** Runs a shell command in the temporary folder; the only way here to make a name of arbitrary bytes. */
    private void sh(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command).directory(tmp.toFile()).inheritIO().start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, command);
    }

    /**
     * Runs the launcher under the POSIX locale with arguments written in shell syntax, so that names can be made by
     * {@code printf} from bytes and never pass through this JVM's locale.
     */
    private LauncherIT.Run lede(String shellArguments) throws IOException, InterruptedException {
        return LauncherIT.lede(List.of("bash", "-c", "exec \"$0\" " + shellArguments), tmp, POSIX);
    }

    @Test
    void aPosixLocaleListsNamesThatAreNotAsciiAndPrintsUtf8() throws Exception {
        LauncherIT.Run run = lede("list --format json lib");
        assertEquals(0, run.code(), run.err());
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertEquals(2, rows.size(), run.out());
        assertEquals("caf\u00e9", rows.get(0).get("id").asText());
        assertEquals("Caf\u00e9 title", rows.get(0).get("title").asText());
        assertEquals("lib/001_caf\u00e9.txt", rows.get(0).get("file").asText());
        assertEquals("third", rows.get(1).get("id").asText());
        LauncherIT.Run show = lede("show \"$(printf 'caf\\303\\251')\" lib");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().startsWith("Caf\u00e9 title\n"), show.out());
    }

    /**
     * A locale named UTF-8 that is not installed (a container without {@code tr_TR.UTF-8}, or the
     * {@code LC_CTYPE=UTF-8} an ssh session from macOS brings) is the POSIX locale to the C library, and to Java.
     */
    @Test
    void aUtf8LocaleThatIsNotInstalledListsNamesThatAreNotAscii() throws Exception {
        for (Map<String, String> locale : List.of(Map.of("LC_ALL", "xx_NOWHERE.UTF-8"),
                Map.of("LC_ALL", "", "LC_CTYPE", "UTF-8", "LANG", ""),
                Map.of("LC_ALL", "", "LC_CTYPE", "", "LANG", "xx_NOWHERE.utf8"))) {
            LauncherIT.Run run = LauncherIT.lede(List.of(), tmp, locale, "list", "--format", "tsv", "lib");
            assertEquals(0, run.code(), run.err());
            assertEquals("1\tcaf\u00e9\tCaf\u00e9 title\t0\n2\tthird\tThird\t0\n", run.out(), locale.toString());
            assertEquals(List.of("lede: warning: lib/002_bad\uFFFD.txt: skipped: its name is not valid UTF-8, so lede"
                    + " cannot open it; rename the file"), run.err().lines()
                    .filter(line -> !line.startsWith("bash: warning: setlocale")).toList(), locale.toString());
        }
    }

    @Test
    void aNameThatIsNotUtf8IsSkippedWithTheReason() throws Exception {
        for (String locale : List.of("", "LC_ALL=C.UTF-8 ")) {
            LauncherIT.Run run = LauncherIT.lede(List.of("bash", "-c", locale + "exec \"$0\" list --format tsv lib"),
                    tmp, POSIX);
            assertEquals(0, run.code(), run.err());
            assertEquals(List.of("lede: warning: lib/002_bad\uFFFD.txt: skipped: its name is not valid UTF-8, so lede"
                    + " cannot open it; rename the file"), run.err().lines().toList(), locale);
        }
    }

    @Test
    void aFolderNamedInUtf8WorksUnderAPosixLocale() throws Exception {
        LauncherIT.Run list = lede("list --format tsv \"$(printf 'f\\303\\274r')\"");
        assertEquals(0, list.code(), list.err());
        assertEquals("1\tcaf\u00e9\tCaf\u00e9 title\t0\n", list.out());
        LauncherIT.Run read = lede("\"$PWD/$(printf 'f\\303\\274r')\"");
        assertEquals(2, read.code(), read.err());
        assertTrue(read.err().startsWith("lede: error: the reader needs an interactive terminal"), read.err());
        assertFalse(read.err().contains("Exception"), read.err());
    }

    /**
     * A folder whose name is not UTF-8 reaches Java with U+FFFD in place of the bad byte, so it cannot be opened:
     * each command says why in one line instead of "not found" or "Unmatched argument".
     */
    @Test
    void aFolderNamedInBytesThatAreNotUtf8IsAUsageErrorSayingWhy() throws Exception {
        sh("mkdir \"$(printf 'bad\\377')\" && cp lib/003_third.txt \"$(printf 'bad\\377')/\"");
        for (String args : List.of("list \"$(printf 'bad\\377')\"", "\"$PWD/$(printf 'bad\\377')\"",
                "export --output-dir \"$(printf 'bad\\377')\" lib")) {
            LauncherIT.Run run = lede(args);
            assertEquals(2, run.code(), args + ": " + run.err());
            assertTrue(run.err().startsWith("lede: ") && run.err().contains("bad\uFFFD' is not valid UTF-8, so lede"
                    + " cannot open it; rename it"), args + ": " + run.err());
            assertFalse(run.err().contains("Unmatched") || run.err().contains("not found")
                    || run.err().contains("Did you mean"), args + ": " + run.err());
        }
    }

    /** Run straight from the jar, without the launcher's C.UTF-8, names Java cannot use get reasons, not traces. */
    @Test
    void withoutTheLauncherAPosixLocaleGivesReasonsNotStackTraces() throws Exception {
        String java = "exec java -Dlede.home=\"${0%/lede}\" -jar \"${0%/lede}/target/lede.jar\" ";
        LauncherIT.Run list = LauncherIT.lede(List.of("bash", "-c", java + "list --format tsv lib"), tmp, POSIX);
        assertEquals(0, list.code(), list.err());
        assertEquals("1\tthird\tThird\t0\n", list.out());
        String why = "cannot be written in the character set of the locale; run lede under a UTF-8 locale"
                + " (LC_ALL=C.UTF-8)";
        assertEquals(2, list.err().lines().filter(l -> l.startsWith("lede: warning: lib/00") && l.endsWith(": skipped:"
                + " its name cannot be written in the character set of the locale, so lede cannot open it; run lede"
                + " under a UTF-8 locale (LC_ALL=C.UTF-8)")).count(), list.err());
        for (String args : List.of("list", "")) {
            LauncherIT.Run folder = LauncherIT.lede(List.of("bash", "-c", java + args
                    + " \"$PWD/$(printf 'f\\303\\274r')\""), tmp, POSIX);
            assertEquals(2, folder.code(), folder.err());
            assertTrue(folder.err().startsWith("lede: error: '" + tmp + "/f\uFFFD\uFFFDr' " + why + "; see 'lede "),
                    folder.err());
            assertEquals(1, folder.err().lines().count(), folder.err());
        }
    }
}
