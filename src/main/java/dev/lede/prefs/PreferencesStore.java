package dev.lede.prefs;

import dev.lede.safefile.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The preferences in use and the file they come from. Loading validates the whole file; {@link #set} changes one
 * value and saves at once, keeping every other byte of the file, under a lock so that two processes saving at the
 * same time both keep their change. A save writes a new file and renames it over the old one, so the file is always
 * whole, even when the process is killed; the next save removes the temporary file such a kill leaves. A file that
 * does not parse is never overwritten. Used from one thread.
 */
public final class PreferencesStore {

    /** Writes the whole new text of the preferences file. */
    @FunctionalInterface
    interface Writer {
        void write(Path file, String text) throws IOException;
    }

    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
    /** The writer of a store {@link #inMemory() in memory}, which {@link #set} never reaches. */
    private static final Writer NOWHERE = (file, text) -> {
        throw new IOException("the preferences are kept in memory");
    };

    private final Writer writer;
    private boolean refusingSharedKeys;
    private ConfigLocation location;
    private Preferences preferences;
    private List<String> warnings;

    private PreferencesStore(ConfigLocation location, Writer writer, Preferences preferences, List<String> warnings) {
        this.location = location;
        this.writer = writer;
        this.preferences = preferences;
        this.warnings = warnings;
    }

    /**
     * The preferences of a location: its file over the built-in defaults, or the defaults when there is no file.
     *
     * @throws PreferencesException when the file cannot be read, does not parse, or holds a value not allowed
     */
    public static PreferencesStore load(ConfigLocation location) throws PreferencesException {
        return load(location, AtomicFile::write);
    }

    static PreferencesStore load(ConfigLocation location, Writer writer) throws PreferencesException {
        if (!Files.exists(location.path())) {
            if (isLinkLoop(location.path())) {
                throw new PreferencesException(SafeYaml.label(location.path())
                        + ": a loop of symbolic links, not a preferences file");
            }
            List<String> warnings = location.inUse()
                    ? List.of(SafeYaml.label(location.path())
                            + ": does not exist; the built-in defaults are used until a preference is saved")
                    : List.of();
            return new PreferencesStore(location, writer, Preferences.DEFAULTS, warnings);
        }
        String label = SafeYaml.label(location.path());
        PreferencesReader.Result result = PreferencesReader.read(PreferencesReader.readFile(location.path(), label),
                label);
        return new PreferencesStore(location, writer, result.preferences(), result.warnings());
    }

    private static boolean isLinkLoop(Path path) {
        try {
            path.toRealPath();
            return false;
        } catch (FileSystemException e) {
            return e.getReason() != null && e.getReason().contains("symbolic links"); // ELOOP
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * A store that has not read its file, for mending a file that does not load: {@link #set} reads the file anyway,
     * and saves when the result can be used. Until then {@link #preferences()} are the built-in defaults.
     */
    public static PreferencesStore forRepair(ConfigLocation location) {
        return new PreferencesStore(location, AtomicFile::write, Preferences.DEFAULTS, List.of());
    }

    /**
     * The built-in defaults with no file behind them: {@link #set} refuses every change and writes nothing. For a
     * reader whose options are fixed, and for tests.
     */
    public static PreferencesStore inMemory() {
        return new PreferencesStore(new ConfigLocation(Path.of("config.yml"), ConfigLocation.Source.NONE, false),
                NOWHERE, Preferences.DEFAULTS, List.of());
    }

    /**
     * Checks a file as {@link #load} would, without using it.
     *
     * @return the warnings, such as unknown keys
     * @throws PreferencesException the first problem that makes the file unusable
     */
    public static List<String> check(Path file) throws PreferencesException {
        String label = SafeYaml.label(file);
        PreferencesReader.Result result = PreferencesReader.read(PreferencesReader.readFile(file, label), label);
        if (!result.clashes().isEmpty()) {
            PreferencesReader.Clash clash = result.clashes().get(0);
            throw SafeYaml.at(label, clash.mark(), clash.refusal());
        }
        return result.warnings();
    }

    /**
     * Makes {@link #set} refuse ({@link Change.Status#INVALID}, nothing written) a key binding that gives a key a
     * second action on a screen, as {@code config set} and the preferences screen do. Without it such a value is
     * saved with a warning, as a file that holds one is read with a warning, so lede still reads an older file.
     *
     * @return this store
     */
    public PreferencesStore refusingSharedKeys() {
        refusingSharedKeys = true;
        return this;
    }

    /** The documented {@code config.yml} shipped with lede; a first save starts from it. */
    public static String documentedDefaults() {
        try (InputStream in = PreferencesStore.class.getResourceAsStream("config.yml")) {
            if (in == null) {
                throw new IllegalStateException("config.yml is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Preferences preferences() {
        return preferences;
    }

    /** Warnings from the last load or save, each one line starting with the file. */
    public List<String> warnings() {
        return warnings;
    }

    public ConfigLocation location() {
        return location;
    }

    /** {@link #set(String, List)} with one word. */
    public Change set(String key, String word) {
        return set(key, List.of(word));
    }

    /**
     * Validates a value and saves it to the file in use (created from the documented defaults when there is none),
     * changing only that value's text. On any failure the file and the preferences in memory stay as they were.
     *
     * @param key   a dotted key, e.g. {@code colors.quote}
     * @param words the value as {@link Setting#parseWords} takes it, e.g. {@code ["-", "z"]} for a key binding
     */
    public Change set(String key, List<String> words) {
        return set(key, words, LOCK_TIMEOUT);
    }

    /**
     * {@link #set(String, List)}, waiting at most {@code lockTimeout} for another process's save to end (10 s
     * otherwise): the reader's loop must not stand still that long.
     */
    public Change set(String key, List<String> words, Duration lockTimeout) {
        if (writer == NOWHERE) {
            return refused(Change.Status.NOT_SAVED, "cannot save " + key + ": the preferences are kept in memory");
        }
        Setting<?> setting = Setting.find(key).orElse(null);
        if (setting == null) {
            return refused(Change.Status.INVALID, Setting.unknown(key));
        }
        return set(setting, words, lockTimeout);
    }

    private <T> Change set(Setting<T> setting, List<String> words, Duration lockTimeout) {
        String key = setting.key();
        T value;
        try {
            value = setting.parseWords(words);
        } catch (IllegalArgumentException e) {
            return refused(Change.Status.INVALID, key + ": " + SafeYaml.firstLine(e.getMessage()));
        }
        Path file = location.path();
        try {
            makeFolder(file.toAbsolutePath().getParent());
            try (AtomicFile.Lock lock = AtomicFile.lock(file, lockTimeout)) {
                AtomicFile.removeLeftovers(file);
                return save(setting, value);
            }
        } catch (PreferencesException e) {
            return refused(Change.Status.NOT_SAVED, "cannot save " + key + ": " + e.getMessage()
                    + "; the file was left as it was");
        } catch (IOException | RuntimeException e) {
            return refused(Change.Status.NOT_SAVED, "cannot save " + key + " to " + SafeYaml.label(file) + ": "
                    + PreferencesReader.reason(e));
        }
    }

    /** Makes the file's folder when missing; something else at its name (or a parent's) is said to be no folder. */
    private static void makeFolder(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(SafeYaml.label(Path.of(e.getFile())) + " is not a folder", e);
        }
    }

    /** Sets the theme after the current one (default, dark, light, mono, default …) and saves it. */
    public Change cycleTheme() {
        return set("theme", preferences.theme().next().id());
    }

    /** Reads the file again (another process may have changed it), splices the value in, checks, and writes. */
    private <T> Change save(Setting<T> setting, T value) throws IOException, PreferencesException {
        Path file = location.path();
        String label = SafeYaml.label(file);
        boolean exists = Files.exists(file);
        String before = exists ? PreferencesReader.readFile(file, label) : documentedDefaults();
        Edit edit = edit(before, label, setting, value);
        String after = edit.text();
        PreferencesReader.Result result = edit.result();
        for (PreferencesReader.Clash clash : result.clashes()) {
            if (refusingSharedKeys && clash.keys().contains(setting.key())) {
                return refused(Change.Status.INVALID, clash.refusal());
            }
        }
        String shown = setting.yaml(value);
        if (exists && after.equals(before)) {
            adopt(result);
            return new Change(Change.Status.UNCHANGED, setting.key() + " is already " + shown, preferences,
                    warnings);
        }
        writer.write(file, after);
        location = location.saved();
        adopt(result);
        return new Change(Change.Status.SAVED, setting.key() + ": " + shown + " (saved to " + label + ")",
                preferences, warnings);
    }

    /** The new text of a preferences file and what it reads as. */
    record Edit(String text, PreferencesReader.Result result) {
    }

    /**
     * The text of a preferences file with one value changed and every other byte kept, checked to read back with
     * the new value and every other value as before.
     *
     * @throws PreferencesException when the text cannot be edited safely, e.g. it does not parse
     */
    static <T> Edit edit(String before, String label, Setting<T> setting, T value) throws PreferencesException {
        YamlEditor.Value yaml = new YamlEditor.Value(setting.yaml(value), setting.items(value));
        String after = YamlEditor.set(before, label, setting.key(), yaml);
        PreferencesReader.Result result = PreferencesReader.read(after, label);
        checkOnlyChanged(setting, value, before, label, result.preferences());
        return new Edit(after, result);
    }

    private void adopt(PreferencesReader.Result result) {
        preferences = result.preferences();
        warnings = result.warnings();
    }

    /** Guards the splice: the new text must hold the new value, and every other value as before. */
    private static <T> void checkOnlyChanged(Setting<T> setting, T value, String before, String label,
            Preferences after) throws PreferencesException {
        if (!setting.value(after).equals(value)) {
            throw new PreferencesException("internal error: after editing " + label + ", " + setting.key()
                    + " would read back as " + setting.yaml(after));
        }
        Preferences old;
        try {
            old = PreferencesReader.read(before, label).preferences();
        } catch (PreferencesException e) {
            return; // the old text had a bad value (perhaps this one); nothing to compare with
        }
        Map<String, Object> oldValues = Settings.values(old);
        Map<String, Object> newValues = Settings.values(after);
        for (String key : oldValues.keySet()) {
            if (!key.equals(setting.key()) && !oldValues.get(key).equals(newValues.get(key))) {
                throw new PreferencesException("internal error: editing " + setting.key() + " in " + label
                        + " would also change " + key);
            }
        }
    }

    private Change refused(Change.Status status, String message) {
        return new Change(status, message, preferences, List.of());
    }
}
