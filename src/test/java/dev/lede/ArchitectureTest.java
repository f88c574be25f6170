package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the layout that ARCHITECTURE.md draws: dependencies between lede's packages point one way, and each outside
 * library is imported by the one package that owns it. It reads the sources, not the classes, so a name written out
 * in full ({@code com.googlecode.lanterna.Foo}) counts like an import.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * The lede packages each package may use. A package missing here fails the test: a new package is placed in the
     * picture on purpose. {@code fetch}, {@code feedfile} and {@code feeds} are the packages the feeds work adds.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("safefile", Set.of("text")),
            Map.entry("story", Set.of("text")),
            Map.entry("storyfile", Set.of("story", "text")),
            Map.entry("library.cache", Set.of("storyfile", "story", "safefile", "text")),
            Map.entry("library", Set.of("library.cache", "storyfile", "story", "safefile", "text")),
            Map.entry("search", Set.of("library", "library.cache", "storyfile", "story", "safefile", "text")),
            Map.entry("export", Set.of("story", "text")),
            Map.entry("keys", Set.of("text")),
            Map.entry("prefs", Set.of("keys", "story", "safefile", "text")),
            Map.entry("fetch", Set.of("safefile", "text")),
            Map.entry("feedfile", Set.of("storyfile", "story", "text")),
            Map.entry("feeds", Set.of("fetch", "feedfile", "storyfile", "story", "prefs", "keys", "safefile", "text")),
            Map.entry("state", Set.of("safefile", "text")),
            Map.entry("tui", Set.of("state", "feeds", "search", "library", "library.cache", "storyfile", "story", "export",
                    "prefs", "keys", "safefile", "text")),
            Map.entry("cli", Set.of("tui", "state", "feeds", "search", "library", "library.cache", "storyfile", "story",
                    "export", "prefs", "keys", "safefile", "text")),
            Map.entry("", Set.of("cli")));

    /** Outside code, by the prefix of its names, and the packages that may use it. */
    static final Map<String, Set<String>> OWNERS = Map.of(
            "com.googlecode.lanterna.", Set.of("tui"),
            "sun.misc.Signal", Set.of("tui"),
            "picocli.", Set.of("cli", ""),
            "org.yaml.snakeyaml.", Set.of("prefs", "storyfile", "feeds"),
            "org.apache.lucene.", Set.of("search"),
            "com.fasterxml.jackson.", Set.of("cli", "export", "feedfile"));

    /** What opens a socket: only {@code fetch} may. */
    static final List<String> SOCKETS = List.of("java.net.http.", "java.net.Socket", "java.net.ServerSocket",
            "java.net.URLConnection", "java.net.HttpURLConnection", "java.net.DatagramSocket",
            "java.nio.channels.SocketChannel", "java.nio.channels.ServerSocketChannel",
            "java.nio.channels.DatagramChannel");

    private static final Pattern LEDE = Pattern.compile("\\bdev\\.lede\\.((?:[a-z]\\w*\\.)*)[A-Z]");
    private static final Pattern NAME = Pattern.compile("\\b[a-z]\\w*(?:\\.\\w+)+");

    @Test
    void dependenciesPointTheWayArchitectureMdDraws() {
        List<String> violations = violations(SOURCES);
        assertTrue(violations.isEmpty(), () -> "against the intended layout:\n" + String.join("\n", violations));
    }

    @Test
    void everyPackageHasAPlaceAndSaysWhatItOwns() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String pkg : packages(SOURCES)) {
            if (!ALLOWED.containsKey(pkg)) {
                missing.add(display(pkg) + ": not in ArchitectureTest.ALLOWED");
            }
            if (!pkg.isEmpty() && !Files.exists(folder(SOURCES, pkg).resolve("package-info.java"))) {
                missing.add(display(pkg) + ": no package-info.java");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void theCheckSeesEachKindOfViolation(@TempDir Path root) throws IOException {
        write(root, "text/Bad.java", "package dev.lede.text;\n\nimport dev.lede.story.Story;\n");
        write(root, "prefs/Bad.java", "package dev.lede.prefs;\n\nimport dev.lede.export.Format;\n"
                + "class Bad { dev.lede.library.Library l; }\n");
        write(root, "library/Bad.java", "package dev.lede.library;\n\n/** com.googlecode.lanterna.Ok in a comment */\n"
                + "class Bad { com.googlecode.lanterna.screen.Screen s; }\n");
        write(root, "story/Bad.java", "package dev.lede.story;\n\nimport java.net.http.HttpClient;\n"
                + "import java.net.URI;\n");
        write(root, "export/Bad.java", "package dev.lede.export;\n\nimport static picocli.CommandLine.Option;\n");
        write(root, "story/Good.java", "package dev.lede.story;\n\nimport dev.lede.text.DisplayWidth;\n"
                + "import java.util.List;\n// dev.lede.cli.Main in a comment\n");

        assertEquals(List.of(
                "dev.lede.export/Bad.java:3 uses picocli.CommandLine.Option (only dev.lede, dev.lede.cli)",
                "dev.lede.library/Bad.java:4 uses com.googlecode.lanterna.screen.Screen (only dev.lede.tui)",
                "dev.lede.prefs/Bad.java:3 uses dev.lede.export",
                "dev.lede.prefs/Bad.java:4 uses dev.lede.library",
                "dev.lede.story/Bad.java:3 opens sockets through java.net.http.HttpClient (only fetch)",
                "dev.lede.text/Bad.java:3 uses dev.lede.story"), violations(root));
    }

    /** Every use against {@link #ALLOWED}, {@link #OWNERS} and {@link #SOCKETS}, as {@code package/File.java:line …}. */
    static List<String> violations(Path sources) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = packageOf(sources, file);
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                boolean inComment = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (inComment || line.startsWith("/*")) {
                        inComment = !line.contains("*/");
                        continue;
                    }
                    if (line.startsWith("//") || line.startsWith("*")) {
                        continue;
                    }
                    String where = display(pkg) + "/" + file.getFileName() + ":" + (i + 1);
                    check(pkg, line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\""), where, found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static void check(String pkg, String code, String where, List<String> found) {
        Set<String> allowed = ALLOWED.getOrDefault(pkg, Set.of());
        Set<String> used = new TreeSet<>();
        Matcher lede = LEDE.matcher(code);
        while (lede.find()) {
            String target = lede.group(1).isEmpty() ? "" : lede.group(1).substring(0, lede.group(1).length() - 1);
            if (!target.equals(pkg) && !allowed.contains(target)) {
                used.add(display(target));
            }
        }
        used.forEach(target -> found.add(where + " uses " + target));
        Matcher name = NAME.matcher(code);
        while (name.find()) {
            String used1 = name.group();
            OWNERS.forEach((prefix, owners) -> {
                if (used1.startsWith(prefix) && !owners.contains(pkg)) {
                    found.add(where + " uses " + used1 + " (only "
                            + String.join(", ", owners.stream().map(ArchitectureTest::display).sorted().toList())
                            + ")");
                }
            });
            if (!pkg.equals("fetch") && SOCKETS.stream().anyMatch(used1::startsWith)) {
                found.add(where + " opens sockets through " + used1 + " (only fetch)");
            }
        }
    }

    private static List<String> packages(Path sources) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> packageOf(sources, f)).distinct()
                    .sorted().toList();
        }
    }

    /** {@code library.cache} for {@code dev/lede/library/cache/X.java}; the empty string for {@code dev.lede}. */
    private static String packageOf(Path sources, Path file) {
        Path relative = sources.resolve("dev/lede").relativize(file.getParent());
        return relative.toString().replace('/', '.');
    }

    private static Path folder(Path sources, String pkg) {
        return sources.resolve("dev/lede").resolve(pkg.replace('.', '/'));
    }

    private static String display(String pkg) {
        return pkg.isEmpty() ? "dev.lede" : "dev.lede." + pkg;
    }

    private static void write(Path root, String name, String text) throws IOException {
        Path file = root.resolve("dev/lede").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
