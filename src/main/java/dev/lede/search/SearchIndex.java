package dev.lede.search;

import dev.lede.safefile.OwnFolder;
import dev.lede.safefile.TempFile;
import dev.lede.library.cache.CacheNames;
import dev.lede.library.Library;
import dev.lede.library.LibraryLoader.Progress;
import dev.lede.library.StoryRef;
import dev.lede.storyfile.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.util.Bits;

/**
 * The full-text index of one library: a Lucene index under {@code <cache>/index/}, named by a hash of the library's
 * folders and the lede build, with one document per story (id, version, title, body).
 *
 * <p>Before every search the index is brought in line with the library as just loaded: the commit records a digest
 * of every story's id and {@link Library#version version}, so an unchanged library costs one comparison; otherwise
 * stories that are new or whose version changed are indexed again and stories that are gone are deleted. A corrupt
 * index is deleted and rebuilt, and so is one holding anything but regular files of the user's (a link or a FIFO
 * that Lucene would follow or block on); the folders are lede's own ({@link OwnFolder}: never a link, mode 0700).
 * When the cache folder cannot be used, or another lede holds the index's lock, the search runs on a temporary index
 * that is deleted afterwards (or, when lede was killed, by the next run that makes one: see {@link TempFile}). The
 * index is never needed for a correct answer. Lucene maps its files rather than reading them whole, so a planted
 * large file costs no memory.
 */
public final class SearchIndex implements AutoCloseable {

    static final String ID = "id";
    static final String VERSION = "version";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** Stored only: what a search answered from the index alone makes each hit's {@link StoryRef} of. */
    static final String FOLDER = "folder";
    static final String NAME = "name";
    static final String SHOWN_TITLE = "shown_title";
    static final String DATE = "date";
    static final String SECTIONS = "sections";
    static final String FEED = "feed";
    static final String URL = "url";
    static final String AUTHOR = "author";
    static final String TAGS = "tags";
    static final String TIME = "time";
    private static final String DIGEST = "lede.digest";
    /** The library's {@link Library#listsStamp} when it was indexed: see {@link #current}. */
    private static final String LISTS = "lede.lists";
    /** 2: words folded (accents) and CJK cut into pairs; 3: each story's list fields stored. */
    private static final int FORMAT = 3;

    private static final String TEMP_PREFIX = "lede-index-";

    private final Path path;
    /** The temporary folder that holds the index, or null for the cache's. */
    private final TempFile temporary;
    private final Directory directory;
    private final DirectoryReader reader;

    private SearchIndex(Path path, TempFile temporary, Directory directory, DirectoryReader reader) {
        this.path = path;
        this.temporary = temporary;
        this.directory = directory;
        this.reader = reader;
    }

    /**
     * Opens the library's index, updated to the library.
     *
     * @param cacheDir the cache folder, or null to index into a temporary folder
     * @param build    identifies this build of lede
     * @param progress told how many stories have been indexed, when any must be
     */
    public static SearchIndex open(Library library, Path cacheDir, String build, Progress progress)
            throws IOException {
        if (TempFile.shuttingDown()) {
            throw new IOException("lede is stopping"); // no new index folder for the shutdown to miss
        }
        OwnFolder indexes = cacheDir == null ? null : indexes(cacheDir);
        if (indexes != null) {
            String key = key(library, build);
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    OwnFolder own = indexes.make(key);
                    own.checkFiles();
                    return openAt(library, own.path(), null, progress);
                } catch (LockObtainFailedException e) {
                    break; // another lede is updating it: leave it be
                } catch (IOException | RuntimeException e) {
                    // corrupt, from an older Lucene, or holding a link, a FIFO or another user's file: rebuild it
                    deleteQuietly(indexes.path().resolve(key));
                }
            }
        }
        TempFile temp = TempFile.folder(TEMP_PREFIX);
        try {
            temp.removeDeadBeside(name -> TempFile.isNamed(name, TEMP_PREFIX, ""));
            return openAt(library, temp.path().resolve("index"), temp, progress);
        } catch (IOException | RuntimeException e) {
            temp.close();
            throw e;
        }
    }

    /** The folder of every library's index, or null when it cannot be lede's own (a link, another user's …). */
    private static OwnFolder indexes(Path cacheDir) {
        try {
            return OwnFolder.make(cacheDir, "index");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    DirectoryReader reader() {
        return reader;
    }

    /** Where the index lies. */
    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
            directory.close();
        } finally {
            if (temporary != null) {
                temporary.close();
            }
        }
    }

    private static SearchIndex openAt(Library library, Path path, TempFile temporary, Progress progress)
            throws IOException {
        // A temporary index is this process's alone: no lock file, whose factory would make the folder again, and
        // the folder opened before a shutdown's cleaning, never after; once it is deleted, writing into it fails.
        Directory directory = temporary == null ? FSDirectory.open(path)
                : TempFile.beforeShutdown(() -> FSDirectory.open(path, NoLockFactory.INSTANCE));
        try {
            String digest = digest(library);
            String lists = library.listsStamp() == null ? "" : library.listsStamp();
            boolean sameStories = false;
            if (DirectoryReader.indexExists(directory)) {
                DirectoryReader reader = DirectoryReader.open(directory);
                Map<String, String> data = reader.getIndexCommit().getUserData();
                sameStories = digest != null && digest.equals(data.get(DIGEST));
                if (sameStories && (temporary != null || lists.equals(data.getOrDefault(LISTS, "")))) {
                    return new SearchIndex(path, temporary, directory, reader);
                }
                reader.close();
            }
            update(library, directory, digest, sameStories, lists, progress);
            return new SearchIndex(path, temporary, directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Re-indexes what changed, deletes what is gone, and commits with the library's digest and lists stamp; only the
     * stamp when the stories are the same ({@code sameStories}: a list cache written again, say).
     */
    private static void update(Library library, Directory directory, String digest, boolean sameStories,
                               String lists, Progress progress) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new WordTokenizer.WordAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(24)
                .setUseCompoundFile(false)
                .setCommitOnClose(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            if (sameStories) {
                writer.setLiveCommitData(Map.of(DIGEST, digest, LISTS, lists).entrySet());
                writer.commit();
                return;
            }
            Map<String, Long> indexed = indexed(directory);
            List<StoryRef> stories = library.stories();
            List<Integer> stale = new ArrayList<>();
            for (int i = 0; i < stories.size(); i++) {
                Long version = indexed.remove(stories.get(i).id());
                if (version == null || version != library.version(i) || library.version(i) == 0) {
                    stale.add(i);
                }
            }
            for (String gone : indexed.keySet()) {
                writer.deleteDocuments(new Term(ID, gone));
            }
            AtomicInteger done = new AtomicInteger();
            IntStream.range(0, stale.size()).parallel().forEach(k -> {
                if (TempFile.shuttingDown()) {
                    return; // a signal: stop writing into the folder the shutdown is deleting
                }
                int i = stale.get(k);
                try {
                    writer.updateDocument(new Term(ID, stories.get(i).id()), document(library, i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.update(done.incrementAndGet(), stale.size());
            });
            // a library with a version 0 (a story too recent to trust) or none proven by its lists stamp is never
            // taken as current without a look at it
            writer.setLiveCommitData(Map.of(DIGEST, digest == null ? "" : digest, LISTS,
                    digest == null ? "" : lists).entrySet());
            writer.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Every indexed story's id and version. */
    private static Map<String, Long> indexed(Directory directory) throws IOException {
        Map<String, Long> indexed = new HashMap<>();
        if (!DirectoryReader.indexExists(directory)) {
            return indexed;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields fields = reader.storedFields();
            Set<String> wanted = Set.of(ID, VERSION);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document document = fields.document(doc, wanted);
                    indexed.put(document.get(ID), document.getField(VERSION).numericValue().longValue());
                }
            }
        }
        return indexed;
    }

    private static Document document(Library library, int index) {
        StoryRef ref = library.stories().get(index);
        ParseResult parsed = library.parse(ref);
        Document document = new Document();
        document.add(new StringField(ID, ref.id(), Field.Store.YES));
        document.add(new StoredField(VERSION, library.version(index)));
        document.add(new TextField(TITLE, ref.title(), Field.Store.NO));
        document.add(new StoredField(FOLDER, ref.path().getParent().toAbsolutePath().normalize().toString()));
        document.add(new StoredField(NAME, ref.path().getFileName().toString()));
        document.add(new StoredField(SHOWN_TITLE, ref.title()));
        document.add(new StoredField(SECTIONS, ref.sections()));
        document.add(new StoredField(TIME, ref.time()));
        String[][] texts = {{DATE, ref.date()}, {FEED, ref.feed()}, {URL, ref.url()}, {AUTHOR, ref.author()}};
        for (String[] text : texts) {
            if (text[1] != null) {
                document.add(new StoredField(text[0], text[1]));
            }
        }
        for (String tag : ref.tags()) {
            document.add(new StoredField(TAGS, tag));
        }
        if (parsed.story() != null) {
            document.add(new TextField(BODY, StoryMatches.body(parsed.story()), Field.Store.NO));
        }
        return document;
    }

    /** A digest of every story's id and version, or null when some version is 0 (too recent to trust). */
    static String digest(Library library) {
        long a = 0x9e3779b97f4a7c15L;
        long b = FORMAT;
        List<StoryRef> stories = library.stories();
        for (int i = 0; i < stories.size(); i++) {
            long version = library.version(i);
            if (version == 0) {
                return null;
            }
            a = mix(a ^ stories.get(i).id().hashCode()) + version;
            b = mix(b + version) ^ a;
        }
        return Long.toHexString(a) + Long.toHexString(b) + ":" + stories.size();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * The index of these folders as it is, without a look at the library, when its commit proves it current: it was
     * made of a library whose {@link Library#listsStamp lists stamp} is {@code lists}, the stamp of those folders
     * now. Null when it cannot (no such index, another stamp, a damaged one); the caller then loads the library.
     */
    static SearchIndex current(List<Path> dirs, String lists, Path cacheDir, String build) {
        OwnFolder indexes = lists == null || cacheDir == null ? null : indexes(cacheDir);
        if (indexes == null) {
            return null;
        }
        Path path = indexes.path().resolve(key(dirs, build));
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Directory directory = null;
        try {
            OwnFolder own = indexes.make(key(dirs, build));
            own.checkFiles();
            directory = FSDirectory.open(own.path());
            DirectoryReader reader = DirectoryReader.open(directory);
            if (lists.equals(reader.getIndexCommit().getUserData().get(LISTS)) && reader.numDocs() > 0) {
                return new SearchIndex(own.path(), null, directory, reader);
            }
            reader.close();
        } catch (IOException | RuntimeException e) {
            // the search that loads the library rebuilds it
        }
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            // nothing was written
        }
        return null;
    }

    private static String key(Library library, String build) {
        return key(library.dirs(), build);
    }

    private static String key(List<Path> dirs, String build) {
        StringBuilder key = new StringBuilder(build).append('\n').append(FORMAT);
        dirs.stream().map(d -> d.toAbsolutePath().normalize().toString()).sorted()
                .forEach(d -> key.append('\n').append(d));
        return CacheNames.of(key.toString());
    }

    /** Deletes the index of this library, so that the next {@link #open} builds it anew. */
    public static void delete(Library library, Path cacheDir, String build) {
        OwnFolder indexes = cacheDir == null ? null : indexes(cacheDir);
        if (indexes != null) {
            deleteQuietly(indexes.path().resolve(key(library, build)));
        }
    }

    /** Deletes a file or a folder and everything in it; a link is deleted, never followed. */
    static void deleteQuietly(Path path) {
        try {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            // what is left of a cached index is rebuilt by the next open
        }
    }
}
