package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import dev.lede.feeds.Subscription;
import dev.lede.feeds.SubscriptionStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede fetch} (the real launcher class, fetcher, parser and brief writer, in a JVM of its own) is killed with
 * SIGKILL at a random moment, round after round, while it writes a feed served on 127.0.0.1 whose every item changes
 * and which gains items each round. After every kill each story file must be whole (it ends with its item's last
 * paragraph) and each item must have one file; a last fetch, not killed, must finish the job: exit 0, every item once,
 * each at the newest version. {@code -Dlede.kill.rounds=N} (12 by default), {@code -Dlede.kill.seed=N}.
 */
class FetchKillIT {

    private static final int ITEMS = 1000;
    private static final int MORE_EACH_ROUND = 10;
    private static final Pattern WHOLE = Pattern.compile(
            "(?s).*\\bItem (\\d+)\\b.*\\bEND-\\1-(\\d+)(</p>]]>)?\\s*"); // (the HTML: a parser that keeps it)

    @TempDir
    Path dir;

    private final AtomicInteger version = new AtomicInteger();

    @Test
    void aKilledFetchLeavesEveryStoryWholeAndTheNextFetchFinishesTheJob() throws Exception {
        int rounds = Integer.getInteger("lede.kill.rounds", 12);
        long seed = Long.getLong("lede.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            byte[] body = feed(version.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.getResponseHeaders().set("ETag", "\"v" + version.get() + "\"");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml");
            new SubscriptionStore(dir.resolve("config/lede/feeds.yml")).add(new Subscription("k", url, List.of()));
            int finished = 0;
            int midWrite = 0;
            long started = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                version.set(round);
                Process fetch = start();
                boolean done = fetch.waitFor(150 + random.nextInt(1500), TimeUnit.MILLISECONDS);
                if (done) {
                    finished++;
                } else {
                    fetch.toHandle().destroyForcibly();
                    assertTrue(fetch.waitFor(10, TimeUnit.SECONDS), "lede fetch outlived SIGKILL");
                }
                String where = "round " + round + " (seed " + seed + ")";
                midWrite += leftovers() > 0 ? 1 : 0;
                stories(where, round);
            }
            version.set(rounds);
            Process last = start();
            assertTrue(last.waitFor(60, TimeUnit.SECONDS), "the last fetch did not end");
            String out = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(last.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, last.exitValue(), out + err);
            Map<Integer, Integer> versions = stories("the last fetch (seed " + seed + ")", rounds);
            assertEquals(ITEMS + MORE_EACH_ROUND * rounds, versions.size(), "every item, once");
            assertTrue(versions.values().stream().allMatch(v -> v == rounds), "every item at its newest version");
            assertEquals(0, leftovers(), "the last fetch removed what the killed ones left");
            System.out.printf("fetch kill loop: %d rounds in %.1f s: %d killed (%d leaving a temporary file), "
                    + "%d finished before the kill (seed %d)%n", rounds, (System.nanoTime() - started) / 1e9,
                    rounds - finished, midWrite, finished, seed);
        } finally {
            server.stop(0);
        }
    }

    /** The feed of a round: every item's text says the round; {@link #MORE_EACH_ROUND} more items each round. */
    private static String feed(int round) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>Kill loop</title><link>http://127.0.0.1/</link><description>x</description>\n");
        int items = ITEMS + MORE_EACH_ROUND * round;
        for (int k = items - 1; k >= 0; k--) {
            rss.append("<item><guid isPermaLink=\"false\">item-").append(k).append("</guid><title>Item ").append(k)
                    .append("</title><link>http://127.0.0.1/items/").append(k).append("</link>");
            if (k % 2 == 0) {
                rss.append("<pubDate>").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * k)
                                .atZone(java.time.ZoneOffset.UTC))).append("</pubDate>");
            }
            rss.append("<description><![CDATA[<p>The story of item ").append(k).append(", as told in round ")
                    .append(round).append(". ").append("Some words to make the file longer. ".repeat(40))
                    .append("</p><p>END-").append(k).append('-').append(round).append("</p>]]></description></item>\n");
        }
        return rss.append("</channel></rss>\n").toString();
    }

    /**
     * Checks every story file is whole and each item has one; the version of each item's story.
     *
     * @param newest the newest version the server has served
     */
    private Map<Integer, Integer> stories(String where, int newest) throws IOException {
        Map<Integer, Integer> versions = new HashMap<>();
        Path folder = dir.resolve("data/lede/feeds/k");
        if (!Files.isDirectory(folder)) {
            return versions;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = WHOLE.matcher(text);
                if (!m.matches()) {
                    fail(where + ": " + file.getFileName() + " is not whole:\n" + text);
                }
                int item = Integer.parseInt(m.group(1));
                int version = Integer.parseInt(m.group(2));
                assertTrue(version <= newest, where);
                Integer before = versions.put(item, version);
                if (before != null) {
                    fail(where + ": item " + item + " has two story files");
                }
            }
        }
        return versions;
    }

    private long leftovers() throws IOException {
        Path folder = dir.resolve("data/lede/feeds/k");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.lede.Main", "fetch");
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("XDG_") || k.startsWith("LEDE_"));
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("XDG_STATE_HOME", dir.resolve("state").toString());
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.redirectOutput(ProcessBuilder.Redirect.PIPE).redirectError(ProcessBuilder.Redirect.PIPE);
        return builder.start();
    }
}
