package dev.lede.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the list of a library needs to know about one story, without its text: enough to show it, order it and
 * choose it. Open the story with {@link Library#open(StoryRef)}. Two refs are equal when all their accessors are.
 *
 * <p>A library of a million stories holds a million of these, so each is small: its strings packed into one byte
 * array ({@link PackedText}), its path and file label made on demand from its folder and file name, its id kept as
 * the part of the file name it is, and its feed, author and tags shared with the other stories of its folder that
 * have the same (see README, "Performance").
 */
public final class StoryRef {

    private static final int NAME = 0;
    private static final int TITLE = 1;
    private static final int DATE = 2;
    private static final int URL = 3;
    private static final int ID = 4;
    private static final int STRINGS = 5;

    /** The folder of a file found by a scan, or the {@link Located} of a ref made by hand. */
    private final Object where;
    /**
     * Name, title, date, url, id (null where the id is part of the name), then the id's start + 1 and length and
     * the number of sections.
     */
    private final byte[] text;
    private final Meta meta;
    private final long time;

    private record Located(Path path, String file) {
    }

    /** The front matter that stories share (a feed's stories share their feed name, often author and tags too). */
    record Meta(String feed, String author, List<String> tags) {
        static final Meta NONE = new Meta(null, null, List.of());

        Meta {
            tags = List.copyOf(tags);
        }
    }

    /**
     * @param id       the id ({@link dev.lede.storyfile.StoryIds}): one line of visible text
     * @param path     the file's path, or null for a story of no file
     * @param file     the file's path as the user named its folder, as it is (JSON gives it so; messages escape it)
     * @param date     the front-matter date as written, or null
     * @param sections the number of sections
     * @param feed     the front-matter {@code feed} (the name {@code lede fetch} gave the feed), or null
     * @param url      the front-matter {@code url}, or null
     * @param author   the front-matter {@code author}, or null
     * @param tags     the front-matter {@code tags}, never null
     * @param time     when the story is from, in milliseconds since the epoch: its front-matter {@code date} when that
     *                 reads ({@link dev.lede.storyfile.StoryDates}), else its {@code fetched}, else the file's
     *                 modification time (when it arrived in the library)
     */
    public StoryRef(String id, Path path, String file, String title, String date, int sections, String feed,
                    String url, String author, List<String> tags, long time) {
        this(new Located(path, file), PackedText.pack(new String[] {null, title, date, url, id}, 0, 0, sections),
                new Meta(feed, author, tags), time);
    }

    /** A story without front matter, of no particular time (tests). */
    public StoryRef(String id, Path path, String file, String title, String date, int sections) {
        this(id, path, file, title, date, sections, null, null, null, List.of(), 0);
    }

    private StoryRef(Object where, byte[] text, Meta meta, long time) {
        this.where = where;
        this.text = text;
        this.meta = meta.equals(Meta.NONE) ? Meta.NONE : meta;
        this.time = time;
    }

    /**
     * The ref of the file {@code name} of the folder {@code dir}: its path is {@code dir.resolve(name)} and its file
     * label that path as text, both made when asked for; {@code meta} is best shared with other refs.
     */
    static StoryRef inFolder(Path dir, String name, String id, String title, String date, int sections, String url,
                             Meta meta, long time) {
        int start = name.indexOf(id);
        byte[] text = start < 0 ? PackedText.pack(new String[] {name, title, date, url, id}, 0, 0, sections)
                : PackedText.pack(new String[] {name, title, date, url, null}, start + 1, id.length(), sections);
        return new StoryRef(dir, text, meta, time);
    }

    public String id() {
        int start = PackedText.number(text, STRINGS, 0) - 1;
        return start < 0 ? PackedText.string(text, ID)
                : PackedText.part(text, NAME, start, start + PackedText.number(text, STRINGS, 1));
    }

    /** The file's path, or null for a story of no file. */
    public Path path() {
        return where instanceof Located located ? located.path() : ((Path) where).resolve(name());
    }

    /**
     * The folder of the file, as the user named it, without making the file's path (the reader groups a million
     * stories by it); null for a story of no file.
     */
    public Path folder() {
        if (where instanceof Located located) {
            return located.path() == null ? null : located.path().getParent();
        }
        return (Path) where;
    }

    /** The file's path as the user named its folder, as it is (JSON gives it so; messages escape it). */
    public String file() {
        return where instanceof Located located ? located.file() : path().toString();
    }

    public String title() {
        return PackedText.string(text, TITLE);
    }

    /** The front-matter date as written, or null. */
    public String date() {
        return PackedText.string(text, DATE);
    }

    /** The number of sections. */
    public int sections() {
        return PackedText.number(text, STRINGS, 2);
    }

    /** The front-matter {@code feed} (the name {@code lede fetch} gave the feed), or null. */
    public String feed() {
        return meta.feed();
    }

    /** The front-matter {@code url}, or null. */
    public String url() {
        return PackedText.string(text, URL);
    }

    /** The front-matter {@code author}, or null. */
    public String author() {
        return meta.author();
    }

    /** The front-matter {@code tags}, never null. */
    public List<String> tags() {
        return meta.tags();
    }

    /**
     * When the story is from, in milliseconds since the epoch: its front-matter {@code date} when that reads
     * ({@link dev.lede.storyfile.StoryDates}), else its {@code fetched}, else the file's modification time.
     */
    public long time() {
        return time;
    }

    private String name() {
        return PackedText.string(text, NAME);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof StoryRef r && time == r.time && meta.equals(r.meta)
                && sections() == r.sections() && Objects.equals(id(), r.id()) && Objects.equals(path(), r.path())
                && Objects.equals(file(), r.file()) && Objects.equals(title(), r.title())
                && Objects.equals(date(), r.date()) && Objects.equals(url(), r.url());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id(), path(), file(), title(), date(), sections(), feed(), url(), author(), tags(), time);
    }

    @Override
    public String toString() {
        return "StoryRef[id=" + id() + ", path=" + path() + ", file=" + file() + ", title=" + title() + ", date="
                + date() + ", sections=" + sections() + ", feed=" + feed() + ", url=" + url() + ", author=" + author()
                + ", tags=" + tags() + ", time=" + time + "]";
    }
}
