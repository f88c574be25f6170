package dev.lede.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * File and folder arguments. A name the locale's character set cannot write (Java reads names in it, and under
 * {@code LC_ALL=C} that is ASCII) is a usage error saying so, where picocli alone would say "Unmatched argument".
 * So is an empty name (an unset variable, {@code --output-dir "$OUT"}), which Java takes for the working folder.
 */
final class PathConverter implements ITypeConverter<Path> {

    private static final String NEEDS_UTF8 = "cannot be written in the character set of the locale; run lede under a UTF-8"
            + " locale (LC_ALL=C.UTF-8)";
    private static final String NOT_UTF8 = "is not valid UTF-8, so lede cannot open it; rename it";
    /** The reason {@link #of} gives for a name that reached Java as U+FFFD; Java's own mean the locale. */
    private static final String NOT_UTF8_REASON = "not UTF-8";

    @Override
    public Path convert(String name) {
        try {
            return of(name);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(why(e));
        }
    }

    /**
     * Why an argument picocli could not match is no file name, when that is the reason: picocli tries the converter
     * on a folder argument and, when it fails, calls the argument unmatched.
     */
    static Optional<String> unusable(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            for (String name : unmatched.getUnmatched()) {
                try {
                    of(name);
                } catch (InvalidPathException x) {
                    return Optional.of(why(x));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The path of a name; an empty one is refused, and so is one holding U+FFFD that names nothing: a byte that is
     * not UTF-8 reaches Java as U+FFFD, so the file the user means cannot be named at all.
     */
    private static Path of(String name) {
        if (name.isEmpty()) {
            throw new InvalidPathException(name, "empty");
        }
        Path path = Path.of(name);
        if (name.indexOf('\uFFFD') >= 0 && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidPathException(name, NOT_UTF8_REASON);
        }
        return path;
    }

    private static String why(InvalidPathException e) {
        String name = e.getInput();
        if (name.isEmpty()) {
            return "an empty name is no file or folder";
        }
        if (name.indexOf('\0') >= 0) {
            return "'" + name + "' holds a NUL character, which no file name can";
        }
        return "'" + name + "' " + (e.getReason().equals(NOT_UTF8_REASON) ? NOT_UTF8 : NEEDS_UTF8);
    }
}
