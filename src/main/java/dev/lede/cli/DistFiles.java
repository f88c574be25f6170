package dev.lede.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * The files of the distribution made from the command tree at build time ({@code mvn package} runs this):
 * {@code man/man1/lede.1}, the bash completion {@code bash-completion/completions/lede} and the zsh one
 * {@code zsh/site-functions/_lede}, under a {@code share} folder.
 */
public final class DistFiles {

    private DistFiles() {
    }

    /**
     * @param args the {@code share} folder to write into, the hand-written man page sections, the version, and the
     *             folder to copy the licence files of every jar on the class path into (a folder per jar)
     */
    public static void main(String[] args) throws IOException {
        Path share = Path.of(args[0]);
        CommandLine root = tree();
        write(share.resolve("man/man1/lede.1"), ManPage.of(root, args[2], Files.readString(Path.of(args[1]))));
        String bash = CompletionCommand.script(root);
        write(share.resolve("bash-completion/completions/lede"), bash);
        write(share.resolve("zsh/site-functions/_lede"), zsh(bash));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                licences(Path.of(entry), Path.of(args[3]));
            }
        }
    }

    /** The licence and notice files in a jar's META-INF, into {@code into/<jar's name without .jar>/}. */
    static void licences(Path jar, Path into) throws IOException {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String file = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory() && entry.getName().startsWith("META-INF/")
                        && file.matches("(?i)([\\w.-]*-)?(licen[cs]e|notice)(\\.txt|\\.md)?")) {
                    Path target = into.resolve(name).resolve(file);
                    Files.createDirectories(target.getParent());
                    try (java.io.InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /**
     * Every command, built on a context that reads and writes nothing; synopses wrapped to 72 columns, which the man
     * page indents by 7.
     */
    static CommandLine tree() {
        StringWriter sink = new StringWriter();
        CommandContext context = new CommandContext(Path.of("/nonexistent"), Map.of(), Path.of("/nonexistent"),
                Setup.NONE, new PrintWriter(sink), new PrintWriter(sink));
        return LedeCommandLine.of(context).setUsageHelpWidth(72);
    }

    /**
     * The zsh completion: zsh autoloads {@code _lede} from its {@code site-functions} folder as the function that
     * completes {@code lede}; its first call defines the bash script's functions under zsh's bash emulation
     * (picocli's script turns on {@code bashcompinit} itself) and completes the word it was called for.
     */
    static String zsh(String bash) {
        return "#compdef lede\n# lede's completion for zsh: picocli's bash script under zsh's bashcompinit\n"
                + "# bash's compopt (options of the completion) has no zsh equivalent: a no-op here, defined before"
                + " the script, whose own alias of it comes too late for its functions\n"
                + "(( $+functions[compopt] )) || compopt() { return 0; }\n"
                + bash + "\n_bash_complete -F _complete_lede -o default \"$@\"\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
