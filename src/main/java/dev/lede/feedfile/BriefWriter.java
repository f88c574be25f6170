package dev.lede.feedfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * One feed entry as a story file's text: front matter, the title, the lede and the body's blocks, each written so
 * that lede's parser reads exactly what the entry meant (README, "The story format", "What feeds become").
 */
public final class BriefWriter {

    private static final int TITLE_FROM_TEXT = 80;

    private BriefWriter() {
    }

    public static String write(FeedEntry entry, BriefSource source) {
        HtmlBlocks.Body body = body(entry);
        String summary = entry.summaryHtml() == null ? "" : HtmlBlocks.words(entry.summaryHtml());
        List<String> paragraphs = new ArrayList<>();
        String title = title(entry, summary, body);
        paragraphs.add(title);
        boolean summaryIsBody = entry.contentHtml() == null && entry.contentText() == null;
        boolean summaryLede = !summary.isEmpty() && !summaryIsBody && !copies(summary, body)
                && !(key(summary).equals(key(title)) && !key(title).isEmpty());
        if (summaryLede) {
            paragraphs.add(StoryLines.plain(summary));
        }
        List<BriefBlock> blocks = withoutTitle(body.blocks(), title);
        paragraphs.addAll(summaryLede ? lines(blocks) : ledeFirst(blocks));
        StringBuilder out = new StringBuilder(FrontMatterWriter.write(entry, source, body.links()));
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append(i == 0 ? "" : "\n").append(paragraphs.get(i)).append('\n');
        }
        return out.toString();
    }

    private static HtmlBlocks.Body body(FeedEntry entry) {
        if (entry.contentHtml() != null) {
            return HtmlBlocks.ofHtml(entry.contentHtml(), entry.link());
        }
        if (entry.contentText() != null) {
            return HtmlBlocks.ofText(entry.contentText());
        }
        if (entry.summaryHtml() != null) {
            return HtmlBlocks.ofHtml(entry.summaryHtml(), entry.link());
        }
        return new HtmlBlocks.Body(List.of(), List.of(), "");
    }

    /** The title, tags stripped; when missing, the start of the summary, the body, the link, or "Untitled". */
    private static String title(FeedEntry entry, String summary, HtmlBlocks.Body body) {
        String title = entry.title() == null ? "" : HtmlBlocks.text(Jsoup.parseBodyFragment(entry.title()).body());
        if (title.isEmpty()) {
            title = StoryLines.start(summary, TITLE_FROM_TEXT);
        }
        if (title.isEmpty() && !body.blocks().isEmpty()) {
            title = StoryLines.start(body.blocks().get(0).text(), TITLE_FROM_TEXT);
        }
        if (title.isEmpty()) {
            title = StoryLines.oneLine(entry.link());
        }
        return title.isEmpty() ? "Untitled" : title;
    }

    /**
     * True when the summary is the first block with words again, or the start of the body (often cut, with an
     * ellipsis); pictures alone in their block count for neither.
     */
    private static boolean copies(String summary, HtmlBlocks.Body body) {
        String key = key(summary.replaceFirst("\\s*(\\[…]|\\[\\.\\.\\.]|…|\\.\\.\\.)[\\s\\S]*$", ""));
        List<BriefBlock> blocks = body.blocks().stream().filter(BriefWriter::hasWords).toList();
        if (key.isEmpty() || blocks.isEmpty()) {
            return key.isEmpty() && !body.blocks().isEmpty();
        }
        return key.equals(key(blocks.get(0).text())) || key(body.words()).startsWith(key);
    }

    /** False for a picture and for a paragraph without a letter or a digit ({@code * * *}): neither is a lede. */
    private static boolean hasWords(BriefBlock block) {
        return !(block instanceof BriefBlock.Picture)
                && !(block instanceof BriefBlock.Para && key(block.text()).isEmpty());
    }

    /** The blocks without the first one with words when that is a plain paragraph saying the title again. */
    private static List<BriefBlock> withoutTitle(List<BriefBlock> blocks, String title) {
        int first = 0;
        while (first < blocks.size() && !hasWords(blocks.get(first))) {
            first++;
        }
        BriefBlock block = first == blocks.size() ? null : blocks.get(first);
        boolean plain = block instanceof BriefBlock.Para || block instanceof BriefBlock.Labelled labelled
                && !labelled.rest().isEmpty() && !StoryLines.canLabel(labelled.label(), labelled.rest());
        if (!plain || key(title).isEmpty() || !key(block.text()).equals(key(title))) {
            return blocks;
        }
        List<BriefBlock> out = new ArrayList<>(blocks);
        out.remove(first);
        return out;
    }

    /**
     * The blocks' paragraphs with the first one that has words first, where the parser takes it as the lede: the
     * pictures (and marks such as {@code * * *}) before it follow it, as a news page puts its picture under the lede.
     */
    private static List<String> ledeFirst(List<BriefBlock> blocks) {
        int first = 0;
        while (first < blocks.size() && !hasWords(blocks.get(first))) {
            first++;
        }
        if (first == 0 || first == blocks.size()) {
            return lines(blocks);
        }
        List<String> rest = lines(blocks.subList(first, blocks.size()));
        List<String> out = new ArrayList<>(rest.subList(0, 1));
        out.addAll(lines(blocks.subList(0, first)));
        out.addAll(rest.subList(1, rest.size()));
        return out;
    }

    /** Letters and digits only, lower case: what two copies of a text share whatever their markup and spacing. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * The blocks as paragraphs of the format: a heading with the paragraph after it as a labelled line, a quote with
     * who said it as a quote line; what the format cannot say (a heading it cannot hold, a heading with no paragraph
     * after it, a quote with no attribution it can hold) as a plain paragraph, and every plain paragraph written so
     * that it reads as one.
     */
    private static List<String> lines(List<BriefBlock> blocks) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            BriefBlock block = blocks.get(i);
            BriefBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (block instanceof BriefBlock.Heading heading) {
                if (next instanceof BriefBlock.Para para && StoryLines.canLabel(heading.text(), para.text())) {
                    out.add(heading.text() + ": " + para.text());
                    i++;
                } else {
                    out.add(StoryLines.plain(heading.text()));
                }
            } else if (block instanceof BriefBlock.Labelled labelled) {
                if (StoryLines.canLabel(labelled.label(), labelled.rest())) {
                    out.add(labelled.label() + ": " + labelled.rest());
                } else if (labelled.rest().isEmpty() && next instanceof BriefBlock.Para para
                        && StoryLines.canLabel(labelled.label(), para.text())) {
                    out.add(labelled.label() + ": " + para.text());
                    i++;
                } else {
                    out.add(StoryLines.plain(labelled.text()));
                }
            } else if (block instanceof BriefBlock.Quoted quote) {
                out.add(quoteLine(quote));
            } else {
                out.add(StoryLines.plain(block.text()));
            }
        }
        return out;
    }

    private static String quoteLine(BriefBlock.Quoted quote) {
        String who = quote.attribution();
        if (StoryLines.canQuote(who)) {
            int comma = who.indexOf(',');
            String speaker = comma < 0 ? who : who.substring(0, comma).strip();
            String role = comma < 0 ? "" : who.substring(comma + 1).strip();
            return speaker + (role.isEmpty() ? "" : ", " + role) + ": “" + quote.text() + "”";
        }
        return StoryLines.plain("“" + quote.text() + "”" + (who.isEmpty() ? "" : " — " + who));
    }
}
