package dev.lede.tui;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Opens a link in the user's browser: {@code $BROWSER} (a colon-separated list of commands, tried in order until one
 * is found; {@code %s} in a command is replaced by the link, else the link is its last argument), else
 * {@code xdg-open}. The command is split into words (quotes group, nothing is expanded) and started without a shell,
 * the link one argument of its own, and only an {@code http} or {@code https} link of printable characters.
 *
 * <p>A graphical program ({@code xdg-open}, {@code firefox} and the other names in {@link #GRAPHICAL}) is started
 * detached, in a session of its own when {@code setsid} is there, its input empty and its output discarded, so it
 * can neither block the reader nor write on its screen; it failing later is said in the footer. Any other command
 * from {@code $BROWSER} is taken for a terminal program, as Python's {@code webbrowser} takes a command it does not
 * know: {@code w3m} or {@code lynx} get the terminal until they exit ({@link Suspension#lend}).
 */
final class Browser {

    /** Programs that open a window and return, or run in a window of their own: never given the terminal. */
    static final Set<String> GRAPHICAL = Set.of("xdg-open", "gio", "open", "gnome-open", "kde-open", "kde-open5",
            "exo-open", "wslview", "x-www-browser", "gnome-www-browser", "firefox", "firefox-esr", "chromium",
            "chromium-browser", "google-chrome", "google-chrome-stable", "brave", "brave-browser", "epiphany",
            "konqueror", "falkon", "midori", "opera", "vivaldi", "qutebrowser", "librewolf", "microsoft-edge");

    /** Longer links are refused: no page needs one, and terminals and browsers cut them anyway. */
    static final int MAX_LINK = 8_192;

    private final String browsers;
    private final List<Path> path;
    /** Lines for the footer from detached programs that ended badly; filled on other threads. */
    private final Queue<String> news = new ConcurrentLinkedQueue<>();

    /** @param env the environment lede was started with: {@code BROWSER} and {@code PATH} */
    Browser(Map<String, String> env) {
        this.browsers = env.get("BROWSER");
        String search = env.getOrDefault("PATH", "");
        List<Path> dirs = new ArrayList<>();
        for (String dir : search.split(":")) {
            if (!dir.isEmpty()) {
                dirs.add(Path.of(dir));
            }
        }
        this.path = List.copyOf(dirs);
    }

    /**
     * Why a link is not opened, or null when it may be: only {@code http} and {@code https} with a host, no space,
     * control or format character, at most {@link #MAX_LINK} characters.
     */
    static String refusal(String link) {
        if (link == null || link.isEmpty()) {
            return "no link";
        }
        if (link.length() > MAX_LINK) {
            return "link refused: longer than " + Counts.of(MAX_LINK) + " characters";
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xA0) || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c) && !validSurrogate(link, i)) {
                return "link refused: it holds a space or a control character";
            }
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return "link refused: not a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "link refused: only http and https links are opened"
                    + (scheme.isEmpty() ? "" : ", not " + Glyphs.fit(Glyphs.forTerminal(scheme), 20) + ":");
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            return "link refused: no host";
        }
        return null;
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * Opens a link with the first browser command found; a terminal program gets the terminal through
     * {@code terminal} and is waited for.
     *
     * @return one line for the footer: what was opened, or why not
     */
    String open(String link, Suspension terminal) {
        String refused = refusal(link);
        if (refused != null) {
            return refused;
        }
        List<String> commands = browsers == null || browsers.isBlank() ? List.of("xdg-open")
                : List.of(browsers.split(":"));
        boolean fromEnvironment = browsers != null && !browsers.isBlank();
        for (String command : commands) {
            List<String> words = words(command);
            if (words.isEmpty()) {
                continue;
            }
            Path program = find(words.get(0));
            if (program == null) {
                continue;
            }
            List<String> argv = arguments(words, link);
            argv.set(0, program.toString());
            String name = program.getFileName().toString();
            try {
                return !fromEnvironment || GRAPHICAL.contains(name) ? detached(argv, name)
                        : inTerminal(argv, name, terminal);
            } catch (IOException e) {
                return "browser " + Glyphs.forTerminal(name) + " did not start: " + e.getMessage();
            }
        }
        return fromEnvironment ? "no browser found: none of $BROWSER (" + Glyphs.forTerminal(browsers) + ") is there"
                : "no browser found: set $BROWSER or install xdg-open";
    }

    /** A line a detached browser left when it failed, or null; the reader's loop asks after every step. */
    String news() {
        return news.poll();
    }

    private String detached(List<String> argv, String name) throws IOException {
        List<String> command = new ArrayList<>(argv);
        Path setsid = find("setsid");
        if (setsid != null) {
            command.add(0, setsid.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        process.getOutputStream().close();
        process.onExit().thenAccept(done -> {
            if (done.exitValue() != 0) {
                news.add("browser " + Glyphs.forTerminal(name) + " failed (exit code " + done.exitValue() + ")");
            }
        });
        return "opened in " + Glyphs.forTerminal(name) + ": " + Glyphs.forTerminal(argv.get(argv.size() - 1));
    }

    private static String inTerminal(List<String> argv, String name, Suspension terminal) throws IOException {
        int code;
        try {
            code = terminal.lend(new ProcessBuilder(argv));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "browser " + Glyphs.forTerminal(name) + " interrupted";
        }
        return code == 0 ? "back from " + Glyphs.forTerminal(name)
                : "browser " + Glyphs.forTerminal(name) + " failed (exit code " + code + ")";
    }

    /** The words of a command: split at spaces, '…' and "…" grouping, a backslash taking the next character. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < command.length()) {
                    word.append(command.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < command.length()) {
                word.append(command.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** The words with {@code %s} replaced by the link ({@code %%} by {@code %}), or the link added as the last one. */
    static List<String> arguments(List<String> words, String link) {
        List<String> argv = new ArrayList<>();
        boolean placed = false;
        for (String word : words) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c == '%' && i + 1 < word.length() && (word.charAt(i + 1) == 's' || word.charAt(i + 1) == '%')) {
                    boolean s = word.charAt(++i) == 's';
                    out.append(s ? link : "%");
                    placed |= s;
                } else {
                    out.append(c);
                }
            }
            argv.add(out.toString());
        }
        if (!placed) {
            argv.add(link);
        }
        return argv;
    }

    /** The program a command names: a path as it is, a bare name looked up in {@code PATH}; null when not there. */
    private Path find(String program) {
        if (program.indexOf('/') >= 0) {
            Path given = Path.of(program);
            return Files.isExecutable(given) && !Files.isDirectory(given) ? given : null;
        }
        for (Path dir : path) {
            Path candidate = dir.resolve(program);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
