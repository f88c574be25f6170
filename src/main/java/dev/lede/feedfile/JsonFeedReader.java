package dev.lede.feedfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A JSON Feed (1.0 or 1.1) into a {@link ParsedFeed}, read with Jackson's streaming parser; unknown members skipped. */
final class JsonFeedReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxStringLength(FeedParser.MAX_BYTES).build())
            .build();

    private JsonFeedReader() {
    }

    static ParsedFeed read(String text, URI location) throws FeedException {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new FeedException("not a feed: JSON that is not an object");
            }
            String version = null;
            String title = null;
            String home = null;
            List<Item> items = new ArrayList<>();
            boolean hasItems = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "version" -> version = string(p);
                    case "title" -> title = string(p);
                    case "home_page_url" -> home = string(p);
                    case "items" -> {
                        hasItems = p.currentToken() == JsonToken.START_ARRAY;
                        items = items(p);
                    }
                    default -> p.skipChildren();
                }
            }
            if ((version == null || !version.contains("jsonfeed.org/version/")) && !hasItems) {
                throw new FeedException("not a feed: JSON that is not a JSON Feed");
            }
            List<FeedEntry> entries = new ArrayList<>(items.size());
            for (Item item : items) {
                entries.add(item.entry(location));
            }
            return new ParsedFeed(Windows1252.mapped(title), Windows1252.mapped(Links.resolve(location, home)), entries);
        } catch (IOException e) {
            throw new FeedException("malformed JSON: " + FeedParser.oneLine(e.getMessage()));
        }
    }

    private static List<Item> items(JsonParser p) throws IOException {
        List<Item> items = new ArrayList<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return items;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                items.add(item(p));
            } else {
                p.skipChildren();
            }
        }
        return items;
    }

    private static Item item(JsonParser p) throws IOException {
        Item item = new Item();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id" -> item.id = scalar(p);
                case "url" -> item.url = string(p);
                case "external_url" -> item.externalUrl = string(p);
                case "title" -> item.title = string(p);
                case "summary" -> item.summary = string(p);
                case "content_html" -> item.html = string(p);
                case "content_text" -> item.text = string(p);
                case "date_published" -> item.published = string(p);
                case "date_modified" -> item.modified = string(p);
                case "author" -> item.author = item.author != null ? item.author : author(p);
                case "authors" -> item.author = authors(p);
                case "tags" -> item.tags = strings(p);
                case "attachments" -> item.attachments = attachments(p);
                default -> p.skipChildren();
            }
        }
        return item;
    }

    /** A string member; null for any other kind of value (which is skipped). */
    private static String string(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    /** A string or number member as text (JSON Feed 1.0 ids may be numbers). */
    private static String scalar(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? p.getText() : string(p);
    }

    private static String author(JsonParser p) throws IOException {
        String name = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("name")) {
                name = string(p);
            } else {
                p.skipChildren();
            }
        }
        return name;
    }

    /** The first named author of a JSON Feed 1.1 {@code authors} array. */
    private static String authors(JsonParser p) throws IOException {
        String first = null;
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String name = author(p);
            first = first == null ? name : first;
        }
        return first;
    }

    private static List<String> strings(JsonParser p) throws IOException {
        Set<String> strings = new LinkedHashSet<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String s = Windows1252.mapped(string(p));
            if (s != null && !s.isBlank()) {
                strings.add(s.strip());
            }
        }
        return List.copyOf(strings);
    }

    private static List<String[]> attachments(JsonParser p) throws IOException {
        List<String[]> attachments = new ArrayList<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return attachments;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String[] a = new String[3];
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "url" -> a[0] = string(p);
                    case "mime_type" -> a[1] = string(p);
                    case "size_in_bytes" -> a[2] = scalar(p);
                    default -> p.skipChildren();
                }
            }
            attachments.add(a);
        }
        return attachments;
    }

    /** One item as read, before it becomes a {@link FeedEntry}. */
    private static final class Item {
        String id;
        String url;
        String externalUrl;
        String title;
        String summary;
        String html;
        String text;
        String published;
        String modified;
        String author;
        List<String> tags = List.of();
        List<String[]> attachments = List.of();

        FeedEntry entry(URI location) {
            String date = published != null ? published : modified;
            String link = url != null ? url : externalUrl;
            List<Enclosure> enclosures = new ArrayList<>();
            for (String[] a : attachments) {
                String href = Links.resolve(location, a[0]);
                if (href != null) {
                    enclosures.add(new Enclosure(m(href), m(a[1]), length(a[2])));
                }
            }
            return new FeedEntry(m(id), m(Links.resolve(location, link)), m(title), m(author), m(date),
                    FeedDates.parse(date), summary == null ? null : m(XmlFeedReader.escaped(summary)), m(html), m(text),
                    tags, enclosures);
        }

        private static long length(String size) {
            try {
                long n = size == null ? -1 : (long) Double.parseDouble(size);
                return n > 0 ? n : -1;
            } catch (NumberFormatException notANumber) {
                return -1;
            }
        }

        private static String m(String s) {
            return Windows1252.mapped(s);
        }
    }
}
