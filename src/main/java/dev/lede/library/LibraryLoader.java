package dev.lede.library;

import dev.lede.story.Story;
import dev.lede.storyfile.ParseResult;
import dev.lede.storyfile.Problem;
import dev.lede.storyfile.StoryIds;
import dev.lede.storyfile.StoryLimits;
import dev.lede.storyfile.StoryParser;
import dev.lede.storyfile.TextCleaner;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads every {@code .txt} story of some folders; files are read and parsed in parallel, results kept in order. */
public final class LibraryLoader {

    private LibraryLoader() {
    }

    /** A story file found in a folder. */
    record Entry(Path path, String name) {
        String label() {
            return TextCleaner.clean(path.toString());
        }
    }

    public static Library load(List<Path> dirs) throws LibraryException {
        List<Entry> entries = new ArrayList<>();
        for (Path dir : dirs) {
            entries.addAll(list(dir));
        }
        entries.sort(Comparator.comparing(Entry::name));
        List<ParseResult> results = entries.parallelStream().map(LibraryLoader::read).toList();
        List<StoryRef> stories = new ArrayList<>();
        Map<StoryRef, Story> parsed = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        int skipped = 0;
        for (int i = 0; i < results.size(); i++) {
            ParseResult result = results.get(i);
            problems.addAll(result.problems());
            Story story = result.story();
            if (story == null) {
                skipped++;
                continue;
            }
            String first = seen.putIfAbsent(story.id(), story.file());
            if (first != null) {
                problems.add(new Problem(story.file(), 0,
                        "skipped: id '" + story.id() + "' is already used by " + first));
                skipped++;
                continue;
            }
            StoryRef ref = ref(story, entries.get(i).path());
            stories.add(ref);
            parsed.put(ref, story);
        }
        return new Library(dirs, stories, problems, skipped, parsed);
    }

    private static StoryRef ref(Story story, Path path) {
        Object date = story.meta().get("date");
        return new StoryRef(story.id(), path, story.file(), story.title(), date == null ? null : date.toString(),
                story.sections().size());
    }

    private static List<Entry> list(Path dir) throws LibraryException {
        String shown = TextCleaner.clean(dir.toString());
        if (!Files.exists(dir)) {
            throw new LibraryException("library folder not found: " + shown);
        }
        if (!Files.isDirectory(dir)) {
            throw new LibraryException("not a folder: " + shown);
        }
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                if (!name.startsWith(".")) {
                    entries.add(new Entry(path, name));
                }
            }
        } catch (IOException | SecurityException e) {
            throw new LibraryException("cannot read library folder " + shown + ": " + reason(e));
        }
        return entries;
    }

    private static ParseResult read(Entry entry) {
        String label = entry.label();
        if (!Files.isRegularFile(entry.path())) {
            return new ParseResult(null, List.of(new Problem(label, 0, "skipped: not a regular file")));
        }
        byte[] bytes;
        try {
            bytes = StoryLimits.DEFAULT.read(entry.path());
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            return new ParseResult(null, List.of(new Problem(label, 0, "skipped: cannot read: " + reason(e))));
        }
        String id = TextCleaner.clean(StoryIds.fromFileName(entry.name()));
        return StoryParser.parse(bytes, label, id);
    }

    static String reason(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return TextCleaner.clean(message == null ? kind : kind + " " + message).strip();
    }
}
