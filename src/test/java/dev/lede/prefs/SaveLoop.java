package dev.lede.prefs;

import java.nio.file.Path;

/**
 * A writer process for {@link PreferencesKillIT}: saves reader.width over and over, 40 to 139 in turn from a given
 * start, and prints "saved" after each save, until it is killed.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    /** @param args the file and the first width, 0 to 99 above 40 */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int start = Integer.parseInt(args[1]);
        PreferencesStore store = PreferencesStore.forRepair(new ConfigLocation(file, ConfigLocation.Source.OPTION,
                true));
        System.out.println("ready");
        for (int i = start; ; i++) {
            Change change = store.set("reader.width", String.valueOf(40 + i % 100));
            if (!change.ok()) {
                System.err.println(change.message());
                System.exit(2);
            }
            System.out.println("saved");
        }
    }
}
