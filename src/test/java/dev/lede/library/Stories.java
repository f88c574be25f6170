package dev.lede.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Writes story files for tests. */
final class Stories {

    private Stories() {
    }

    /** Writes {@code text} to {@code dir/name}, dated an hour ago so that the cache may trust it. */
    static Path write(Path dir, String name, String text) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            settle(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Sets the file's mtime an hour back: well outside the racy window. */
    static void settle(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    static String story(String title, int sections) {
        StringBuilder text = new StringBuilder(title).append("\nA plain lede.");
        for (int i = 0; i < sections; i++) {
            text.append("\nLabel ").append(i).append(": section text.");
        }
        return text.toString();
    }
}
