package dev.lede.storyfile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.ControlCharacters;
import dev.lede.StoryOutputs;
import java.io.IOException;

/**
 * Arbitrary bytes through the parser and every output: no exception, no control character. In {@code mvn verify}
 * this replays {@code StoryParserFuzzTestInputs/parseAndExport/}; the README says how to fuzz for longer.
 */
class StoryParserFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void parseAndExport(byte[] bytes) throws IOException {
        ParseResult result = StoryParser.parse(bytes, "fuzz.txt", "fuzz", new StoryLimits(1 << 20));
        for (StoryOutputs.Renderer renderer : StoryOutputs.all(bytes, "fuzz.txt")) {
            ControlCharacters.assertNone(renderer.render().apply(result), renderer.name());
        }
    }
}
