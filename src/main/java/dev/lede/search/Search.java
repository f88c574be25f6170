package dev.lede.search;

import dev.lede.library.Library;
import dev.lede.library.LibraryLoader;
import dev.lede.library.LibraryLoader.Progress;
import dev.lede.library.StoryRef;
import dev.lede.safefile.TempFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.WildcardQuery;

/**
 * Ranked full-text search over one library, through its {@link SearchIndex}. Every word and phrase of the query must
 * occur in the story's title or text; ranking is Lucene's BM25 with title matches counting double, ties in library
 * order.
 *
 * <p>For the reader's filter as you type, {@link #titleMatches} answers from the titles in memory at once, and
 * {@link #run} adds the full-text hits once the index is ready; {@link StoryMatches} gives the places to highlight
 * inside an opened story.
 */
public final class Search {

    private static final float TITLE_BOOST = 2f;
    /** A word found whole ranks above one it only begins. */
    private static final float WHOLE_WORD_BOOST = 2f;

    private final Library library;
    private final Path cacheDir;
    private final String build;
    private final Progress progress;
    private String[] foldedTitles;

    /**
     * @param cacheDir the cache folder for the index, or null to index into a temporary folder every time
     * @param build    identifies this build of lede
     * @param progress told how many stories have been indexed, when some must be
     */
    static {
        // A query holds at most MAX_CLAUSES words and phrases, each up to three leaf queries in each of two fields
        // (a word whole, the words it begins, the pairs a CJK character ends): above Lucene's 1,024 by default.
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 6 * SearchQuery.MAX_CLAUSES));
    }

    public Search(Library library, Path cacheDir, String build, Progress progress) {
        this.library = library;
        this.cacheDir = cacheDir;
        this.build = build;
        this.progress = progress;
    }

    /**
     * Every story that holds the whole query, best first.
     *
     * @throws IllegalArgumentException when the query {@link SearchQuery#isTooLong is too long}
     */
    public List<Hit> run(SearchQuery query) throws IOException {
        if (query.isEmpty()) {
            return List.of();
        }
        if (query.isTooLong()) {
            throw new IllegalArgumentException("more than " + SearchQuery.MAX_CLAUSES + " words and phrases");
        }
        try (SearchIndex index = SearchIndex.open(library, cacheDir, build, progress)) {
            return run(index, query);
        } catch (IOException | RuntimeException e) {
            if (TempFile.shuttingDown()) {
                throw e; // a signal, not a damaged index: building another would outlive the shutdown's cleaning
            }
            // the index opened but failed while searching: it is damaged, so build it again once
            SearchIndex.delete(library, cacheDir, build);
            try (SearchIndex index = SearchIndex.open(library, cacheDir, build, progress)) {
                return run(index, query);
            }
        }
    }

    /** A search answered from the index alone: its hits, and a {@link Library#partial partial} library of them. */
    public record Answer(Library library, List<Hit> hits) {
    }

    /**
     * Every story of these folders that holds the whole query, best first, from the index alone, without loading
     * the library: only when the index proves it was made of the stories a {@link LibraryLoader#readTrusting trusting
     * read} would list now (the folders' and their list caches' stamps are those it recorded). Each hit is as it
     * was indexed; the caller checks the files of those it prints ({@link Library#changed}). Null when the index
     * cannot prove it, and the caller loads the library and {@link #run runs} the search.
     */
    public static Answer fromIndex(LibraryLoader loader, List<Path> dirs, Path cacheDir, String build,
                                   SearchQuery query) throws IOException {
        if (query.isEmpty() || query.isTooLong()) {
            return null;
        }
        try (SearchIndex index = SearchIndex.current(dirs, loader.listsStamp(dirs), cacheDir, build)) {
            if (index == null) {
                return null;
            }
            Map<String, Path> given = new HashMap<>();
            dirs.forEach(dir -> given.putIfAbsent(dir.toAbsolutePath().normalize().toString(), dir));
            IndexSearcher searcher = new IndexSearcher(index.reader());
            Query lucene = lucene(query);
            int count = searcher.count(lucene);
            record Found(Hit hit, long version) {
            }
            List<Found> found = new ArrayList<>(count);
            if (count > 0) {
                var fields = searcher.storedFields();
                for (ScoreDoc doc : searcher.search(lucene, count).scoreDocs) {
                    Document stored = fields.document(doc.doc);
                    Path dir = given.get(stored.get(SearchIndex.FOLDER));
                    if (dir == null) {
                        return null; // not a story of these folders: not this library's index after all
                    }
                    found.add(new Found(new Hit(ref(stored, dir), doc.score),
                            stored.getField(SearchIndex.VERSION).numericValue().longValue()));
                }
            }
            found.sort(Comparator.comparing(Found::hit, RANKED));
            List<Hit> hits = found.stream().map(Found::hit).toList();
            long[] versions = found.stream().mapToLong(Found::version).toArray();
            return new Answer(loader.partial(dirs, hits.stream().map(Hit::ref).toList(), versions), hits);
        }
    }

    private static StoryRef ref(Document stored, Path dir) {
        Path path = dir.resolve(stored.get(SearchIndex.NAME));
        return new StoryRef(stored.get(SearchIndex.ID), path, path.toString(), stored.get(SearchIndex.SHOWN_TITLE),
                stored.get(SearchIndex.DATE), stored.getField(SearchIndex.SECTIONS).numericValue().intValue(),
                stored.get(SearchIndex.FEED), stored.get(SearchIndex.URL), stored.get(SearchIndex.AUTHOR),
                List.of(stored.getValues(SearchIndex.TAGS)),
                stored.getField(SearchIndex.TIME).numericValue().longValue());
    }

    /** Best first; ties in file-name order. */
    private static final Comparator<Hit> RANKED = Comparator.comparingDouble((Hit h) -> -h.score())
            .thenComparing(h -> h.ref().path().getFileName().toString());

    private List<Hit> run(SearchIndex index, SearchQuery query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(index.reader());
        Query lucene = lucene(query);
        int count = searcher.count(lucene);
        if (count == 0) {
            return List.of();
        }
        TopDocs top = searcher.search(lucene, count);
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        var fields = searcher.storedFields();
        for (ScoreDoc doc : top.scoreDocs) {
            String id = fields.document(doc.doc, java.util.Set.of(SearchIndex.ID)).get(SearchIndex.ID);
            Optional<StoryRef> ref = library.find(id);
            ref.ifPresent(r -> hits.add(new Hit(r, doc.score)));
        }
        hits.sort(RANKED);
        return hits;
    }

    /**
     * The stories whose title holds the whole query, in library order: instant, needs no index. Each word or phrase
     * may occur anywhere in the title's words, so every key typed narrows the list ({@code mu} and {@code seum} find "Museum"); a phrase must occur as whole words.
     */
    public List<StoryRef> titleMatches(SearchQuery query) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<String> needles = query.clauses().stream()
                .map(clause -> clause.size() == 1 ? clause.get(0) : " " + String.join(" ", clause) + " ").toList();
        String[] folded = foldedTitles();
        List<StoryRef> stories = library.stories();
        List<StoryRef> matches = new ArrayList<>();
        for (int i = 0; i < folded.length; i++) {
            if (holdsAll(folded[i], needles)) {
                matches.add(stories.get(i));
            }
        }
        return matches;
    }

    private static boolean holdsAll(String folded, List<String> needles) {
        for (String needle : needles) {
            if (!folded.contains(needle)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each title as its {@link Words words} between single spaces, {@code " albania s capital "}, made on the first
     * filter and kept: a clause then matches where its words joined the same way occur, which is a plain substring
     * search (about a hundred times faster on 100,000 titles than matching word by word, so typing a filter never
     * waits).
     */
    private String[] foldedTitles() {
        if (foldedTitles == null) {
            List<StoryRef> stories = library.stories();
            String[] folded = new String[stories.size()];
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < folded.length; i++) {
                text.setLength(0);
                text.append(' ');
                Words.each(stories.get(i).title(), (word, start, end) -> text.append(word).append(' '));
                folded[i] = text.toString();
            }
            foldedTitles = folded;
        }
        return foldedTitles;
    }

    static Query lucene(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<String> clause : query.clauses()) {
            all.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(clause(SearchIndex.TITLE, clause), TITLE_BOOST), Occur.SHOULD)
                    .add(clause(SearchIndex.BODY, clause), Occur.SHOULD)
                    .build(), Occur.MUST);
        }
        return all.build();
    }

    /**
     * A phrase must occur as it is; one word matches the words it begins, a whole word counting more, and one CJK
     * character also the pairs it ends ({@link TextMatches#wordMatch}).
     */
    private static Query clause(String field, List<String> words) {
        if (words.size() > 1) {
            return new PhraseQuery(field, words.toArray(String[]::new));
        }
        String word = words.get(0);
        BooleanQuery.Builder any = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(field, word)), WHOLE_WORD_BOOST), Occur.SHOULD)
                .add(new PrefixQuery(new Term(field, word)), Occur.SHOULD);
        if (Words.isLoneCjk(word)) {
            any.add(new WildcardQuery(new Term(field, "?" + word)), Occur.SHOULD);
        }
        return any.build();
    }
}
