package dev.lede.library;

import dev.lede.storyfile.StoryLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.story.Story;
import dev.lede.storyfile.ParseResult;
import dev.lede.storyfile.Problem;
import dev.lede.storyfile.StoryIds;
import dev.lede.storyfile.StoryDates;
import dev.lede.storyfile.StoryParser;
import dev.lede.storyfile.Summary;
import dev.lede.text.TextCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list, with or without the cache, is what parsing every file in full gives. */
class LibraryLoaderTest {

    @TempDir
    Path one;

    @TempDir
    Path two;

    @TempDir
    Path cache;

    private void mixedLibrary() throws Exception {
        Stories.write(one, "001_plain.txt", Stories.story("Plain story", 2));
        Stories.write(one, "002_front.txt", "---\ndate: 2025-01-31\nfeed: \"the-feed\"\nurl: \"https://x.test/a\"\n"
                + "author: Ann\ntags: [one, \"two\"]\n---\nDated story\nLede.\nContext: text.");
        Stories.write(one, "004_fetched.txt", "---\ndate: not a date\nfetched: \"2026-11-30T10:00:00Z\"\ntags: solo\n"
                + "---\nFetched story\nLede.");
        Stories.write(one, "003_badfront.txt", "---\ndate: [oops\n---\nBad front matter\nText.");
        Files.write(one.resolve("004_binary.txt"), new byte[] {'a', 0, 'b'});
        Files.write(one.resolve("005_latin1.txt"), "Caf\u00e9 story\nText.".getBytes(StandardCharsets.ISO_8859_1));
        Stories.write(one, "006_empty.txt", "  \n");
        Files.createDirectory(one.resolve("007_folder.txt"));
        Stories.write(one, ".hidden.txt", "Hidden");
        Stories.write(one, "notes.md", "Not a story");
        Stories.write(one, "008_dup.txt", "First of a pair");
        Stories.write(two, "000_early.txt", "From the second folder, sorted first");
        Stories.write(two, "009_dup.txt", "Second of a pair");
        Stories.write(two, "010_crlf.txt", "Windows story\r\nLede\r\nLabel: x\r\n");
    }

    /** What the library must hold: every file parsed in full, in name order, later duplicate ids skipped. */
    private static Expected expected(List<Path> dirs) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().endsWith(".txt"))
                        .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
            }
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        List<StoryRef> refs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            String label = TextCleaner.clean(file.toString());
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(label, 0, "skipped: not a regular file"));
                continue;
            }
            String id = StoryIds.fromFileName(file.getFileName().toString());
            ParseResult result = StoryParser.parse(Files.readAllBytes(file), label, id);
            problems.addAll(result.problems());
            Story story = result.story();
            if (story == null) {
                continue;
            }
            String first = seen.putIfAbsent(id, label);
            if (first != null) {
                problems.add(new Problem(label, 0, "skipped: id '" + id + "' is already used by " + first));
                continue;
            }
            refs.add(expectedRef(story, id, file, label));
        }
        return new Expected(refs, problems);
    }

    /** What the list should say of a story, from its full parse and its file's time. */
    private static StoryRef expectedRef(Story story, String id, Path file, String label) throws IOException {
        Map<String, Object> meta = story.meta();
        String date = meta.get("date") == null ? null : meta.get("date").toString();
        long time = StoryDates.parse(date);
        if (time == Summary.NO_TIME) {
            time = StoryDates.parse(text(meta, "fetched"));
        }
        if (time == Summary.NO_TIME) {
            time = Files.getLastModifiedTime(file).toMillis();
        }
        return new StoryRef(id, file, label, story.title(), date, story.sections().size(), text(meta, "feed"),
                text(meta, "url"), text(meta, "author"), tags(meta.get("tags")), time);
    }

    private static String text(Map<String, Object> meta, String key) {
        return meta.get(key) == null ? null : meta.get(key).toString();
    }

    private static List<String> tags(Object tags) {
        return tags == null ? List.of() : tags instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of(tags.toString());
    }

    private record Expected(List<StoryRef> refs, List<Problem> problems) {
    }

    @Test
    void listWithAndWithoutTheCacheEqualsTheFullParse() throws Exception {
        mixedLibrary();
        List<Path> dirs = List.of(one, two);
        Expected expected = expected(dirs);
        Library uncached = LibraryLoader.load(dirs);
        LibraryLoader cached = new LibraryLoader(cache, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE);
        Library cold = cached.read(dirs);
        Library warm = cached.read(dirs);
        for (Library library : List.of(uncached, cold, warm)) {
            assertEquals(expected.refs(), library.stories());
            assertEquals(expected.problems(), library.problems());
            assertEquals(4, library.skipped()); // binary, empty, folder, second of the pair
        }
        StoryRef front = warm.find("front").orElseThrow();
        assertEquals(List.of("2025-01-31", "the-feed", "https://x.test/a", "Ann", List.of("one", "two")),
                List.of(front.date(), front.feed(), front.url(), front.author(), front.tags()));
        assertEquals(StoryDates.parse("2025-01-31"), front.time());
        StoryRef fetched = warm.find("fetched").orElseThrow();
        assertEquals(List.of(StoryDates.parse("2026-11-30T10:00:00Z"), List.of("solo")),
                List.of(fetched.time(), fetched.tags()));
    }

    @Test
    void openParsesTheFileWhenAsked() throws Exception {
        mixedLibrary();
        Library library = LibraryLoader.load(List.of(one));
        StoryRef ref = library.find("plain").orElseThrow();
        assertEquals(2, library.open(ref).sections().size());
        Files.delete(ref.path());
        Story gone = library.open(ref);
        assertEquals("Plain story", gone.title());
        assertTrue(gone.sections().get(0).blocks().get(0).text().startsWith("(lede could not read this story"));
    }

    @Test
    void allOpensEveryStoryInOrder() throws Exception {
        for (int i = 0; i < 300; i++) {
            Stories.write(one, String.format("%03d_s%d.txt", i, i), Stories.story("Story " + i, i % 4));
        }
        Library library = LibraryLoader.load(List.of(one));
        List<String> titles = new ArrayList<>();
        for (Story story : library.all()) {
            titles.add(story.title());
        }
        assertEquals(library.stories().stream().map(StoryRef::title).toList(), titles);
    }
}
