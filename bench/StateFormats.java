import dev.lede.state.ReadState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The two ways of keeping the reading state that issue 14 asks to compare, each run in a fresh JVM by bench/state:
 * lede's append-only log ({@code dev.lede.state.ReadState}, on the class path from target/classes) and SQLite
 * ({@code org.xerial:sqlite-jdbc}, on the class path when given). Prints the milliseconds the step took inside the
 * JVM, as wall time and as the CPU time of the main thread (which the load of a busy machine disturbs less); the
 * wall time of the whole run is measured outside.
 *
 * <pre>
 * StateFormats setup-log DIR N      a log of N ids marked read (one record, as after a compaction)
 * StateFormats setup-sqlite DIR N   DIR/marks.db with N ids marked read
 * StateFormats none                 nothing: the JVM alone
 * StateFormats log DIR              ReadState.open(DIR): every mark into memory
 * StateFormats sqlite-open DIR      load the driver, open the database, look up one id
 * StateFormats sqlite-load DIR      load the driver, open the database, every read id into a HashSet
 * </pre>
 */
public class StateFormats {

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        String result = switch (args[0]) {
            case "setup-log" -> setupLog(Path.of(args[1]), Integer.parseInt(args[2]));
            case "setup-sqlite" -> setupSqlite(Path.of(args[1]), Integer.parseInt(args[2]));
            case "none" -> "nothing";
            case "log" -> ReadState.open(Path.of(args[1])).readCount() + " read";
            case "sqlite-open" -> sqliteOpen(Path.of(args[1]));
            case "sqlite-load" -> sqliteLoad(Path.of(args[1])) + " read";
            default -> throw new IllegalArgumentException(args[0]);
        };
        System.out.printf("%.1f ms wall, %.1f ms cpu: %s%n", (System.nanoTime() - start) / 1e6,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6, result);
    }

    /** Ids shaped like the feeds' file names: a time, a slug of the title, a hash. */
    static List<String> ids(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(String.format("2025%010d_a-title-of-some-words-%08x", i, i * 2654435761L & 0xffffffffL));
        }
        return ids;
    }

    private static String setupLog(Path dir, int n) throws Exception {
        ReadState.open(dir).mark(ids(n), ReadState.Mark.READ);
        return n + " marked in " + dir.resolve("reading/marks") + " (" + Files.size(dir.resolve("reading/marks"))
                + " bytes)";
    }

    private static String setupSqlite(Path dir, int n) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("marks.db");
        Files.deleteIfExists(file);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("CREATE TABLE marks (id TEXT PRIMARY KEY, read INTEGER NOT NULL, starred INTEGER NOT NULL)"
                        + " WITHOUT ROWID");
            }
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO marks VALUES (?, 1, 0)")) {
                for (String id : ids(n)) {
                    insert.setString(1, id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
        }
        return n + " marked in " + file + " (" + Files.size(file) + " bytes)";
    }

    private static String sqliteOpen(Path dir) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("marks.db"));
             PreparedStatement query = db.prepareStatement("SELECT read FROM marks WHERE id = ?")) {
            query.setString(1, ids(1).get(0));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? "found" : "not found";
            }
        }
    }

    private static int sqliteLoad(Path dir) throws Exception {
        Set<String> read = new HashSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("marks.db"));
             Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("SELECT id FROM marks WHERE read = 1")) {
            while (rows.next()) {
                read.add(rows.getString(1));
            }
        }
        return read.size();
    }
}
