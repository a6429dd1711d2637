package dev.mynumber.sim.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.persona.SimulatedOcsp;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.util.Base64;
import java.util.function.Function;

/** The routes of {@link PkiServer}: CRL downloads and the OCSP responder; 404/405/400 for the rest. */
final class PkiRoutes implements HttpHandler {
    /** Larger OCSP requests are refused: a real one for a few certificates is a few hundred bytes. */
    static final int MAX_BODY = 64 * 1024;
    private static final String OCSP_GET_PREFIX = "/ocsp/";

    private final Clock clock;

    PkiRoutes(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            route(ex, ex.getRequestURI().getRawPath(), ex.getRequestMethod());
        } catch (CRLException | RuntimeException e) {
            send(ex, 500, "text/plain", "internal error\n".getBytes(StandardCharsets.US_ASCII));
        } finally {
            ex.close();
        }
    }

    private void route(HttpExchange ex, String path, String method) throws IOException, CRLException {
        switch (path) {
            case "/crl/auth.crl" -> crl(ex, method, SimulatedCrls::authCrl);
            case "/crl/sign.crl" -> crl(ex, method, SimulatedCrls::signCrl);
            case "/ocsp" -> ocspPost(ex, method);
            default -> {
                if (path.startsWith(OCSP_GET_PREFIX)) {
                    ocspGet(ex, method, path.substring(OCSP_GET_PREFIX.length()));
                } else {
                    send(ex, 404, "text/plain", "not found\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
    }

    private void crl(HttpExchange ex, String method, Function<Clock, X509CRL> crl) throws IOException, CRLException {
        if (allowed(ex, method, "GET")) {
            send(ex, 200, "application/pkix-crl", crl.apply(clock).getEncoded());
        }
    }

    private void ocspPost(HttpExchange ex, String method) throws IOException {
        if (!allowed(ex, method, "POST")) {
            return;
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            send(ex, 400, "text/plain", "request larger than 64 KiB\n".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        ocsp(ex, body);
    }

    /** RFC 6960 A.1: GET {url}/{url-encoding of base64 of the DER request}; base64url is accepted too. */
    private void ocspGet(HttpExchange ex, String method, String encoded) throws IOException {
        if (!allowed(ex, method, "GET")) {
            return;
        }
        byte[] request;
        try {
            // a literal '+' in a path is a base64 character, not an encoded space
            String base64 = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.US_ASCII);
            request = Base64.getDecoder().decode(base64.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            request = new byte[0]; // answered malformedRequest, like any undecodable request
        }
        ocsp(ex, request);
    }

    private void ocsp(HttpExchange ex, byte[] request) throws IOException {
        send(ex, 200, "application/ocsp-response", SimulatedOcsp.respond(request, clock));
    }

    private static boolean allowed(HttpExchange ex, String method, String allowed) throws IOException {
        if (allowed.equals(method)) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", allowed);
        send(ex, 405, "text/plain", "method not allowed\n".getBytes(StandardCharsets.US_ASCII));
        return false;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length); // 0 would mean chunked
        ex.getResponseBody().write(body);
    }
}
