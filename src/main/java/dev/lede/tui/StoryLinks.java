package dev.lede.tui;

import dev.lede.story.Block;
import dev.lede.story.Section;
import dev.lede.story.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every link of a story, each once, in the order the links screen numbers them: the story's page ({@code url} in
 * its front matter), the links fetched with it ({@code links:}), its enclosures, then the {@code http(s)} addresses
 * written in its text.
 */
final class StoryLinks {

    /** Where a link came from. */
    enum Origin {
        PAGE("page"), LINK("link"), ENCLOSURE("enclosure"), TEXT("in the text");

        final String label;

        Origin(String label) {
            this.label = label;
        }

        /** True for links lede read from the front matter, which it may write as OSC 8 hyperlinks. */
        boolean ofTheModel() {
            return this != TEXT;
        }
    }

    /** One link and where it came from. */
    record Link(String url, Origin origin) {
    }

    /** A story lists at most this many links; a feed's writer keeps 1,000 of them. */
    static final int MAX = 2_000;

    /**
     * An address in text: up to a space or a character that does not belong in one. No {@code \b}: Java looks back
     * over every combining mark before each place it tries, which took minutes on a letter with 80,000 of them
     * ({@code hostile/combining_marks_80k}); the letter before is checked by hand instead.
     */
    private static final Pattern IN_TEXT = Pattern.compile("(?i)https?://[^\\s<>\"`{}|\\\\^\\[\\]]+");

    private StoryLinks() {
    }

    /** The story's page: {@code url} in its front matter, or null. */
    static String page(Story story) {
        return story.meta().get("url") instanceof String url && !url.isBlank() ? url.strip() : null;
    }

    static List<Link> of(Story story) {
        Map<String, Origin> links = new LinkedHashMap<>();
        add(links, page(story), Origin.PAGE);
        if (story.meta().get("links") instanceof List<?> list) {
            list.forEach(item -> add(links, item instanceof String s ? s : null, Origin.LINK));
        }
        if (story.meta().get("enclosures") instanceof List<?> list) {
            list.forEach(item -> add(links, item instanceof Map<?, ?> m && m.get("url") instanceof String s ? s
                    : null, Origin.ENCLOSURE));
        }
        inText(links, story.title());
        inText(links, story.lede());
        for (Section section : story.sections()) {
            inText(links, section.heading());
            for (Block block : section.blocks()) {
                inText(links, block.text());
            }
        }
        List<Link> all = new ArrayList<>();
        links.forEach((url, origin) -> all.add(new Link(url, origin)));
        return List.copyOf(all);
    }

    private static void inText(Map<String, Origin> links, String text) {
        if (text == null || links.size() >= MAX) {
            return;
        }
        Matcher m = IN_TEXT.matcher(text);
        while (m.find() && links.size() < MAX) {
            if (m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                add(links, trimmed(m.group()), Origin.TEXT);
            }
        }
    }

    /** An address without what ends the sentence around it: {@code (see https://a.example/x).} */
    static String trimmed(String url) {
        int open = 0;
        int close = 0;
        for (int i = 0; i < url.length(); i++) {
            open += url.charAt(i) == '(' ? 1 : 0;
            close += url.charAt(i) == ')' ? 1 : 0;
        }
        int end = url.length();
        while (end > 0) {
            char c = url.charAt(end - 1);
            if (".,;:!?'’”»".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && open < close) {
                end--;
                close--;
            } else {
                break;
            }
        }
        return url.substring(0, end);
    }

    private static void add(Map<String, Origin> links, String url, Origin origin) {
        if (url != null && !url.isBlank() && links.size() < MAX) {
            links.putIfAbsent(url.strip(), origin);
        }
    }
}
