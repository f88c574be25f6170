package dev.lede.tui;

import dev.lede.library.Library;
import dev.lede.library.StoryRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories of a library by folder, in the order the folders were given: each feed's stories live in their own
 * folder ({@code <data>/feeds/<feed>/}), so a group is a feed or one of the user's folders. A group is named by its
 * folder's name, or by the whole path when two folders share a name. Built once per library.
 */
final class Groups {

    private final List<String> names;
    private final int[] totals;
    /** Each folder's group: a story's group is its folder's (a few entries, not one per story). */
    private final Map<Path, Integer> byFolder;

    private Groups(List<String> names, int[] totals, Map<Path, Integer> byFolder) {
        this.names = names;
        this.totals = totals;
        this.byFolder = byFolder;
    }

    static Groups of(Library library) {
        Map<Path, Integer> byFolder = new LinkedHashMap<>();
        library.dirs().forEach(dir -> byFolder.putIfAbsent(dir, byFolder.size()));
        List<Integer> totals = new ArrayList<>();
        for (StoryRef story : library.stories()) {
            Integer group = byFolder.computeIfAbsent(folder(story), f -> byFolder.size());
            while (totals.size() <= group) {
                totals.add(0);
            }
            totals.set(group, totals.get(group) + 1);
        }
        while (totals.size() < byFolder.size()) {
            totals.add(0);
        }
        return new Groups(names(List.copyOf(byFolder.keySet())), totals.stream().mapToInt(Integer::intValue).toArray(),
                byFolder);
    }

    private static Path folder(StoryRef story) {
        Path folder = story.folder();
        return folder == null ? Path.of("") : folder;
    }

    /** Each folder's name; the whole path, as given, where two folders have the same name. */
    private static List<String> names(List<Path> folders) {
        List<String> plain = folders.stream().map(Groups::name).toList();
        List<String> names = new ArrayList<>();
        for (int g = 0; g < folders.size(); g++) {
            boolean shared = plain.indexOf(plain.get(g)) != plain.lastIndexOf(plain.get(g));
            names.add(Glyphs.forTerminal(shared ? folders.get(g).toString() : plain.get(g)));
        }
        return List.copyOf(names);
    }

    private static String name(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }

    int size() {
        return names.size();
    }

    /** The group's name as the reader shows it (cleaned for the terminal). */
    String name(int group) {
        return names.get(group);
    }

    int total(int group) {
        return totals[group];
    }

    /** The story's group, or -1 for a story of no folder of this library. */
    int of(StoryRef story) {
        return byFolder.getOrDefault(folder(story), -1);
    }
}
