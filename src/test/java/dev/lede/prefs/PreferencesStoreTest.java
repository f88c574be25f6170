package dev.lede.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.Fifo;
import dev.lede.keys.Action;
import dev.lede.keys.Key;
import dev.lede.safefile.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static ConfigLocation at(Path file) {
        return new ConfigLocation(file, ConfigLocation.Source.OPTION, Files.exists(file));
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFirstSaveCreatesTheXdgFileFromTheDocumentedDefaults() throws Exception {
        ConfigLocation none = ConfigLocation.find(null, Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString()),
                dir.resolve("home"));
        assertEquals(ConfigLocation.Source.NONE, none.source());
        PreferencesStore store = PreferencesStore.load(none);
        assertEquals(List.of(), store.warnings());

        Change change = store.set("colors.quote", "#FF8800");

        Path created = dir.resolve("xdg/lede/config.yml");
        assertEquals(Change.Status.SAVED, change.status(), change.message());
        assertEquals("colors.quote: '#ff8800' (saved to " + created + ")", change.message());
        assertEquals(List.of("33:   quote: theme        # quoted speech -> "
                        + "  quote: '#ff8800'        # quoted speech"),
                RoundTripTest.changedLines(PreferencesStore.documentedDefaults(), Files.readString(created)));
        assertEquals(new ConfigLocation(created, ConfigLocation.Source.XDG, true), store.location());
        assertEquals(new Color("#ff8800"), store.preferences().color(Element.QUOTE));
    }

    @Test
    void anExplicitFileThatDoesNotExistGivesTheDefaultsAndAWarning() throws Exception {
        Path missing = dir.resolve("nope/config.yml");
        PreferencesStore store = PreferencesStore.load(at(missing));
        assertEquals(Preferences.DEFAULTS, store.preferences());
        assertEquals(List.of(missing + ": does not exist; the built-in defaults are used until a preference is "
                + "saved"), store.warnings());
        assertTrue(store.set("theme", "mono").ok());
        assertTrue(Files.exists(missing));
    }

    @Test
    void anInvalidValueOrUnknownKeyIsRefusedAndNothingIsWritten() throws Exception {
        Path file = file("theme: dark\n");
        PreferencesStore store = PreferencesStore.load(at(file));
        Change bad = store.set("reader.width", "5");
        assertEquals(Change.Status.INVALID, bad.status());
        assertEquals("reader.width: expected 0 or a whole number from 20 to 1000, got '5'", bad.message());
        Change unknown = store.set("colours.quote", "red");
        assertEquals(Change.Status.INVALID, unknown.status());
        assertEquals("unknown preference 'colours.quote' (did you mean 'colors.quote'?)", unknown.message());
        assertEquals(Change.Status.INVALID, store.set("theme", List.of("dark", "light")).status());
        assertEquals("theme: dark\n", Files.readString(file));
        assertEquals(ThemeName.DARK, store.preferences().theme());
    }

    @Test
    void settingTheValueTheFileHoldsWritesNothing() throws Exception {
        Path file = file("theme: dark\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        Change change = PreferencesStore.load(at(file)).set("theme", "DARK");
        assertEquals(Change.Status.UNCHANGED, change.status());
        assertEquals(0, Files.getLastModifiedTime(file).toMillis());
    }

    @Test
    void aFileThatNoLongerParsesIsNeverOverwrittenAndTheValuesInMemoryStay() throws Exception {
        Path file = file("theme: dark\n");
        PreferencesStore store = PreferencesStore.load(at(file));
        String broken = "theme: [dark\nlist: {sort: title}\n";
        Files.writeString(file, broken); // edited by hand while lede runs

        Change change = store.set("theme", "light");

        assertEquals(Change.Status.NOT_SAVED, change.status());
        assertTrue(change.message().startsWith("cannot save theme: " + file + ":2:5: not valid YAML: "),
                change.message());
        assertTrue(change.message().endsWith("; the file was left as it was"), change.message());
        assertEquals(broken, Files.readString(file));
        assertEquals(ThemeName.DARK, store.preferences().theme());
        assertEquals(ThemeName.DARK, change.preferences().theme());
    }

    @Test
    void setMendsTheOneBadValueOfAFileThatDoesNotLoad() throws Exception {
        Path file = file("# mine\nreader:\n  width: 5   # too narrow\n");
        PreferencesStore store = PreferencesStore.forRepair(at(file));
        Change other = store.set("theme", "dark");
        assertEquals(Change.Status.NOT_SAVED, other.status());
        assertTrue(other.message().contains(file + ":3:10: reader.width: expected 0 or"), other.message());

        Change fix = store.set("reader.width", "0");
        assertEquals(Change.Status.SAVED, fix.status(), fix.message());
        assertEquals("# mine\nreader:\n  width: 0   # too narrow\n", Files.readString(file));
    }

    @Test
    void aChangeMadeByAnotherProcessSinceLoadingIsKept() throws Exception {
        Path file = file("theme: dark\nlist:\n  sort: file\n");
        PreferencesStore store = PreferencesStore.load(at(file));
        Files.writeString(file, "theme: dark\nlist:\n  sort: date\n");
        assertTrue(store.set("theme", "light").ok());
        assertEquals("theme: light\nlist:\n  sort: date\n", Files.readString(file));
        assertEquals(ListSort.DATE, store.preferences().sort());
    }

    @Test
    void aFailureMidWriteLeavesTheOldFileIntactAndTheValuesInMemory() throws Exception {
        String old = ShippedConfigTest.shipped();
        Path file = file(old);
        PreferencesStore.Writer failing = (target, text) -> AtomicFile.write(target, out -> {
            out.write(text, 0, text.length() / 2);
            out.flush();
            throw new IOException("No space left on device (injected)");
        });
        PreferencesStore store = PreferencesStore.load(at(file), failing);

        Change change = store.set("theme", "dark");

        assertEquals(Change.Status.NOT_SAVED, change.status());
        assertEquals("cannot save theme to " + file + ": No space left on device (injected)", change.message());
        assertEquals(old, Files.readString(file));
        assertEquals(List.of(".config.yml.lock", "config.yml"), names(dir));
        assertEquals(ThemeName.DEFAULT, store.preferences().theme());
    }

    @Test
    void aDeniedWriteGivesAMessageAndKeepsTheValuesInMemory() throws Exception {
        Path file = file("theme: dark\n");
        PreferencesStore store = PreferencesStore.load(at(file), (target, text) -> {
            throw new AccessDeniedException(target.resolveSibling(".config.yml.123.tmp").toString());
        });
        Change change = store.set("theme", "light");
        assertEquals(Change.Status.NOT_SAVED, change.status());
        assertEquals("cannot save theme to " + file + ": permission denied: " + dir + "/.config.yml.123.tmp",
                change.message());
        assertEquals(ThemeName.DARK, store.preferences().theme());
    }

    /** A real full disk: a 64 KB tmpfs filled up (mounting needs root; skipped without it). */
    @Test
    void aFullDiskGivesAMessageAndKeepsTheValuesInMemory() throws Exception {
        Path small = Files.createDirectory(dir.resolve("small"));
        assumeTrue(ReadOnly.succeeds("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.toString()),
                "mounting a small tmpfs needs root");
        try {
            Path file = Files.writeString(small.resolve("config.yml"), ShippedConfigTest.shipped());
            PreferencesStore store = PreferencesStore.load(at(file));
            assertTrue(store.set("theme", "light").ok());
            try (OutputStream filler = Files.newOutputStream(small.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) {
                    filler.write(block);
                }
            } catch (IOException full) {
                assertEquals("No space left on device", full.getMessage());
            }
            Change change = store.set("theme", "dark");
            assertEquals(Change.Status.NOT_SAVED, change.status());
            assertEquals("cannot save theme to " + file + ": No space left on device", change.message());
            assertEquals(ThemeName.LIGHT, store.preferences().theme());
            assertTrue(Files.readString(file).contains("\ntheme: light\n"));
            assertEquals(List.of(".config.yml.lock", "config.yml", "filler"), names(small));
        } finally {
            assertTrue(ReadOnly.succeeds("umount", small.toString()), "umount " + small);
        }
    }

    /** A folder nobody may write to: chmod for a user, {@code chattr +i} for root, who may write anywhere else. */
    @Test
    void aReadOnlyFolderGivesAMessageAndKeepsTheValuesInMemory() throws Exception {
        Path file = file("theme: dark\n");
        PreferencesStore store = PreferencesStore.load(at(file));
        try (ReadOnly readOnly = ReadOnly.make(dir)) {
            Change change = store.set("theme", "light");
            assertEquals(Change.Status.NOT_SAVED, change.status());
            assertTrue(change.message().startsWith("cannot save theme to " + file + ": "), change.message());
            assertTrue(change.message().contains(readOnly.reason()), change.message());
            assertEquals(ThemeName.DARK, store.preferences().theme());
            assertEquals("theme: dark\n", Files.readString(file));
        }
        assertEquals(List.of("config.yml"), names(dir));
    }

    /** A file, or a FIFO, where the config folder should be is named as such, not only by its path. */
    @Test
    void aFileWhereTheConfigFolderShouldBeIsNamedAsSuch() throws Exception {
        Path notAFolder = dir.resolve("lede");
        Files.writeString(notAFolder, "x");
        Path file = notAFolder.resolve("config.yml");
        PreferencesStore store = PreferencesStore.load(at(file));
        Change change = store.set("theme", "light");
        assertEquals(Change.Status.NOT_SAVED, change.status());
        assertEquals("cannot save theme to " + file + ": " + notAFolder + " is not a folder", change.message());
        assertEquals("x", Files.readString(notAFolder));
    }

    /**
     * Root never writes through another user's link ({@code sudo -E lede config set} with the user's folders): a
     * user's {@code config.yml} linked to a file of root's elsewhere is refused, and that file and its folder are left
     * as they were. A link of one's own (dotfiles) is still written through:
     * {@link #aSymlinkedConfigIsWrittenThroughToItsTargetWithItsPermissions}.
     */
    @Test
    void rootNeverWritesThroughALinkOfAnotherUser() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can make a link another user's");
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path victim = Files.writeString(elsewhere.resolve("service.yml"), "name: service\n");
        Path users = Files.createDirectory(dir.resolve("users"));
        Path link = Files.createSymbolicLink(users.resolve("config.yml"), victim);
        Files.setAttribute(link, "unix:uid", 65534, LinkOption.NOFOLLOW_LINKS);
        Change change = PreferencesStore.load(at(link)).set("theme", "light");
        assertEquals(Change.Status.NOT_SAVED, change.status());
        assertTrue(change.message().contains(link + " is a link of another user's"), change.message());
        assertEquals("name: service\n", Files.readString(victim));
        assertEquals(List.of("service.yml"), names(elsewhere));
    }

    /** The same for a file that may not be replaced, in a folder that may be written. */
    @Test
    void anImmutableFileGivesAMessageAndKeepsTheValuesInMemory() throws Exception {
        Path file = file("theme: dark\n");
        PreferencesStore store = PreferencesStore.load(at(file));
        store.set("theme", "mono");
        assumeTrue(ReadOnly.canMakeImmutable(), "chattr +i needs root");
        try (ReadOnly readOnly = ReadOnly.make(file)) {
            Change change = store.set("theme", "light");
            assertEquals(Change.Status.NOT_SAVED, change.status());
            assertTrue(change.message().startsWith("cannot save theme to " + file + ": "), change.message());
            assertEquals(ThemeName.MONO, store.preferences().theme());
            assertEquals("theme: mono\n", Files.readString(file));
        }
        assertEquals(List.of(".config.yml.lock", "config.yml"), names(dir));
    }

    @Test
    void aSaveRemovesTheTemporaryFileOfASaveThatWasKilled() throws Exception {
        Path file = file("theme: dark\n");
        Files.writeString(dir.resolve(".config.yml.4242.tmp"), "theme: li");
        assertTrue(PreferencesStore.load(at(file)).set("theme", "light").ok());
        assertEquals("theme: light\n", Files.readString(file));
        assertEquals(List.of(".config.yml.lock", "config.yml"), names(dir));
    }

    @Test
    void aSymlinkedConfigIsWrittenThroughToItsTargetWithItsPermissions() throws Exception {
        Path target = Files.createDirectories(dir.resolve("dotfiles")).resolve("lede.yml");
        Files.writeString(target, "# from my dotfiles repo\ntheme: dark\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("config.yml"), Path.of("dotfiles/lede.yml"));

        assertTrue(PreferencesStore.load(at(link)).set("theme", "light").ok());

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("# from my dotfiles repo\ntheme: light\n", Files.readString(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of(".lede.yml.lock", "lede.yml"), names(target.getParent()));
    }

    @Test
    void cyclingTheThemeGoesRoundAndSavesEachStep() throws Exception {
        Path file = file(ShippedConfigTest.shipped());
        PreferencesStore store = PreferencesStore.load(at(file));
        for (String expected : List.of("dark", "light", "mono", "default")) {
            Change change = store.cycleTheme();
            assertTrue(change.ok(), change.message());
            assertEquals(expected, store.preferences().theme().id());
            assertTrue(Files.readString(file).contains("\ntheme: " + expected + "\n"));
        }
        assertEquals(ShippedConfigTest.shipped(), Files.readString(file));
    }

    @Test
    void aKeyBoundToTwoActionsIsSavedWithAWarning() throws Exception {
        Change change = PreferencesStore.load(at(file("theme: dark\n"))).set("keys.next_story", List.of("x", "j"));
        assertEquals(Change.Status.SAVED, change.status());
        assertEquals(List.of(dir.resolve("config.yml") + ":3:15: keys.next_story: 'j' is also bound to keys.down"),
                change.warnings());
    }

    /** What config set and the preferences screen use (issue 16: such a value was saved with a warning). */
    @Test
    void refusingSharedKeysAKeyGivenASecondActionOnAScreenIsInvalidAndNothingIsWritten() throws Exception {
        Path file = file("theme: dark\n");
        PreferencesStore store = PreferencesStore.load(at(file)).refusingSharedKeys();
        Change change = store.set("keys.next_story", List.of("x", "j"));
        assertEquals(Change.Status.INVALID, change.status());
        assertEquals("keys.next_story: 'j' is also bound to keys.down in a story; a key does one thing on a screen",
                change.message());
        assertEquals("theme: dark\n", Files.readString(file));
        assertEquals(List.of(Key.parse("J")), store.preferences().keys().keys(Action.NEXT_STORY));
        assertEquals(Change.Status.SAVED, store.set("keys.down", List.of("Down")).status());
        assertEquals(Change.Status.SAVED, store.set("keys.next_story", List.of("x", "j")).status(), "j freed first");
    }

    @Test
    void aFileWithAClashTakesASetOfAnotherKeyAndOneThatMendsIt() throws Exception {
        Path file = file("keys:\n  down: [Down, j, k]\n");
        Change other = PreferencesStore.forRepair(at(file)).refusingSharedKeys().set("theme", "dark");
        assertEquals(Change.Status.SAVED, other.status(), other.message());
        assertEquals(Change.Status.INVALID, PreferencesStore.forRepair(at(file)).refusingSharedKeys()
                .set("keys.up", List.of("Up", "k")).status());
        Change mended = PreferencesStore.forRepair(at(file)).refusingSharedKeys().set("keys.down", List.of("Down", "j"));
        assertEquals(Change.Status.SAVED, mended.status(), mended.message());
        assertEquals(List.of(), PreferencesStore.check(file));
    }

    /** Two writers in one process, each setting its own keys many times: the lock keeps every last value. */
    @Test
    void twoThreadsSavingAtOnceLoseNoChange() throws Exception {
        Path file = file(ShippedConfigTest.shipped());
        Thread colors = new Thread(() -> setAll(file, "colors.", List.of("1", "2", "3", "4", "5")));
        Thread keys = new Thread(() -> setAll(file, "keys.", List.of("1", "2", "3", "4", "5")));
        colors.start();
        keys.start();
        colors.join();
        keys.join();
        Preferences saved = PreferencesStore.load(at(file)).preferences();
        for (Element element : Element.values()) {
            assertEquals(new Color("5"), saved.color(element));
        }
        for (Setting<?> setting : Setting.all()) {
            if (setting.key().startsWith("keys.")) {
                assertEquals(List.of("5"), setting.words(saved));
            }
        }
    }

    /** The same with two processes: the file lock, not only the in-process wait, keeps every last value. */
    @Test
    void twoProcessesSavingAtOnceLoseNoChange() throws Exception {
        Path file = file(ShippedConfigTest.shipped());
        Process colors = race(file, "colors.");
        Process keys = race(file, "keys.");
        assertEquals(0, colors.waitFor(), new String(colors.getErrorStream().readAllBytes()));
        assertEquals(0, keys.waitFor(), new String(keys.getErrorStream().readAllBytes()));
        Preferences saved = PreferencesStore.load(at(file)).preferences();
        for (Element element : Element.values()) {
            assertEquals(new Color("3"), saved.color(element));
        }
        for (Setting<?> setting : Setting.all()) {
            if (setting.key().startsWith("keys.")) {
                assertEquals(List.of("3"), setting.words(saved));
            }
        }
    }

    private static Process race(Path file, String prefix) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SaveRace.class.getName(), file.toString(), prefix).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Sets each key under a prefix to each value in turn, each through a store of its own. */
    static void setAll(Path file, String prefix, List<String> values) {
        for (String value : values) {
            for (Setting setting : Setting.all()) {
                if (setting.key().startsWith(prefix)) {
                    Change change = PreferencesStore.forRepair(at(file)).set(setting.key(), value);
                    if (!change.ok()) {
                        throw new AssertionError(change.message());
                    }
                }
            }
        }
    }

    @Test
    void aFifoAtTheLockFileFailsAtOnceWithAMessage() throws Exception {
        Path file = file("theme: default\n");
        Path lock = Fifo.make(dir.resolve(".config.yml.lock"));
        PreferencesStore store = PreferencesStore.load(at(file));
        Change change = Fifo.withoutBlocking(lock, () -> store.set("theme", "dark"));
        assertEquals(Change.Status.NOT_SAVED, change.status());
        assertEquals("cannot save theme to " + file + ": " + lock + " is a FIFO, not a lock file; remove it",
                change.message());
        assertEquals("theme: default\n", Files.readString(file));
        assertEquals(ThemeName.DEFAULT, store.preferences().theme());
    }

    @Test
    void aLinkAtTheLockFileIsNeverFollowed(@TempDir Path elsewhere) throws Exception {
        Path file = file("theme: default\n");
        Path lock = Files.createSymbolicLink(dir.resolve(".config.yml.lock"), elsewhere.resolve("created"));
        Change change = PreferencesStore.load(at(file)).set("theme", "dark");
        assertEquals(Change.Status.NOT_SAVED, change.status());
        assertEquals("cannot save theme to " + file + ": " + lock + " is a symbolic link, not a lock file; remove it",
                change.message());
        assertFalse(Files.exists(elsewhere.resolve("created"), LinkOption.NOFOLLOW_LINKS), "the link was followed");
        assertEquals("theme: default\n", Files.readString(file));
    }

    @Test
    void aSaveByRootKeepsTheOwnerGroupAndModeOfAnotherUsersFile() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can save another user's file");
        Path file = file("theme: default\n");
        Files.setAttribute(file, "unix:uid", 65534);
        Files.setAttribute(file, "unix:gid", 65534);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Change change = PreferencesStore.load(at(file)).set("theme", "dark");
        assertEquals(Change.Status.SAVED, change.status(), change.message());
        assertEquals("theme: dark\n", Files.readString(file));
        assertEquals(65534, Files.getAttribute(file, "unix:uid"));
        assertEquals(65534, Files.getAttribute(file, "unix:gid"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Path lock = dir.resolve(".config.yml.lock");
        assertEquals(65534, Files.getAttribute(lock, "unix:uid"), "the lock file root made is the user's too");
    }
}
