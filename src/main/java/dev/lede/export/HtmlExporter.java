package dev.lede.export;

import dev.lede.story.Block;
import dev.lede.story.Quote;
import dev.lede.story.QuotedSpans;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/**
 * One self-contained HTML5 document: an {@code <article>} per story with {@code <section>}s, {@code <h2>}
 * headings, {@code <blockquote>} + {@code <cite>} for quotes and {@code <q>} for quoted spans. Every piece of story
 * text is escaped; nothing is loaded from elsewhere.
 */
final class HtmlExporter implements Exporter {

    private static final String STYLE = """
            body{max-width:42em;margin:2em auto;padding:0 1em;font:1.05em/1.5 Georgia,serif;color:#222}
            h1{line-height:1.2}.lede{font-size:1.1em;font-style:italic}.meta{color:#666}
            blockquote{margin:1em 0;padding-left:1em;border-left:4px solid #b8860b}
            blockquote p{color:#7a5500}q{quotes:none;color:#7a5500}article+article{border-top:1px solid #ccc}
            """;

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(Iterable<Story> stories, Writer out) throws IOException {
        Iterator<Story> it = stories.iterator();
        Story first = it.hasNext() ? it.next() : null;
        String title = first == null ? "lede" : first.title();
        out.write("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        if (first != null) {
            story(first, out);
        }
        while (it.hasNext()) {
            story(it.next(), out);
        }
        out.write("</body>\n</html>\n");
    }

    private static void story(Story story, Writer out) throws IOException {
        out.write("<article id=\"" + escape(story.id()) + "\">\n<h1>" + escape(story.title()) + "</h1>\n");
        if (!story.meta().isEmpty()) {
            out.write("<p class=\"meta\">" + escape(Metadata.line(story)) + "</p>\n");
        }
        if (!story.lede().isEmpty()) {
            out.write("<p class=\"lede\">" + withQuotedSpans(story.lede()) + "</p>\n");
        }
        for (Section section : story.sections()) {
            out.write("<section>\n");
            if (section.heading() != null) {
                out.write("<h2>" + escape(section.heading()) + "</h2>\n");
            }
            for (Block block : section.blocks()) {
                if (block instanceof Quote quote) {
                    out.write("<blockquote>\n<p>" + escape(quote.text()) + "</p>\n<footer>— <cite>"
                            + escape(quote.speaker()) + "</cite>"
                            + (quote.role() == null ? "" : ", " + escape(quote.role())) + "</footer>\n</blockquote>\n");
                } else {
                    out.write("<p>" + withQuotedSpans(block.text()) + "</p>\n");
                }
            }
            out.write("</section>\n");
        }
        out.write("</article>\n");
    }

    private static String withQuotedSpans(String text) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (QuotedSpans.Span span : QuotedSpans.find(text)) {
            out.append(escape(text.substring(at, span.start())))
                    .append("<q>").append(escape(text.substring(span.start(), span.end()))).append("</q>");
            at = span.end();
        }
        return out.append(escape(text.substring(at))).toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
