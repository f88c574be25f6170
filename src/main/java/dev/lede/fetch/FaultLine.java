package dev.lede.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/** A network fault as the one line a user reads: the reason, never a stack trace. */
final class FaultLine {

    private static final int LONGEST_DETAIL = 160;

    private FaultLine() {
    }

    /**
     * @param bodyStarted whether the answer's headers had arrived, so the fault broke off its body
     */
    static String of(Throwable fault, boolean bodyStarted, FetchOptions options) {
        Throwable t = unwrap(fault);
        if (t instanceof FetchFault) {
            return t.getMessage();
        }
        if (t instanceof HttpConnectTimeoutException) {
            return "no connection within " + FetchOptions.text(options.connectTimeout());
        }
        if (t instanceof HttpTimeoutException) {
            return "no answer within " + FetchOptions.text(options.deadline());
        }
        if (has(t, UnresolvedAddressException.class) || has(t, UnknownHostException.class)) {
            return "host not found";
        }
        SSLException tls = find(t, SSLException.class);
        if (tls != null) {
            return "TLS failed: " + detail(tls);
        }
        ConnectException connect = find(t, ConnectException.class);
        if (connect != null) {
            // JDK 17's client reports a refused connection as a ClosedChannelException under a bare ConnectException
            boolean refused = says(connect, "refused") || deepest(connect) instanceof ClosedChannelException;
            return refused ? "connection refused" : "cannot connect: " + detail(deepest(connect));
        }
        if (bodyStarted) {
            return "the connection closed before the body was complete";
        }
        if (t instanceof EOFException || String.valueOf(t.getMessage()).contains("no bytes")) {
            return "the server closed the connection without an answer";
        }
        return t instanceof IOException ? "network error: " + detail(t) : "an answer that is not HTTP: " + detail(t);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable at = t;
        while ((at instanceof ExecutionException || at instanceof CompletionException) && at.getCause() != null) {
            at = at.getCause();
        }
        return at;
    }

    /** True when a message in the chain holds the word: the JDK's client wraps the socket's fault. */
    private static boolean says(Throwable t, String word) {
        Throwable at = t;
        for (int depth = 0; at != null && depth < 20; depth++, at = at.getCause()) {
            if (String.valueOf(at.getMessage()).contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable deepest(Throwable t) {
        Throwable at = t;
        for (int depth = 0; at.getCause() != null && depth < 20; depth++) {
            at = at.getCause();
        }
        return at;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> kind) {
        return find(t, kind) != null;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> kind) {
        Throwable at = t;
        for (int depth = 0; at != null && depth < 20; depth++, at = at.getCause()) {
            if (kind.isInstance(at)) {
                return kind.cast(at);
            }
        }
        return null;
    }

    /** The message's first line, cut short, or the kind of fault when it has none. */
    private static String detail(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() <= LONGEST_DETAIL ? line : line.substring(0, LONGEST_DETAIL) + "…";
    }
}
