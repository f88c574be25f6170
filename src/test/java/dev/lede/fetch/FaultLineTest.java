package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The faults no test can provoke on 127.0.0.1 (a name that does not resolve), shaped as JDK 17's client gives them. */
class FaultLineTest {

    private static final FetchOptions OPTIONS = FetchOptions.defaults("test");

    @Test
    void aNameThatDoesNotResolveIsHostNotFound() {
        assertEquals("host not found", line(new ConnectException().initCause(new UnresolvedAddressException())));
        assertEquals("host not found", line(new UnknownHostException("feeds.example.invalid")));
    }

    @Test
    void aRefusedConnectionIsSaidSoHoweverTheClientWrapsIt() {
        assertEquals("connection refused", line(new ConnectException().initCause(new ClosedChannelException())));
        assertEquals("connection refused", line(new ConnectException("Connection refused")));
        assertEquals("cannot connect: No route to host", line(new ConnectException().initCause(
                new IOException("No route to host"))));
    }

    @Test
    void timeoutsNameTheirFigures() {
        assertEquals("no connection within 10 s", line(new HttpConnectTimeoutException("HTTP connect timed out")));
    }

    @Test
    void aLongTlsMessageIsCutToOneShortLine() {
        String pkix = "PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: "
                + "unable to find valid certification path to requested target".repeat(4) + "\nsecond line";
        String line = line(new SSLHandshakeException(pkix));
        assertEquals("TLS failed: " + pkix.substring(0, 160) + "…", line);
    }

    @Test
    void aConnectionClosedEarlySaysWhetherTheBodyHadBegun() {
        assertEquals("the server closed the connection without an answer", line(new EOFException()));
        assertEquals("the connection closed before the body was complete",
                FaultLine.of(new ExecutionException(new IOException("fixed content-length: 1000, bytes received: 5")),
                        true, OPTIONS));
        assertEquals("network error: Connection reset", line(new IOException("Connection reset")));
    }

    private static String line(Throwable fault) {
        return FaultLine.of(new ExecutionException(fault), false, OPTIONS);
    }
}
