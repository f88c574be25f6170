package dev.lede;

import dev.lede.export.Format;
import dev.lede.story.Story;
import dev.lede.storyfile.ParseResult;
import dev.lede.tui.ReaderCells;
import java.io.IOException;
import java.io.StringWriter;
import dev.lede.storyfile.StoryLimits;
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

    /** The largest file the reader renderers draw: the largest story lede reads by default. */
    static final int READER_MAX_BYTES = StoryLimits.DEFAULT_MAX_FILE_BYTES;

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
        return List.copyOf(renderers);
    }

    /**
     * {@link #all()}, and the reader: the file's bytes alone in a library folder, loaded and shown by the real reader
     * on a Lanterna virtual terminal at 80x24 and at 20x5 (list, warnings, story folded and unfolded, help, the
     * links screen from the story and from the list, a 1x1 window), rendered as the characters of every cell.
     */
    public static List<Renderer> all(byte[] source, String fileName) {
        List<Renderer> renderers = new ArrayList<>(all());
        if (source.length > READER_MAX_BYTES) {
            return List.copyOf(renderers); // skipped by the library with a warning; the list and warnings are tested
        }
        renderers.add(renderer("reader at 80x24", result -> ReaderCells.draw(source, fileName, 80, 24)));
        renderers.add(renderer("reader at 20x5", result -> ReaderCells.draw(source, fileName, 20, 5)));
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
