package dev.lede.cli;

import dev.lede.atomic.AtomicFile;
import dev.lede.export.Exporter;
import dev.lede.export.Format;
import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.StoryRef;
import dev.lede.story.Story;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lede export}: every story of a library, to stdout, one file, or one file per story. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every story of a library to stdout, a file (--output) or a folder (--output-dir).")
final class ExportCommand implements Callable<Integer> {

    /** How often, in stories, a write to stdout is checked for a closed pipe. */
    private static final int CHECK_EVERY = 256;
    private static final int MAX_NAME = 100;

    @ParentCommand
    LedeCommand lede;

    @Mixin
    StrictOption strict = new StrictOption();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            converter = FormatConverter.class,
            description = "json, jsonl, markdown, html or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-w", "--width"}, paramLabel = "COLUMNS", defaultValue = "80",
            description = "Line width of the text format (default: ${DEFAULT-VALUE}).")
    int width;

    @ArgGroup(exclusive = true)
    Destination destination;

    static final class Destination {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write everything to FILE.")
        Path file;

        @Option(names = {"-d", "--output-dir"}, paramLabel = "DIR",
                description = "Write one file per story into DIR, named from the story id.")
        Path dir;
    }

    @Option(names = "--force", description = "Overwrite existing files.")
    boolean force;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Library folders (default: seeds/).")
    List<Path> dirs;

    @Override
    public Integer call() throws LibraryException, IOException {
        if (width < 20) {
            throw new LedeException(ExitCode.USAGE, "--width must be at least 20, not " + width);
        }
        Library library = lede.openLibrary(dirs, strict.strict);
        Exporter exporter = format.exporter(width);
        if (destination != null && destination.file != null) {
            refuseToOverwrite(List.of(destination.file));
            AtomicFile.write(destination.file, out -> exporter.write(library.all(), out));
        } else if (destination != null && destination.dir != null) {
            toFolder(library, exporter, destination.dir);
        } else {
            toStdout(library, exporter);
        }
        return ExitCode.OK;
    }

    private void toStdout(Library library, Exporter exporter) throws IOException {
        PrintWriter out = lede.spec.commandLine().getOut();
        // on a terminal that also shows the export itself, a progress line would be torn through by the stories
        ProgressLine progress = lede.setup().stderrIsTerminal() && !lede.setup().stdoutIsTerminal()
                ? new ProgressLine(lede.spec.commandLine().getErr(), "exporting") : null;
        try {
            if (format == Format.JSONL) {
                linesInParallel(library, exporter, out, progress);
            } else {
                exporter.write(checkingEvery(library, out, progress), out);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
        out.flush();
        if (out.checkError()) {
            throw new IOException("the output was closed");
        }
    }

    /**
     * JSON Lines: each story's line stands alone, so reading, parsing and formatting all happen on the read-ahead
     * threads and this one only writes the lines in order.
     */
    private static void linesInParallel(Library library, Exporter exporter, PrintWriter out, ProgressLine progress)
            throws IOException {
        int count = 0;
        int total = library.stories().size();
        for (String line : library.map(story -> render(exporter, story))) {
            out.write(line);
            if (++count % CHECK_EVERY == 0) {
                if (out.checkError()) {
                    throw new IOException("the output was closed");
                }
                if (progress != null) {
                    progress.update(count, total);
                }
            }
        }
    }

    private static String render(Exporter exporter, Story story) {
        StringWriter line = new StringWriter(2048);
        try {
            exporter.writeOne(story, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.toString();
    }

    /** Stops the export soon after stdout fails (a closed pipe) instead of formatting stories nobody reads. */
    private static Iterable<Story> checkingEvery(Library library, PrintWriter out, ProgressLine progress) {
        List<StoryRef> refs = library.stories();
        return () -> new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < refs.size();
            }

            @Override
            public Story next() {
                if (index > 0 && index % CHECK_EVERY == 0) {
                    if (out.checkError()) {
                        throw new UncheckedIOException(new IOException("the output was closed"));
                    }
                    if (progress != null) {
                        progress.update(index, refs.size());
                    }
                }
                return library.open(refs.get(index++));
            }
        };
    }

    private void toFolder(Library library, Exporter exporter, Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new LedeException(ExitCode.USAGE, "--output-dir is not a folder: " + dir);
        }
        Files.createDirectories(dir);
        Map<Path, StoryRef> files = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (StoryRef story : library.stories()) {
            files.put(dir.resolve(uniqueName(story.id(), exporter.extension(), used)), story);
        }
        refuseToOverwrite(List.copyOf(files.keySet()));
        for (Map.Entry<Path, StoryRef> file : files.entrySet()) {
            Story story = library.open(file.getValue());
            AtomicFile.write(file.getKey(), out -> exporter.writeOne(story, out));
        }
    }

    private void refuseToOverwrite(List<Path> targets) {
        if (force) {
            return;
        }
        List<Path> existing = targets.stream().filter(Files::exists).toList();
        if (!existing.isEmpty()) {
            throw new LedeException(ExitCode.USAGE, existing.get(0) + " already exists"
                    + (existing.size() > 1 ? " (and " + (existing.size() - 1) + " more)" : "")
                    + "; use --force to overwrite");
        }
    }

    /** A file name made only of safe characters, never hidden, unique within this export. */
    static String uniqueName(String id, String extension, Set<String> used) {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < id.length() && safe.length() < MAX_NAME; i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || (c == '.' && safe.length() > 0);
            safe.append(ok ? c : '_');
        }
        String base = safe.length() == 0 ? "story" : safe.toString();
        String name = base + "." + extension;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + "." + extension;
        }
        return name;
    }

    /** Accepts format names in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.id().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "unknown format '" + value + "' (use json, jsonl, markdown, html or text)");
        }
    }
}
