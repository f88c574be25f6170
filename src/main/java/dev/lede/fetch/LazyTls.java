package dev.lede.fetch;

import java.security.SecureRandom;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A TLS context made only when the first https connection needs it: the JDK's default one loads the trust store and
 * the TLS provider (about a third of a second here), which a fetch of http feeds only never uses. Everything is
 * passed to the context {@code real} gives, made once.
 */
final class LazyTls extends SSLContext {

    LazyTls(Supplier<SSLContext> real) {
        super(new Spi(real), null, "TLS");
    }

    /** The parameters an HTTP client starts from: none set, so that each engine keeps the real context's own. */
    static SSLParameters parameters() {
        return new SSLParameters();
    }

    private static final class Spi extends SSLContextSpi {
        private final Supplier<SSLContext> supplier;
        private SSLContext real;

        Spi(Supplier<SSLContext> supplier) {
            this.supplier = supplier;
        }

        private synchronized SSLContext real() {
            if (real == null) {
                real = supplier.get();
            }
            return real;
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
            throw new UnsupportedOperationException("made by its supplier");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return real().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return real().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return real().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return real().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return real().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return real().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return real().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return real().getSupportedSSLParameters();
        }
    }
}
