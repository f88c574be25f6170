package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which links may go inside an OSC 8 sequence, and the sequence itself. */
class HyperlinksTest {

    @Test
    void aPlainHttpLinkIsWrittenBetweenTheOpeningAndTheEnd() {
        assertTrue(Hyperlinks.writable("https://example.com/a?b=1&c=$(x);d#e"));
        assertEquals("\u001b]8;;https://example.com/\u001b\\", Hyperlinks.start("https://example.com/"));
        assertEquals("\u001b]8;;\u001b\\", Hyperlinks.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "https://example.com/\u001b\\x",
        "https://example.com/\u0007", "https://example.com/\u009c", "https://example.com/\u009d8;;x",
        "https://exämple.com/", "https://example.com/a b", "https://example.com/;\u001b]8;;https://evil/"})
    void anythingThatCouldEndOrStartASequenceOrIsNoWebLinkIsNotWritten(String url) {
        assertFalse(Hyperlinks.writable(url), url);
    }

    @Test
    void aLinkLongerThanTerminalsKeepIsShownButNotLinked() {
        assertTrue(Hyperlinks.writable("https://example.com/" + "a".repeat(Hyperlinks.MAX - 20)));
        assertFalse(Hyperlinks.writable("https://example.com/" + "a".repeat(Hyperlinks.MAX)));
    }
}
