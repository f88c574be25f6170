package dev.lede.cli;

import java.nio.file.Path;

/**
 * What {@code Main} learns about the process and hands to the commands, so that nothing below reads environment
 * variables or probes file descriptors.
 *
 * @param cacheDir         the cache folder ({@code $LEDE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/lede}, else
 *                         {@code ~/.cache/lede}), or null for none
 * @param build            identifies this build of lede, so that caches written by another build are not used
 * @param stdoutIsTerminal true when stdout is a terminal (matches are shown in bold)
 * @param stderrIsTerminal true when stderr is a terminal (long work shows a progress count)
 * @param stdoutFile       the {@link java.nio.file.attribute.BasicFileAttributes#fileKey file key} of what stdout
 *                         is open on (device and inode), or null where unknown: {@code --output} naming that file
 *                         ({@code /dev/stdout}) writes to stdout instead of replacing it
 * @param stderrFile       the same for stderr
 * @param interactive      true when stdin and stdout are a terminal and the process has a controlling terminal, as
 *                         the reader needs
 * @param dataDir          lede's data folder ({@code $XDG_DATA_HOME/lede}, else {@code ~/.local/share/lede}), whose
 *                         {@code feeds/} holds the fetched stories, or null for none (no feeds)
 * @param stateDir         lede's state folder ({@code $XDG_STATE_HOME/lede}, else {@code ~/.local/state/lede}), for
 *                         what each feed's last fetch said, or null for none
 */
public record Setup(Path cacheDir, String build, boolean stdoutIsTerminal, boolean stderrIsTerminal,
        Object stdoutFile, Object stderrFile, boolean interactive, Path dataDir, Path stateDir) {

    /** No cache, no terminal: what tests get unless they ask for more. */
    public static final Setup NONE = new Setup(null, "", false, false);

    /** With no data or state folder: no feeds. */
    public Setup(Path cacheDir, String build, boolean stdoutIsTerminal, boolean stderrIsTerminal,
            Object stdoutFile, Object stderrFile, boolean interactive) {
        this(cacheDir, build, stdoutIsTerminal, stderrIsTerminal, stdoutFile, stderrFile, interactive, null, null);
    }

    /** This setup with feeds kept in these folders. */
    public Setup withFolders(Path data, Path state) {
        return new Setup(cacheDir, build, stdoutIsTerminal, stderrIsTerminal, stdoutFile, stderrFile, interactive,
                data, state);
    }

    /** With stdout and stderr open on nothing known, and no terminal for the reader. */
    public Setup(Path cacheDir, String build, boolean stdoutIsTerminal, boolean stderrIsTerminal) {
        this(cacheDir, build, stdoutIsTerminal, stderrIsTerminal, null, null, false);
    }
}
