package dev.lede.feedfile;

import java.util.List;

/**
 * One subscription of an OPML file.
 *
 * @param folders the titles of the outlines it sits in, outermost first (lede keeps them as tags)
 */
public record OpmlOutline(String title, String xmlUrl, String htmlUrl, List<String> folders) {

    public OpmlOutline {
        folders = List.copyOf(folders);
    }
}
