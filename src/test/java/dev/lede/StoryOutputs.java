package dev.lede;

import dev.lede.export.Format;
import dev.lede.story.Story;
import dev.lede.storyfile.ParseResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything that turns a parsed story into text a person or a program will see, so that the hostile corpus and the
 * fuzz tests check each of them the same way.
 */
public final class StoryOutputs {

    /** Shows a parse result as text. */
    @FunctionalInterface
    public interface Render {
        String apply(ParseResult result) throws IOException;
    }

    /** One way of showing a parse result, by name. */
    public record Renderer(String name, Render render) {
    }

    private StoryOutputs() {
    }

    /**
     * The warnings (printed on stderr) and every export format, as a whole document and as one story, with the text
     * format also at its narrowest width.
     */
    public static List<Renderer> all() {
        List<Renderer> renderers = new ArrayList<>();
        renderers.add(renderer("warnings", result ->
                result.problems().stream().map(p -> p + "\n").collect(Collectors.joining())));
        for (Format format : Format.values()) {
            renderers.add(renderer(format.id(), result -> export(format, 80, result.story(), false)));
            renderers.add(renderer(format.id() + " (one story)", result -> export(format, 80, result.story(), true)));
        }
        renderers.add(renderer("text at width 20", result -> export(Format.TEXT, 20, result.story(), false)));
        // TODO(tui): when the reader branch (package dev.lede.tui) merges, add its renderers here: the story screen
        //  and the list screen drawn on a Lanterna DefaultVirtualTerminal at 80x24 and at 20x5, rendered as the
        //  characters of every cell, so the hostile corpus and the fuzz tests also cover what the reader draws.
        return List.copyOf(renderers);
    }

    private static String export(Format format, int width, Story story, boolean one) throws IOException {
        if (story == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        if (one) {
            format.exporter(width).writeOne(story, out);
        } else {
            format.exporter(width).write(List.of(story, story), out);
        }
        return out.toString();
    }

    private static Renderer renderer(String name, Render render) {
        return new Renderer(name, render);
    }
}
