package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text browser from {@code $BROWSER} takes the real terminal from the reader and gives it back, and {@code R}
 * fetches from a server on 127.0.0.1, in tmux with the real {@code ./lede}.
 */
class LinksIT {

    @TempDir
    Path tmp;

    private static String footer(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Test
    void aTextBrowserTakesTheTerminalAndTheReaderIsRedrawnAfterIt() throws Exception {
        Path library = Files.createDirectories(tmp.resolve("library"));
        Files.writeString(library.resolve("010_page.txt"), "---\nurl: \"https://example.com/a;b$(id)'\"\n---\n"
                + "A story with a page\nText.\n", StandardCharsets.UTF_8);
        Files.writeString(library.resolve("020_other.txt"), "Another story\nText.\n", StandardCharsets.UTF_8);
        Path browser = tmp.resolve("fake-w3m");
        Files.writeString(browser, String.join("\n", "#!/bin/sh",
                "printf '%s\\0' \"$@\" > '" + tmp.resolve("args") + "'",
                "stty -g > '" + tmp.resolve("stty-browser") + "'",
                "printf '\\033[2J\\033[HTEXT-BROWSER showing %s\\npress a key: ' \"$1\"",
                "read -r line",
                "echo \"got:$line\" > '" + tmp.resolve("got") + "'", ""), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
        try (Tmux tmux = new Tmux(ReaderIT.HOME, 100, 30)) {
            Path saved = tmp.resolve("stty");
            tmux.launch("BROWSER='" + browser + "' XDG_CONFIG_HOME=" + tmp.resolve("config") + " XDG_DATA_HOME="
                    + tmp.resolve("data") + " XDG_STATE_HOME=" + tmp.resolve("state") + " LEDE_CACHE_DIR="
                    + tmp.resolve("cache") + " " + ReaderIT.HOME.resolve("lede") + " read " + library, saved);
            tmux.await("the list", s -> s.contains("2 stories") && s.contains("? help"));
            tmux.keys("o");
            String taken = tmux.await("the text browser", s -> s.contains("press a key:"));
            assertTrue(taken.contains("TEXT-BROWSER showing https://example.com/a;b$(id)'"), taken);
            assertFalse(taken.contains("? help"), taken);
            assertEquals("0", tmux.format("#{alternate_on}"), "the reader left its screen to the browser");
            assertEquals(Files.readString(saved).strip(), Files.readString(tmp.resolve("stty-browser")).strip(),
                    "the browser gets the terminal as the shell had it");
            tmux.type("hello");
            String back = tmux.await("the list again", s -> footer(s).contains("back from fake-w3m"));
            assertEquals("got:hello", Files.readString(tmp.resolve("got")).strip());
            assertEquals(List.of("https://example.com/a;b$(id)'"), List.of(Files.readString(tmp.resolve("args"))
                    .split("\0")), "one argument, as it was");
            assertFalse(back.contains("TEXT-BROWSER") || back.contains("press a key"), back);
            assertTrue(back.contains("A story with a page") && back.contains("Another story"), back);
            assertEquals("1", tmux.format("#{alternate_on}"), "the reader has its screen again");
            tmux.keys("j");
            tmux.await("keys work again", s -> s.contains("2 stories") && !footer(s).contains("back from"));
            tmux.keys("q");
            String done = tmux.await("lede to exit", s -> s.contains("exit="));
            assertTrue(done.contains("exit=0"), done);
            tmux.awaitText("tty-restored");
        }
    }

    @Test
    void rFetchesTheSubscribedFeedsFromTheReaderAndTheirStoriesJoinTheList() throws Exception {
        byte[] feed = Files.readAllBytes(Path.of("src/test/resources/feeds/dustri-rss20.xml"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
        });
        server.start();
        try (Tmux tmux = new Tmux(ReaderIT.HOME, 100, 30)) {
            String env = "XDG_CONFIG_HOME=" + tmp.resolve("config") + " XDG_DATA_HOME=" + tmp.resolve("data")
                    + " XDG_STATE_HOME=" + tmp.resolve("state") + " LEDE_CACHE_DIR=" + tmp.resolve("cache") + " ";
            String lede = ReaderIT.HOME.resolve("lede").toString();
            tmux.type("clear; " + env + lede + " feeds add --name dustri http://127.0.0.1:"
                    + server.getAddress().getPort() + "/feed.xml && echo sub''scribed");
            tmux.await("the subscription", s -> s.contains("subscribed") || s.contains("error"));
            tmux.launch("clear; " + env + lede + " read", tmp.resolve("stty"));
            tmux.await("the list", s -> s.contains("1 story") && s.contains("? help"));
            tmux.keys("R");
            String fetched = tmux.await("the fetch", s -> footer(s).contains("fetched 1 feed"));
            assertTrue(footer(fetched).contains("fetched 1 feed: 25 new stories"), fetched);
            tmux.await("the new stories", s -> s.contains("26 stories") && s.contains("A sneaky Golang bug"));
            tmux.keys("q");
            String done = tmux.await("lede to exit", s -> s.contains("exit="));
            assertTrue(done.contains("exit=0"), done);
        } finally {
            server.stop(0);
        }
    }
}
