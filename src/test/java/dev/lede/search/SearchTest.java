package dev.lede.search;

import dev.lede.storyfile.StoryLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Fifo;
import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.LibraryLoader;
import dev.lede.story.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {

    @TempDir
    Path lib;

    @TempDir
    Path cache;

    private void write(String name, String text) throws IOException {
        Path file = lib.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    @BeforeEach
    void library() throws IOException {
        write("001_body.txt", "Trade talks resume\nThe harbour council met again.\nContext: Officials said the "
                + "fishing quotas were a matter of trust. Nothing else.");
        write("002_title.txt", "Fishing quotas agreed\nA short lede.\nContext: Nothing more to say.");
        write("003_words.txt", "Quotas for fishing boats\nThe fishing fleet welcomed new quotas.");
        write("004_none.txt", "Weather\nRain again.");
    }

    private Library load() throws LibraryException {
        return new LibraryLoader(cache, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE).read(List.of(lib));
    }

    private List<String> ids(String query) throws Exception {
        return new Search(load(), cache, "test", LibraryLoader.Progress.NONE).run(SearchQuery.parse(query))
                .stream().map(h -> h.ref().id()).toList();
    }

    @Test
    void aWordFindsTheWordsItBeginsAndWholeWordsRankFirst() throws Exception {
        write("005_long.txt", "Streets\nPlans to pedestrianise the old town.");
        write("006_exact.txt", "Squares\nA pedestrian square, pedestrian streets.");
        assertEquals(List.of("exact", "long"), ids("pedestrian"));
        assertEquals(List.of("words", "title", "body"), ids("quot"), "in title and text, title, text");
        assertEquals(List.of(), ids("uotas"), "the full text matches the starts of words");
    }

    @Test
    void accentsDoNotMatterAndCjkIsFoundByCharacters() throws Exception {
        write("005_cafe.txt", "Le Café du coin\nOuvert.");
        write("006_tokyo.txt", "東京で新しい図書館が開館\n市民が集まった。");
        write("007_strasse.txt", "Hauptstraße\nGesperrt.");
        assertEquals(List.of("cafe"), ids("cafe"));
        assertEquals(List.of("cafe"), ids("CAFÉ"));
        assertEquals(List.of("tokyo"), ids("図書館"));
        assertEquals(List.of("tokyo"), ids("館"));
        assertEquals(List.of("tokyo"), ids("市民"));
        assertEquals(List.of(), ids("館図"));
        assertEquals(List.of("strasse"), ids("hauptstrasse"));
    }

    @Test
    void aPhraseNeedsItsWordsTogetherAndTitleMatchesRankFirst() throws Exception {
        assertEquals(List.of("title", "body"), ids("\"fishing quotas\""));
    }

    @Test
    void everyWordMustOccurAnywhere() throws Exception {
        List<String> ids = ids("fishing quotas");
        assertEquals(3, ids.size());
        assertEquals("body", ids.get(2)); // the only one without both words in its title
        assertTrue(ids.containsAll(List.of("title", "words")));
        assertEquals(List.of("body"), ids("quotas harbour"));
        assertEquals(List.of(), ids("quotas snow"));
    }

    @Test
    void theIndexFollowsAddedChangedAndDeletedFiles() throws Exception {
        assertEquals(List.of("none"), ids("rain"));
        write("005_new.txt", "Rain story\nMore rain.");
        Files.delete(lib.resolve("004_none.txt"));
        write("003_words.txt", "Quotas for fishing boats\nIt will rain on the fleet.");
        assertEquals(List.of("new", "words"), ids("rain"));
    }

    @Test
    void theSameFolderSpelledAnotherWayNeedsNoReindexing() throws Exception {
        assertEquals(List.of("none"), ids("rain"));
        Library relative = new LibraryLoader(cache, "test", StoryLimits.DEFAULT, LibraryLoader.Progress.NONE)
                .read(List.of(Path.of("").toAbsolutePath().relativize(lib)));
        assertEquals(4, relative.stories().size());
        for (int i = 0; i < relative.stories().size(); i++) {
            assertEquals(load().version(i), relative.version(i));
        }
    }

    @Test
    void aCorruptIndexIsRebuilt() throws Exception {
        assertEquals(List.of("none"), ids("rain"));
        try (Stream<Path> files = Files.walk(cache.resolve("index"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        assertEquals(List.of("none"), ids("rain"));
    }

    @Test
    void anIndexLockedByAnotherLedeGivesWayToATemporaryOne() throws Exception {
        assertEquals(List.of("none"), ids("rain"));
        Path index;
        try (Stream<Path> dirs = Files.list(cache.resolve("index"))) {
            index = dirs.findFirst().orElseThrow();
        }
        write("005_new.txt", "Rain story\nMore rain.");
        try (var directory = org.apache.lucene.store.FSDirectory.open(index);
             var writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            assertEquals(List.of("new", "none"), ids("rain"));
        }
        assertEquals(List.of("new", "none"), ids("rain"));
    }

    private Path indexFolder() throws IOException {
        try (Stream<Path> dirs = Files.list(cache.resolve("index"))) {
            return dirs.findFirst().orElseThrow();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    @Test
    void theIndexIsNeverWrittenThroughALink(@TempDir Path elsewhere) throws Exception {
        assertEquals(List.of("none"), ids("rain"));
        Path index = indexFolder();
        SearchIndex.deleteQuietly(index);
        Path outside = Files.createDirectory(elsewhere.resolve("one"));
        Files.createSymbolicLink(index, outside);
        write("005_new.txt", "Rain story\nMore rain.");
        assertEquals(List.of("new", "none"), ids("rain"));
        assertEquals(List.of(), names(outside));

        SearchIndex.deleteQuietly(cache.resolve("index"));
        Path alsoOutside = Files.createDirectory(elsewhere.resolve("two"));
        Files.createSymbolicLink(cache.resolve("index"), alsoOutside);
        assertEquals(List.of("new", "none"), ids("rain"));
        assertEquals(List.of(), names(alsoOutside));
        assertEquals(List.of(), names(outside));
    }

    @Test
    void aFifoInTheIndexIsRemovedWithoutBlocking() throws Exception {
        assertEquals(List.of("none"), ids("rain"));
        Path lock = indexFolder().resolve("write.lock");
        Files.deleteIfExists(lock);
        Fifo.make(lock);
        write("005_new.txt", "Rain story\nMore rain.");
        assertEquals(List.of("new", "none"), Fifo.withoutBlocking(lock, () -> ids("rain")));
        assertEquals(List.of("new", "none"), ids("rain"));
    }

    @Test
    void theIndexFoldersAreMadeForTheUserAlone() throws Exception {
        assertEquals(List.of("none"), ids("rain"));
        for (Path folder : List.of(cache.resolve("index"), indexFolder())) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)),
                    folder.toString());
        }
    }

    @Test
    void withoutACacheFolderATemporaryIndexAnswers() throws Exception {
        Library library = LibraryLoader.load(List.of(lib));
        List<Hit> hits = new Search(library, null, "test", LibraryLoader.Progress.NONE)
                .run(SearchQuery.parse("\"fishing quotas\""));
        assertEquals(List.of("title", "body"), hits.stream().map(h -> h.ref().id()).toList());
    }

    @Test
    void titleMatchesNeedNoIndex() throws Exception {
        Search search = new Search(load(), null, "test", LibraryLoader.Progress.NONE);
        assertEquals(List.of("title", "words"),
                search.titleMatches(SearchQuery.parse("quotas")).stream().map(r -> r.id()).toList());
        assertTrue(Files.notExists(cache.resolve("index")));
    }

    /** Each word of the query inside one word of the text, each phrase as whole words: what titles are held to. */
    private static boolean holdsAllInWords(String text, SearchQuery query) {
        List<String> words = new java.util.ArrayList<>();
        Words.each(text, (word, start, end) -> words.add(word));
        String joined = " " + String.join(" ", words) + " ";
        return query.clauses().stream().allMatch(clause -> clause.size() == 1
                ? words.stream().anyMatch(word -> word.contains(clause.get(0)))
                : joined.contains(" " + String.join(" ", clause) + " "));
    }

    @Test
    void titleMatchesHoldEveryWordInsideAWordAndEveryPhraseWhole() throws Exception {
        List<String> titles = List.of("Albania’s capital: Tirana", "ALBANIA joins NATO", "Zoë's café in Kraków",
                "東京 and 大阪", "x".repeat(300) + " tail", "Fishing quotas, fishing boats", "a-b c", "Cafe");
        for (int i = 0; i < titles.size(); i++) {
            write(String.format("1%02d_t%d.txt", i, i), titles.get(i) + "\nA lede.");
        }
        Search search = new Search(load(), cache, "test", LibraryLoader.Progress.NONE);
        List<String> queries = List.of("albania", "Albania s", "\"albania s capital\"", "nato albania", "zoë",
                "café kraków", "cafe", "東京", "x".repeat(255), "x".repeat(45) + " tail", "\"quotas fishing\"",
                "\"fishing quotas\" boats", "a b", "\"b c\"", "alban", "s", "");
        for (String text : queries) {
            SearchQuery query = SearchQuery.parse(text);
            List<String> expected = load().stories().stream()
                    .filter(ref -> !query.isEmpty() && holdsAllInWords(ref.title(), query))
                    .map(ref -> ref.id()).toList();
            assertEquals(expected, search.titleMatches(query).stream().map(ref -> ref.id()).toList(), text);
        }
        assertEquals(List.of("t0", "t1"), search.titleMatches(SearchQuery.parse("albania")).stream()
                .map(ref -> ref.id()).toList());
    }

    @Test
    void storyMatchesGiveEveryPlaceInReadingOrder() throws Exception {
        Library library = load();
        Story story = library.open(library.find("words").orElseThrow());
        List<StoryMatches.Match> matches = StoryMatches.find(story, SearchQuery.parse("fishing"));
        assertEquals(2, matches.size());
        assertEquals(StoryMatches.Part.TITLE, matches.get(0).place().part());
        assertEquals(StoryMatches.Part.LEDE, matches.get(1).place().part());
        assertEquals("fishing", matches.get(1).place().text().substring(matches.get(1).start(),
                matches.get(1).end()));
    }

    @Test
    void asManyWordsAndPhrasesAsAQueryMayHoldAreSearchedAndOneMoreIsRefused() throws Exception {
        StringBuilder query = new StringBuilder("\"fishing quotas\" welcomed quotas fleet");
        for (int i = 4; i < SearchQuery.MAX_CLAUSES; i++) {
            query.append(i % 2 == 0 ? " \"fishing quotas\" quotas" : " fleet").append(" q").append(i);
        }
        assertEquals(SearchQuery.MAX_CLAUSES, SearchQuery.parse(query.toString()).clauses().size());
        assertEquals(List.of(), ids(query.toString()));
        assertEquals(List.of("words"), ids("\"fishing fleet\" ".repeat(5_000) + "quotas ".repeat(5_000)));
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> ids(query + " one more"));
        assertEquals("more than 512 words and phrases", refused.getMessage());
    }
}
