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

    /** The shortest start of an id that stands for it, as git takes 4 characters of a hash. */
    static final int MIN_PREFIX = 4;
    /** How many ids an ambiguous start names. */
    private static final int SHOWN = 5;

    private final CommandContext context;

    @Mixin
    final LibraryArgs libraryArgs = new LibraryArgs();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, html or json (default: ${DEFAULT-VALUE}).")
    ShowFormat format;

    @Mixin
    WidthOption width = new WidthOption();

    @Parameters(index = "0", paramLabel = "ID", description = "The story id (see 'lede list'), or its first "
            + MIN_PREFIX + " or more characters when no other id starts with them.")
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
        StoryRef ref = library.find(id).or(() -> library.find(StoryIds.visible(id)))
                .orElseGet(() -> byPrefix(library));
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

    /**
     * The one story whose id starts with the given one (of at least {@value #MIN_PREFIX} characters).
     *
     * @throws LedeException exit 3 when none does, naming the candidates when several do
     */
    private StoryRef byPrefix(Library library) {
        List<StoryRef> starting = id.length() < MIN_PREFIX ? List.of()
                : library.stories().stream().filter(story -> story.id().startsWith(id)).toList();
        if (starting.size() == 1) {
            return starting.get(0);
        }
        if (starting.isEmpty()) {
            throw new LedeException(ExitCode.LIBRARY, "no story with id '" + id + "' in "
                    + CommandContext.describe(library.dirs()));
        }
        String named = String.join(", ", starting.stream().limit(SHOWN).map(StoryRef::id).toList());
        throw new LedeException(ExitCode.LIBRARY, starting.size() + " stories have ids starting with '" + id + "': "
                + named + (starting.size() > SHOWN ? " and " + (starting.size() - SHOWN) + " more" : "")
                + "; give more of the id");
    }
}
