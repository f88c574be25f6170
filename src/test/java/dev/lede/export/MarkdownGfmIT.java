package dev.lede.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lede.Golden;
import dev.lede.Programs;
import dev.lede.storyfile.StoryParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Markdown export checked with {@code cmark-gfm}, GitHub's own renderer, with its extensions on (automatic
 * links, tables, strikethrough, tag filter): no story text becomes a link or markup. CI installs {@code cmark-gfm}
 * (Debian package of that name); without it the test is skipped, or fails under {@code CI=true}.
 */
class MarkdownGfmIT {

    @Test
    void noHostileTextBecomesMarkupOrALinkOnGitHub() throws Exception {
        String markdown = MarkdownEscapeTest.HOSTILE_TEXT.stream().map(MarkdownExporter::escape)
                .collect(Collectors.joining("\n\n", "", "\n"));
        String expected = MarkdownEscapeTest.HOSTILE_TEXT.stream().map(t -> "<p>" + html(t) + "</p>\n")
                .collect(Collectors.joining());
        assertEquals(expected, gfm(markdown).replace("\u2060", ""));
    }

    @Test
    void aHostileStoryHasNoLinkOnGitHub() throws Exception {
        byte[] bytes = Files.readAllBytes(Golden.RESOURCES.resolve("hostile/markdown_and_html_injection.txt"));
        StringWriter out = new StringWriter();
        Format.MARKDOWN.exporter(80).write(List.of(StoryParser.parse(bytes, "x.txt", "x").story()), out);
        String html = gfm(out.toString());
        for (String tag : List.of("<a ", "<img", "<script", "<div", "<code", "<em", "<strong", "<del", "<table",
                "<ul", "<ol", "<pre", "<hr")) {
            assertFalse(html.contains(tag), tag + " in " + html);
        }
    }

    private static String gfm(String markdown) throws IOException, InterruptedException {
        Programs.require("cmark-gfm");
        Process process = new ProcessBuilder("cmark-gfm", "-e", "autolink", "-e", "table", "-e", "strikethrough",
                "-e", "tagfilter").redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write(markdown.getBytes(StandardCharsets.UTF_8));
        }
        String html = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("cmark-gfm did not finish");
        }
        assertEquals(0, process.exitValue(), html);
        return html;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
