package dev.lede.prefs;

import java.nio.file.Path;
import java.util.List;

/** A writer process for {@link PreferencesStoreTest}: sets every key under a prefix to 1, 2, 3 in turn. */
public final class SaveRace {

    private SaveRace() {
    }

    /** @param args the file and a key prefix such as {@code colors.} */
    public static void main(String[] args) {
        PreferencesStoreTest.setAll(Path.of(args[0]), args[1], List.of("1", "2", "3"));
    }
}
