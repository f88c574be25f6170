package dev.lede.cli;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man page, {@code lede.1}, in roff: made from the same command tree as {@code --help} (every command, its
 * synopsis, description, options and arguments, and the exit codes), followed by the sections written by hand that
 * the tree does not hold (the story format, files, environment, examples).
 */
final class ManPage {

    private final StringBuilder roff = new StringBuilder();

    private ManPage() {
    }

    /**
     * @param root     the top command, with every subcommand added
     * @param version  the version the page is for
     * @param sections the hand-written sections, roff, after the generated ones
     */
    static String of(CommandLine root, String version, String sections) {
        ManPage page = new ManPage();
        page.write(root, version, sections);
        return page.roff.toString();
    }

    private void write(CommandLine root, String version, String sections) {
        CommandSpec spec = root.getCommandSpec();
        line(".TH LEDE 1 \"\" \"lede " + escape(version) + "\" \"User Commands\"");
        line(".nh"); // no hyphenation: an option split over two lines could not be searched for
        line(".ad l");
        line(".SH NAME");
        line("lede \\- a terminal news reader, and a command line that scripts export stories with");
        line(".SH SYNOPSIS");
        synopsis(root);
        line(".SH DESCRIPTION");
        paragraphs(spec.usageMessage().description());
        line(".PP");
        line("Every command below has \\fB\\-\\-help\\fR, and \\fBlede help\\fR \\fICOMMAND\\fR says the same.");
        line(".SH OPTIONS");
        options(spec);
        line(".SH COMMANDS");
        for (CommandLine command : commands(root)) {
            command(command);
        }
        line(".SH EXIT STATUS");
        Map<String, String> codes = spec.usageMessage().exitCodeList();
        codes.forEach((code, meaning) -> {
            line(".TP");
            line(".B " + escape(code.strip()));
            line(escape(meaning));
        });
        roff.append(sections);
        if (!sections.endsWith("\n")) {
            roff.append('\n');
        }
    }

    /** Every command under the root, depth first, in the order help lists them (an alias once). */
    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        Map<CommandLine, Boolean> seen = new IdentityHashMap<>();
        walk(root, all, seen);
        return all;
    }

    private static void walk(CommandLine parent, List<CommandLine> all, Map<CommandLine, Boolean> seen) {
        for (CommandLine sub : parent.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden() && seen.put(sub, true) == null) {
                all.add(sub);
                walk(sub, all, seen);
            }
        }
    }

    private void command(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        line(".SS \"" + escape(spec.qualifiedName(" ")) + "\"");
        synopsis(command);
        paragraphs(spec.usageMessage().description());
        List<PositionalParamSpec> positionals = spec.positionalParameters().stream()
                .filter(p -> !p.hidden()).toList();
        for (PositionalParamSpec positional : positionals) {
            line(".TP");
            line("\\fI" + escape(positional.paramLabel()) + "\\fR");
            text(positional.description());
        }
        options(spec);
    }

    private void synopsis(CommandLine command) {
        Help help = new Help(command.getCommandSpec(), Help.defaultColorScheme(Help.Ansi.OFF));
        String synopsis = help.synopsis(0).replaceFirst("^Usage: ", "").stripTrailing();
        line(".PP");
        line(".nf");
        synopsis.lines().forEach(l -> line(escape(l)));
        line(".fi");
    }

    private void options(CommandSpec spec) {
        for (OptionSpec option : spec.options()) {
            if (option.hidden() || option.inherited()) {
                continue;
            }
            line(".TP");
            StringBuilder tag = new StringBuilder();
            for (String name : option.names()) {
                tag.append(tag.length() == 0 ? "" : ", ").append("\\fB").append(escape(name)).append("\\fR");
            }
            if (option.arity().max() > 0) {
                tag.append("=\\fI").append(escape(option.paramLabel())).append("\\fR");
            }
            line(tag.toString());
            text(option.description());
        }
    }

    private void paragraphs(String[] description) {
        for (String paragraph : description) {
            line(".PP");
            text(new String[] {paragraph});
        }
    }

    /** Description lines: picocli's {@code %n} breaks a line, {@code %%} is a per cent sign. */
    private void text(String[] description) {
        String joined = String.join("\n", description).replace("%n", "\n").replace("%%", "%");
        boolean first = true;
        for (String l : joined.split("\n", -1)) {
            if (l.isBlank()) {
                continue;
            }
            if (!first) {
                line(".br");
            }
            first = false;
            line(escape(l.strip()));
        }
    }

    private void line(String l) {
        roff.append(l).append('\n');
    }

    /**
     * Text as roff shows it as it is: backslashes and hyphens escaped, and a line that would start with a control
     * character ({@code .} or {@code '}) made text with {@code \&}.
     */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
