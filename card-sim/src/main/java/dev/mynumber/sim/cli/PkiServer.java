package dev.mynumber.sim.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;

/**
 * A small HTTP server publishing the test CAs' revocation data: {@code GET /crl/auth.crl},
 * {@code GET /crl/sign.crl} (DER CRLs) and an OCSP responder at {@code /ocsp} (POST, or GET with the
 * request in the path, RFC 6960 appendix A.1). For tests and demos only: plain HTTP, no access control.
 *
 * <p>Usage in a test: {@code try (PkiServer s = PkiServer.start("127.0.0.1", 0, Clock.systemUTC())) {
 * URI ocsp = s.ocspUrl(); ... }}.
 */
public final class PkiServer implements AutoCloseable {
    private final HttpServer server;
    private final String host;

    private PkiServer(HttpServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Binds and starts the server.
     *
     * @param host the address to listen on (127.0.0.1 keeps it local)
     * @param port the TCP port, or 0 for a free one (see {@link #port()})
     * @param clock the time source of CRL and OCSP issue times
     * @throws IOException when the address cannot be bound
     */
    public static PkiServer start(String host, int port, Clock clock) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", new PkiRoutes(clock));
        server.setExecutor(null); // the dispatcher thread answers: every answer takes milliseconds
        server.start();
        return new PkiServer(server, host);
    }

    /** Returns the bound TCP port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Returns the base URL, e.g. {@code http://127.0.0.1:35980/}. */
    public URI url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** Returns the OCSP responder URL ({@code <base>/ocsp}) for POST requests. */
    public URI ocspUrl() {
        return url().resolve("ocsp");
    }

    /** Stops the server at once; open exchanges are cut. */
    @Override
    public void close() {
        server.stop(0);
    }
}
