package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Starting the browser: which links, which command, and the link as one argument that nothing interprets. */
class BrowserTest {

    /** A terminal that a graphical browser must never be given. */
    private static final Suspension NOT_LENT = new Suspension() {
        @Override
        public boolean requested() {
            return false;
        }

        @Override
        public void suspend() {
        }

        @Override
        public int lend(ProcessBuilder program) {
            throw new AssertionError("a graphical browser must not take the terminal");
        }
    };

    @TempDir
    Path dir;

    /** A fake browser that writes each argument it got, each followed by NUL, to {@code <name>.args}. */
    private Path fake(String name, int exitCode) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\0' \"$@\" > '" + dir.resolve(name + ".args") + "'\nexit "
                + exitCode + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private List<String> arguments(String name) throws Exception {
        Path file = dir.resolve(name + ".args");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!Files.exists(file) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        Thread.sleep(50); // the script may still be writing
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1));
    }

    private Browser browser(String browsers) {
        return new Browser(Map.of("BROWSER", browsers, "PATH", dir.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/a;b",
        "https://example.com/$(touch%20pwned)",
        "https://example.com/x?a=1&b=2;c=$(id)#frag",
        "https://example.com/it's-a-trap",
        "http://example.com/--help",
        "https://example.com/a%20b%3B",
        "https://example.com/-n?%27",
        "HTTPS://EXAMPLE.COM/Upper",
        "https://exämple.com/ünïcode"})
    void aHostileButValidLinkArrivesAsOneArgumentUnchanged(String link) throws Exception {
        fake("recorder", 0);
        String line = browser(dir.resolve("recorder") + " --new-tab").open(link, Suspension.NONE);
        assertEquals(List.of("--new-tab", link), arguments("recorder"), line);
        assertEquals("back from recorder", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.com/",
        "https://example.com/a b",
        "https://example.com/\"quoted\"",
        "https://example.com/`id`",
        "https://example.com/\u001b]8;;https://evil.example\u001b\\",
        "https://example.com/\nsecond-line",
        "https://example.com/\u0085",
        "https://example.com/\u202Egnp.exe",
        "https://example.com/\u00A0nbsp",
        "https://example.com/%s",
        "https:///no-host",
        "https:opaque",
        "//example.com/no-scheme",
        "-https://example.com/",
        ""})
    void anythingButAPlainHttpLinkIsRefusedAndNothingRuns(String link) throws Exception {
        fake("recorder", 0);
        String line = browser(dir.resolve("recorder").toString()).open(link, Suspension.NONE);
        assertTrue(line.startsWith("link refused") || line.equals("no link"), line);
        assertFalse(line.contains("\u001b") || line.contains("\n"), line);
        Thread.sleep(100);
        assertFalse(Files.exists(dir.resolve("recorder.args")), "the browser ran for " + link);
    }

    @Test
    void aVeryLongLinkIsRefused() {
        String link = "https://example.com/" + "a".repeat(Browser.MAX_LINK);
        assertTrue(Browser.refusal(link).startsWith("link refused: longer than"));
    }

    @Test
    void percentSIsReplacedByTheLinkInsideAWordAndPercentPercentIsAPercent() throws Exception {
        fake("recorder", 0);
        browser("recorder --url=%s '100%%' \"two words\"").open("https://example.com/a", Suspension.NONE);
        assertEquals(List.of("--url=https://example.com/a", "100%", "two words"), arguments("recorder"));
    }

    @Test
    void theFirstCommandOfTheListThatIsThereIsUsed() throws Exception {
        fake("second", 0);
        String line = browser("no-such-browser %s:/no/such/path:second").open("https://example.com/", Suspension.NONE);
        assertEquals(List.of("https://example.com/"), arguments("second"));
        assertEquals("back from second", line);
    }

    @Test
    void noBrowserAtAllIsOneLine() {
        assertEquals("no browser found: none of $BROWSER (nothing-here:nor-here) is there",
                browser("nothing-here:nor-here").open("https://example.com/", Suspension.NONE));
        assertEquals("no browser found: set $BROWSER or install xdg-open",
                new Browser(Map.of("PATH", dir.toString())).open("https://example.com/", Suspension.NONE));
    }

    @Test
    void aTerminalBrowserThatFailsIsOneLineWithItsExitCode() throws Exception {
        fake("w3m", 3);
        assertEquals("browser w3m failed (exit code 3)", browser("w3m").open("https://example.com/", Suspension.NONE));
    }

    @Test
    void withoutBrowserXdgOpenIsStartedDetachedAndItsFailureComesLater() throws Exception {
        fake("xdg-open", 4);
        Browser browser = new Browser(Map.of("PATH", dir.toString()));
        String line = browser.open("https://example.com/page", NOT_LENT);
        assertEquals("opened in xdg-open: https://example.com/page", line);
        assertEquals(List.of("https://example.com/page"), arguments("xdg-open"));
        String news = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (news == null && Instant.now().isBefore(deadline)) {
            news = browser.news();
            Thread.sleep(20);
        }
        assertEquals("browser xdg-open failed (exit code 4)", news);
        assertNull(browser.news());
    }

    @Test
    void aKnownGraphicalBrowserInBrowserIsDetachedToo() throws Exception {
        fake("firefox", 0);
        String line = browser("firefox").open("https://example.com/", NOT_LENT);
        assertNotNull(line);
        assertEquals(List.of("https://example.com/"), arguments("firefox"));
    }

    @Test
    void commandsSplitIntoWordsWithoutAnyExpansion() {
        assertEquals(List.of("w3m", "-o", "a b", "$HOME", "`id`", "x;y"),
                Browser.words("w3m -o 'a b' $HOME `id` x\\;y"));
        assertEquals(List.of("a", ""), Browser.words("a ''"));
    }
}
