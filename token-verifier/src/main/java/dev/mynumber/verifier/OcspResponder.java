package dev.mynumber.verifier;

import java.io.IOException;

/**
 * Sends one DER OCSP request (RFC 6960) and returns the DER response; {@link HttpOcspResponder} posts it to a URL.
 * Only a lawful source may be configured for real JPKI certificates (see docs/verification.md).
 */
@FunctionalInterface
public interface OcspResponder {
    /**
     * Queries the responder.
     *
     * @param request DER {@code OCSPRequest}
     * @return DER {@code OCSPResponse}
     * @throws IOException if the responder cannot be reached
     */
    byte[] query(byte[] request) throws IOException;
}
