package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "csi colour           | a\u001b[31mb\u001b[0mc          | abc",
        "csi clear and home   | a\u001b[2J\u001b[Hb             | ab",
        "csi private mode     | a\u001b[?1049hb                  | ab",
        "8-bit csi            | a\u009b2Jb                       | ab",
        "osc title with bel   | a\u001b]0;evil\u0007b            | ab",
        "osc with st          | a\u001b]8;;http://x\u001b\\b     | ab",
        "8-bit osc            | a\u009d52;c;aGk=\u0007b          | ab",
        "unterminated osc     | a\u001b]0;evil                   | a",
        "two-char escape      | a\u001bcb                        | ab",
        "lone escape at end   | ab\u001b                         | ab",
        "c0 and del           | a\u0001\u0008\u007fb             | ab",
        "c1 controls          | a\u0085\u0084b                   | ab",
        "dcs with st          | a\u001bP$q\"p\u001b\\b         | ab",
        "apc with bel         | a\u001b_payload\u0007b          | ab",
        "8-bit dcs and pm     | a\u0090x\u009cb\u009ey\u0007c    | abc",
        "lone surrogates      | a\ud800b\udfffc                 | abc",
        "escape before emoji  | a\u001b\ud83d\ude00b             | ab",
        "tab becomes a space  | a\tb                             | a b",
        "bidi overrides       | a\u202eb\u202cc\u2066d\u2069     | abcd",
        "plain text untouched | “quoted” café 東京 👍            | “quoted” café 東京 👍",
    })
    void removesEveryControl(String name, String input, String expected) {
        assertEquals(expected, TextCleaner.clean(input));
        assertTrue(TextCleaner.isClean(TextCleaner.clean(input)));
    }

    @ParameterizedTest
    @CsvSource({"'a\u001b]0;x\nb', 'a\nb'", "'a\u001b\nb', 'a\nb'", "'a\u001bPx\nb', 'a\nb'"})
    void newlinesSurviveAndStopUnterminatedSequences(String input, String expected) {
        assertEquals(expected, TextCleaner.clean(input));
    }

    @Test
    void countsWhatItRemovesAndTheLineOfTheFirst() {
        assertEquals(new TextCleaner.Cleaned("a\nb c\nd", 3, 2),
                TextCleaner.cleanCounting("a\nb\u001b[2J\tc\u202e\n\u0007d"));
        assertEquals(new TextCleaner.Cleaned("plain “text” 👍", 0, 0), TextCleaner.cleanCounting("plain “text” 👍"));
    }

    @Test
    void escapedWritesEveryControlAndLineBreakOutOnOneLine() {
        assertEquals("a\\u001B]2;X\\u0007b\\u000Ac\\u0009d\\u000De\\u2028f\\u2029g\\u009Bh\\u202Ei\\uD800j\\u007F 👍 é \\",
                TextCleaner.escaped("a\u001b]2;X\u0007b\nc\td\re\u2028f\u2029g\u009bh\u202ei\ud800j\u007f 👍 é \\"));
        String plain = "plain “text” 👍 東京";
        assertTrue(plain == TextCleaner.escaped(plain));
    }

    @Test
    void staysLinearOnLongRunsOfSequences() {
        String text = "\u001b]0;".repeat(200_000) + "\n" + "\u0085".repeat(200_000) + "x";
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> assertEquals("\nx", TextCleaner.clean(text)));
    }
}
