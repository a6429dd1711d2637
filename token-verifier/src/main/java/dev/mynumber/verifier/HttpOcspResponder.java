package dev.mynumber.verifier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An {@link OcspResponder} over HTTP POST ({@code application/ocsp-request}, RFC 6960 appendix A.1). */
public final class HttpOcspResponder implements OcspResponder {
    private final HttpClient client;
    private final URI url;
    private final Duration timeout;

    /**
     * Creates the responder client.
     *
     * @param url the responder URL
     * @param timeout the connect and response timeout
     */
    public HttpOcspResponder(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public byte[] query(byte[] request) throws IOException {
        HttpRequest post = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build();
        try {
            HttpResponse<byte[]> response = client.send(post, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("OCSP responder answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the OCSP responder", e);
        }
    }
}
