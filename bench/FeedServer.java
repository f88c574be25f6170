import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the files of a folder on 127.0.0.1 as a well-behaved feed server does: ETag and Last-Modified on every 200,
 * 304 for a matching If-None-Match or If-Modified-Since, gzip when asked. Prints its port, then serves until killed.
 * Each file is read (and gzipped) once.
 *
 * <p>Run without a build: {@code java bench/FeedServer.java DIR [PORT]}.
 */
public final class FeedServer {

    private record Body(byte[] plain, byte[] gzip, String etag, String lastModified) {
    }

    private static final Map<String, Body> BODIES = new ConcurrentHashMap<>();

    public static void main(String[] args) throws IOException {
        // without it, each response on a kept-alive connection waits ~40 ms for a delayed ACK (Nagle)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path dir = Path.of(args[0]);
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> serve(dir, exchange));
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
    }

    private static void serve(Path dir, HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring(1);
            Path file = dir.resolve(name).normalize();
            if (name.isEmpty() || name.contains("/") || !file.startsWith(dir) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Body body = BODIES.computeIfAbsent(name, n -> read(file));
            var headers = exchange.getResponseHeaders();
            headers.set("ETag", body.etag());
            headers.set("Last-Modified", body.lastModified());
            headers.set("Content-Type", "application/rss+xml; charset=utf-8");
            var request = exchange.getRequestHeaders();
            if (body.etag().equals(request.getFirst("If-None-Match"))
                    || body.lastModified().equals(request.getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            String encodings = String.valueOf(request.getFirst("Accept-Encoding"));
            byte[] bytes = body.plain();
            if (encodings.contains("gzip")) {
                headers.set("Content-Encoding", "gzip");
                bytes = body.gzip();
            }
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Body read(Path file) {
        try {
            byte[] plain = Files.readAllBytes(file);
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(plain);
            }
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return new Body(plain, zipped.toByteArray(), "\"" + plain.length + "-" + modified.toEpochMilli() + "\"",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atOffset(ZoneOffset.UTC)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
