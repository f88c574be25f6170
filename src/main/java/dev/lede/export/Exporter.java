package dev.lede.export;

import dev.lede.story.Story;
import java.io.IOException;
import java.io.Writer;

/** Writes stories in one format: a document for many stories, or a document for one. */
public interface Exporter {

    /** The file name extension for this format, without the dot. */
    String extension();

    /** Writes every story as one document (a JSON array, an HTML page…), streaming as it goes. */
    void write(Iterable<Story> stories, Writer out) throws IOException;

    /** Writes one story on its own (for JSON an object rather than an array of one). */
    default void writeOne(Story story, Writer out) throws IOException {
        write(java.util.List.of(story), out);
    }
}
