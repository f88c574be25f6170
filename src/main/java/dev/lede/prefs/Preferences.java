package dev.lede.prefs;

import dev.lede.keys.Bindings;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every preference, with the built-in defaults in {@link #DEFAULTS} (the same values the shipped {@code config.yml}
 * documents). Immutable; {@link PreferencesStore} reads and changes them, one {@link Setting} at a time.
 *
 * @param library      library folders as written; empty means the {@code seeds/} folder of the installation
 * @param colors       a colour for every element; {@link Color#THEME} leaves it to the theme
 * @param readingWidth columns of story text in the reader; 0 means the window's width
 * @param showIds      whether the reader's story list shows ids
 * @param listColumns  which other columns the reader's story list shows ({@code list.show_date} and friends)
 * @param exportWidth  line width of the text export
 * @param storyLimitMb the largest story file read, in MB
 * @param hyperlinks   whether the reader writes the links it shows as OSC 8 hyperlinks ({@code links.osc8})
 */
public record Preferences(List<String> library, ThemeName theme, Map<Element, Color> colors, int readingWidth,
        Collapsed collapsed, ListSort sort, boolean showIds, Bindings keys, ExportFormat exportFormat,
        int exportWidth, int storyLimitMb, boolean hyperlinks, ListColumnChoice listColumns) {

    public static final Preferences DEFAULTS = new Preferences(List.of(), ThemeName.DEFAULT, themeColors(), 0,
            Collapsed.NONE, ListSort.FILE, false, Bindings.DEFAULTS, ExportFormat.JSON, 80, 16,
            false, ListColumnChoice.DEFAULTS);

    public Preferences {
        library = List.copyOf(library);
        EnumMap<Element, Color> all = new EnumMap<>(Element.class);
        all.putAll(colors);
        if (all.size() != Element.values().length) {
            throw new IllegalArgumentException("a colour for every element is needed, not only " + all.keySet());
        }
        colors = Collections.unmodifiableMap(all);
    }

    public Color color(Element element) {
        return colors.get(element);
    }

    /** The same preferences with another theme. */
    public Preferences withTheme(ThemeName theme) {
        return with(b -> b.theme = theme);
    }

    /** A copy with what {@code change} sets on a builder holding these values. */
    Preferences with(Consumer<Builder> change) {
        Builder builder = new Builder(this);
        change.accept(builder);
        return builder.build();
    }

    /** The story size limit in bytes. */
    public long storyLimitBytes() {
        return storyLimitMb * 1024L * 1024L;
    }

    /**
     * The library folders as paths: {@code ~} and {@code ~/…} start at {@code userHome}, other relative paths at
     * {@code base} (the folder of the preferences file). Empty when the installation's library is meant.
     */
    public List<Path> libraryFolders(Path base, Path userHome) {
        return library.stream().map(folder -> folder(folder, base, userHome)).toList();
    }

    /** One library folder as a path, as {@link #libraryFolders} resolves it. */
    public static Path folder(String folder, Path base, Path userHome) {
        if (folder.equals("~")) {
            return userHome;
        }
        if (folder.startsWith("~/")) {
            return userHome.resolve(folder.substring(2));
        }
        Path path = Path.of(folder);
        return path.isAbsolute() ? path : base.resolve(path);
    }

    private static Map<Element, Color> themeColors() {
        Map<Element, Color> colors = new EnumMap<>(Element.class);
        for (Element element : Element.values()) {
            colors.put(element, Color.THEME);
        }
        return colors;
    }

    /** The fields of some preferences, to change a few and build new ones; each {@link Setting} sets one. */
    static final class Builder {
        List<String> library;
        ThemeName theme;
        Map<Element, Color> colors;
        int readingWidth;
        Collapsed collapsed;
        ListSort sort;
        boolean showIds;
        Bindings keys;
        ExportFormat exportFormat;
        int exportWidth;
        int storyLimitMb;
        boolean hyperlinks;
        ListColumnChoice listColumns;

        private Builder(Preferences p) {
            library = p.library;
            theme = p.theme;
            colors = new EnumMap<>(p.colors);
            readingWidth = p.readingWidth;
            collapsed = p.collapsed;
            sort = p.sort;
            showIds = p.showIds;
            keys = p.keys;
            exportFormat = p.exportFormat;
            exportWidth = p.exportWidth;
            storyLimitMb = p.storyLimitMb;
            hyperlinks = p.hyperlinks;
            listColumns = p.listColumns;
        }

        private Preferences build() {
            return new Preferences(library, theme, colors, readingWidth, collapsed, sort, showIds, keys,
                    exportFormat, exportWidth, storyLimitMb, hyperlinks, listColumns);
        }
    }
}
