package dev.lede.cli;

import dev.lede.library.LibraryException;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top command: the options every command takes, the help, and the reader on the default library. */
@Command(name = "lede", mixinStandardHelpOptions = true, versionProvider = LedeCommand.Version.class,
        description = "A terminal news reader. With no command, opens the reader on the default library; "
                + "'lede DIR...' opens it on those folders, as 'lede read DIR...' does.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (warnings allowed)", "1:internal error or failed write",
                "2:usage error, or the reader started without an interactive terminal",
                "3:library error (folder missing or unreadable, no stories, unknown id, --strict warnings)",
                "4:the preferences file cannot be used (see 'lede config check')",
                "5:lede fetch: some feeds failed (the others, and what did arrive, are written)",
                "141:stdout closed by its reader, as in 'lede export | head -1' (nothing printed)"})
final class LedeCommand implements Callable<Integer> {

    private final CommandContext context;

    @Mixin
    final GlobalOptions options;

    LedeCommand(CommandContext context) {
        this.context = context;
        this.options = context.options();
    }

    @Override
    public Integer call() throws LibraryException, IOException {
        return new ReadCommand(context).call();
    }

    /**
     * The version written into the jar's manifest at build time, the git commit the build was made from (recorded in
     * {@code build.properties} by the build; {@code unknown} for a build outside a git clone) and the Java runtime.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LedeCommand.class.getPackage().getImplementationVersion();
            return new String[] {"lede " + (version == null ? "(development build)" : version),
                "commit " + commit(),
                "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor")
                    + ") in " + System.getProperty("java.home")};
        }

        /** The commit of the build, as {@code git describe --always --dirty} gave it, or {@code unknown}. */
        static String commit() {
            java.util.Properties build = new java.util.Properties();
            try (java.io.InputStream in = LedeCommand.class.getResourceAsStream("build.properties")) {
                if (in != null) {
                    build.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            String commit = build.getProperty("commit", "").strip();
            return commit.matches("[0-9a-f]{7,40}(-dirty)?") ? commit : "unknown";
        }

        /** The version alone ({@code 1.2.0}), or {@code dev} for a build without a manifest. */
        static String number() {
            String version = LedeCommand.class.getPackage().getImplementationVersion();
            return version == null ? "dev" : version;
        }
    }
}
