package dev.lede.cli;

import dev.lede.export.Format;
import dev.lede.library.Library;
import dev.lede.library.LibraryException;
import dev.lede.library.StoryRef;
import dev.lede.story.Story;
import dev.lede.storyfile.ParseResult;
import dev.lede.storyfile.StoryIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede show ID}: one story, rendered. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one story.")
final class ShowCommand implements Callable<Integer> {

    enum ShowFormat {
        text(Format.TEXT), markdown(Format.MARKDOWN), html(Format.HTML), json(Format.JSON);

        final Format format;

        ShowFormat(Format format) {
            this.format = format;
        }
    }

    private final CommandContext context;

    @Mixin
    final LibraryArgs libraryArgs = new LibraryArgs();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, html or json (default: ${DEFAULT-VALUE}).")
    ShowFormat format;

    @Mixin
    WidthOption width = new WidthOption();

    @Parameters(index = "0", paramLabel = "ID", description = "The story id (see 'lede list').")
    String id;

    @Parameters(index = "1..*", paramLabel = "DIR", arity = "0..*",
            description = LibraryArgs.DIRS_HELP)
    void dirs(List<Path> dirs) {
        libraryArgs.dirs(dirs);
    }

    ShowCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LibraryException, IOException {
        int columns = width.columns(context.preferences());
        Library library = context.openLibrary(libraryArgs);
        // the id as list shows it, or as the file name holds it (a real tab, not its escape)
        StoryRef ref = library.find(id).or(() -> library.find(StoryIds.visible(id))).orElseThrow(() ->
                new LedeException(ExitCode.LIBRARY, "no story with id '" + id + "' in "
                        + CommandContext.describe(library.dirs())));
        // the file may have gone or changed since it was listed: say so rather than print a stand-in
        ParseResult parsed = library.parse(ref);
        Story story = parsed.story();
        if (story == null) {
            throw new LedeException(ExitCode.LIBRARY, parsed.problems().isEmpty() ? "cannot read " + ref.file()
                    : parsed.problems().get(0).toString());
        }
        PrintWriter out = context.out();
        format.format.exporter(columns).writeOne(story, out);
        return ExitCode.OK;
    }
}
