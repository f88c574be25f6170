package dev.lede.search;

import dev.lede.library.Library;
import dev.lede.library.LibraryLoader.Progress;
import dev.lede.library.StoryRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

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
            // the index opened but failed while searching: it is damaged, so build it again once
            SearchIndex.delete(library, cacheDir, build);
            try (SearchIndex index = SearchIndex.open(library, cacheDir, build, progress)) {
                return run(index, query);
            }
        }
    }

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
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.score())
                .thenComparing(h -> h.ref().path().getFileName().toString()));
        return hits;
    }

    /** The stories whose title holds the whole query, in library order: instant, needs no index. */
    public List<StoryRef> titleMatches(SearchQuery query) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<String> needles = query.clauses().stream().map(clause -> " " + String.join(" ", clause) + " ").toList();
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
     * search (the whole-word matching of {@link TextMatches#holdsAll}, about a hundred times faster on 100,000
     * titles, so typing a filter never waits).
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

    private static Query clause(String field, List<String> words) {
        return words.size() == 1 ? new TermQuery(new Term(field, words.get(0)))
                : new PhraseQuery(field, words.toArray(String[]::new));
    }
}
