package dev.lede.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A server on 127.0.0.1 (a free port) whose answers a test writes, well-behaved or not; it keeps the headers of
 * every request, and a slow or endless body notices when the client hangs up.
 */
final class MisbehavingServer implements AutoCloseable {

    /** What to answer, given the request. */
    interface Answer {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "misbehaving-server");
        thread.setDaemon(true);
        return thread;
    });
    private final String scheme;
    final List<Headers> requests = new CopyOnWriteArrayList<>();
    /** Completes when a body writer finds the client gone. */
    final CompletableFuture<Void> hungUp = new CompletableFuture<>();

    private MisbehavingServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.setExecutor(threads);
        server.start();
    }

    static MisbehavingServer http() {
        try {
            return new MisbehavingServer(HttpServer.create(loopback(), 0), "http");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MisbehavingServer https(SSLContext tls) {
        try {
            HttpsServer server = HttpsServer.create(loopback(), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new MisbehavingServer(server, "https");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MisbehavingServer on(String path, Answer answer) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestHeaders());
            try (exchange) {
                answer.answer(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                hungUp.complete(null);
            }
        });
        return this;
    }

    URI uri(String path) {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // Answers

    static Answer ok(String body, String... headers) {
        return status(200, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    static Answer status(int status, byte[] body, String... headers) {
        return exchange -> {
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        };
    }

    static Answer redirect(int status, String location) {
        return status(status, new byte[0], "Location", location);
    }

    /** A body of {@code declared} bytes (0: chunked, no end), written {@code chunk} bytes every {@code pauseMs}. */
    static Answer trickle(int status, long declared, int chunk, long pauseMs) {
        return exchange -> {
            exchange.sendResponseHeaders(status, declared);
            OutputStream body = exchange.getResponseBody();
            byte[] bytes = "<rss>".repeat(chunk / 5 + 1).substring(0, chunk).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            while (true) {
                body.write(bytes);
                body.flush();
                Thread.sleep(pauseMs);
            }
        };
    }

    /** Headers, then nothing more, ever. */
    static Answer stallAfterHeaders() {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().flush();
            Thread.sleep(Long.MAX_VALUE);
        };
    }

    /** Not even headers. */
    static Answer silence() {
        return exchange -> Thread.sleep(Long.MAX_VALUE);
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress("127.0.0.1", 0);
    }
}
