package dev.lede.cli;

import dev.lede.safefile.AtomicFile;
import dev.lede.export.Exporter;
import dev.lede.export.Field;
import dev.lede.export.FieldScope;
import dev.lede.export.FieldSet;
import dev.lede.export.Template;
import dev.lede.export.Format;
import dev.lede.export.StoryMarks;
import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.StoryRef;
import dev.lede.prefs.Preferences;
import dev.lede.state.ReadState;
import dev.lede.story.Story;
import dev.lede.storyfile.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code lede export}: every story of a library, to stdout, one file, or one file per story. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the stories of a library (all, or those --feed, --since, --query … choose) to stdout, a "
                + "file (--output) or a folder (--output-dir).")
final class ExportCommand implements Callable<Integer> {

    /** How often, in stories, the progress line is updated. */
    private static final int CHECK_EVERY = 256;
    private static final int MAX_NAME = 100;
    /** Names Windows gives to devices, whatever follows the first dot. */
    private static final Pattern WINDOWS_RESERVED =
            Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private final CommandContext context;

    @Mixin
    final LibraryArgs libraryArgs = new LibraryArgs.Folders();

    /** Null when absent (the preferences' export.format applies) and for template. */
    Format format;

    /** {@code --format template}, or {@code --template} without --format. */
    private boolean templateFormat;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json, jsonl, markdown, html, text or template (default: export.format of the "
                    + "preferences, built in: json; template with --template).")
    void format(String value) {
        templateFormat = "template".equalsIgnoreCase(value);
        try {
            format = templateFormat ? null : new FormatConverter().convert(value);
        } catch (TypeConversionException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': "
                    + e.getMessage());
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    TemplateOptions shape = new TemplateOptions();

    @Mixin
    WidthOption width = new WidthOption();

    @Mixin
    CheckpointOption checkpoint = new CheckpointOption();

    @Mixin
    Selection selection = new Selection(checkpoint);

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

    ExportCommand(CommandContext context) {
        this.context = context;
    }

    /** Runs before each file of --output-dir is made; tests plant links there. */
    Consumer<Path> beforeEachFile = file -> { };

    /** Told of each story that could not be read after listing (gone or changed since), exported as a stand-in. */
    private Consumer<Problem> warn;

    @Override
    public Integer call() throws LibraryException, IOException {
        Template template = template();
        Preferences preferences = context.preferences();
        int columns = width.columns(preferences);
        Format chosen = format != null ? format : Format.valueOf(preferences.exportFormat().name());
        Library all = context.openLibrary(libraryArgs);
        boolean fields = (chosen == Format.JSON || chosen == Format.JSONL) && context.keepsReadState();
        ReadState state = selection.needsReadState() || fields ? context.readState(all, libraryArgs) : null;
        Library library = all.with(selection.select(all, context, state));
        PrintWriter err = context.err();
        warn = problem -> {
            err.println("lede: warning: " + problem + " (exported with a note in its place)");
            err.flush();
        };
        Exporter exporter = template != null ? template.exporter(fieldsOf(library, marks(template, state, all)))
                : chosen.exporter(columns, fields ? storyMarks(state) : null);
        if (library.stories().isEmpty() && (template != null || chosen != Format.JSON)) {
            exporter = nothing(exporter.extension());
        }
        if (destination != null && destination.file != null) {
            toFile(library, exporter, destination.file);
        } else if (destination != null && destination.dir != null) {
            toFolder(library, exporter, destination.dir);
        } else {
            toStdout(library, exporter);
        }
        Stdout.finish(context.out()); // the checkpoint moves only over what was written
        checkpoint.commit(library.stories(), all, context);
        return ExitCode.OK;
    }

    private void toStdout(Library library, Exporter exporter) throws IOException {
        PrintWriter out = context.out();
        // on a terminal that also shows the export itself, a progress line would be torn through by the stories
        ProgressLine progress = context.setup().stderrIsTerminal() && !context.setup().stdoutIsTerminal()
                ? new ProgressLine(context.err(), "exporting") : null;
        try {
            if (format == Format.JSONL || templateFormat) {
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
    }

    /**
     * JSON Lines: each story's line stands alone, so reading, parsing and formatting all happen on the read-ahead
     * threads and this one only writes the lines in order.
     */
    private void linesInParallel(Library library, Exporter exporter, PrintWriter out, ProgressLine progress)
            throws IOException {
        int count = 0;
        int total = library.stories().size();
        for (String line : library.map(story -> render(exporter, story), warn)) {
            out.write(line);
            if (Stdout.failed(out)) {
                throw ((Stdout) out).failure();
            }
            if (++count % CHECK_EVERY == 0) {
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

    /** Stops the export at the next story once stdout fails (a closed pipe) instead of formatting stories nobody reads. */
    private Iterable<Story> checkingEvery(Library library, PrintWriter out, ProgressLine progress) {
        List<StoryRef> refs = library.stories();
        return () -> new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < refs.size();
            }

            @Override
            public Story next() {
                if (Stdout.failed(out)) {
                    throw new UncheckedIOException(((Stdout) out).failure());
                }
                if (index > 0 && index % CHECK_EVERY == 0 && progress != null) {
                    progress.update(index, refs.size());
                }
                return library.open(refs.get(index++), warn);
            }
        };
    }

    /**
     * A regular file is written whole or not at all ({@link AtomicFile}); a device or a pipe that already exists
     * (a terminal, a FIFO) has nothing to keep whole and is written straight, never replaced; and the file stdout
     * or stderr is open on ({@code /dev/stdout}, or another name of the log it appends to) is written through that
     * stream, never replaced and without --force.
     */
    private void toFile(Library library, Exporter exporter, Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new LedeException(ExitCode.USAGE, "--output is a folder: " + file + " (use --output-dir)");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new LedeException(ExitCode.INTERNAL, "cannot write output: "
                    + (Files.exists(folder) ? "not a folder: " : "no such file or folder: ") + folder);
        }
        Object key = fileKey(file);
        if (key != null && key.equals(context.setup().stdoutFile())) {
            toStdout(library, exporter);
            return;
        }
        if (key != null && key.equals(context.setup().stderrFile())) {
            PrintWriter err = context.err();
            exporter.write(library.all(warn), err);
            Stdout.finish(err);
            return;
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                exporter.write(library.all(warn), out);
            }
            return;
        }
        refuseToOverwrite(List.of(file));
        AtomicFile.removeLeftovers(file);
        AtomicFile.write(file, out -> exporter.write(library.all(warn), out));
    }

    /** The file key of what {@code file} names, links followed, or null when there is none. */
    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * One file per story. Each is made when its turn comes and never through a link, whatever was put in the folder
     * meanwhile: without --force only where nothing is there, with it by a rename over what is there.
     */
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
        AtomicFile.removeLeftovers(dir, names(files.keySet()));
        for (Map.Entry<Path, StoryRef> file : files.entrySet()) {
            beforeEachFile.accept(file.getKey());
            Story story = library.open(file.getValue(), warn);
            try {
                AtomicFile.create(file.getKey(), out -> exporter.writeOne(story, out), force);
            } catch (FileAlreadyExistsException e) {
                throw new LedeException(ExitCode.USAGE, file.getKey() + " already exists (made during the export); "
                        + "use --force to overwrite");
            }
        }
    }

    private static Set<String> names(Set<Path> files) {
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            names.add(file.getFileName().toString());
        }
        return names;
    }

    private void refuseToOverwrite(List<Path> targets) {
        if (force) {
            return;
        }
        List<Path> existing = targets.stream().filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).toList();
        if (!existing.isEmpty()) {
            throw new LedeException(ExitCode.USAGE, existing.get(0) + " already exists"
                    + (existing.size() > 1 ? " (and " + (existing.size() - 1) + " more)" : "")
                    + "; use --force to overwrite");
        }
    }

    /**
     * A file name for a story id, safe on every system and in every shell: only {@code A-Z a-z 0-9 . _ -} (anything
     * else becomes {@code _}), never starting with {@code .} or {@code -} (so never hidden, {@code .} or {@code ..},
     * and never an option to {@code rm *}), never a name Windows reserves ({@code CON}, {@code NUL}, {@code COM1}…),
     * at most 100 characters before the extension, and unique within this export ignoring case.
     */
    static String uniqueName(String id, String extension, Set<String> used) {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < id.length() && safe.length() < MAX_NAME; i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || ((c == '-' || c == '.') && safe.length() > 0);
            safe.append(ok ? c : '_');
        }
        String base = safe.length() == 0 ? "story" : safe.toString();
        java.util.regex.Matcher device = WINDOWS_RESERVED.matcher(base);
        if (device.matches()) {
            base = device.group(1) + "_" + (device.group(2) == null ? "" : device.group(2));
        }
        String name = base + "." + extension;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + "." + extension;
        }
        return name;
    }

    /** What an empty selection exports in every format but JSON ({@code []}): nothing, not an empty page. */
    private static Exporter nothing(String extension) {
        return new Exporter() {
            @Override
            public String extension() {
                return extension;
            }

            @Override
            public void write(Iterable<Story> stories, Writer out) {
            }
        };
    }

    /** The template of --format template (or --template alone), else null; exit 2 when it cannot be used. */
    private Template template() {
        if (shape.template == null && shape.each == null && !templateFormat) {
            return null;
        }
        if (format != null) {
            throw new LedeException(ExitCode.USAGE, (shape.template != null ? "--template" : "--each")
                    + " needs --format template, not " + format.id());
        }
        if (shape.template == null) {
            throw new LedeException(ExitCode.USAGE, shape.each != null && !templateFormat
                    ? "--each needs --format template --template TEXT"
                    : "--format template needs --template TEXT");
        }
        templateFormat = true;
        return TemplateOptions.template(shape.template, FieldScope.stories(shape.each));
    }

    /** The reading state when the template shows it, else null. */
    private ReadState marks(Template template, ReadState state, Library all) {
        if (!template.fields().contains(Field.READ) && !template.fields().contains(Field.STARRED)) {
            return null;
        }
        return state != null ? state : context.readState(all, libraryArgs);
    }

    /** Each story's fields for a template: its listing (found by id), its number in the export, its marks. */
    private static Function<Story, FieldSet> fieldsOf(Library library, ReadState state) {
        List<StoryRef> refs = library.stories();
        Map<String, Integer> index = new HashMap<>(refs.size() * 2);
        for (int i = 0; i < refs.size(); i++) {
            index.putIfAbsent(refs.get(i).id(), i);
        }
        return story -> {
            Integer at = index.get(story.id());
            StoryRef ref = at != null ? refs.get(at)
                    : new StoryRef(story.id(), null, story.file(), story.title(), null, story.sections().size());
            return new StoryFields(ref, at == null ? 0 : at + 1, state, story, Double.NaN);
        };
    }

    private static StoryMarks storyMarks(ReadState state) {
        return new StoryMarks() {
            @Override
            public boolean isRead(String id) {
                return state.isRead(id);
            }

            @Override
            public boolean isStarred(String id) {
                return state.isStarred(id);
            }
        };
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
            throw new TypeConversionException(
                    "unknown format '" + value + "' (use json, jsonl, markdown, html, text or template)");
        }
    }
}
