package dev.mynumber.sim.persona;

import dev.mynumber.sim.pki.TestOcsp;
import dev.mynumber.sim.pki.TestPki;
import java.time.Clock;
import java.util.Set;

/**
 * The test CAs' OCSP responder, knowing the certificates of every built-in persona: {@code revoked} for the
 * personas whose {@code certificates} state is {@code revoked} (as on {@link SimulatedCrls}), {@code good}
 * for the other built-in personas' certificates (expired ones included: OCSP says nothing about validity),
 * {@code unknown} for any other serial (a persona loaded from a file, for instance).
 */
public final class SimulatedOcsp {
    private SimulatedOcsp() {
    }

    /**
     * Answers a DER OCSPRequest about test-CA certificates.
     *
     * @param request the DER-encoded OCSPRequest (RFC 6960)
     * @param clock the time source for thisUpdate, nextUpdate and the revocation time
     * @return the DER-encoded OCSPResponse; malformed input gets a {@code malformedRequest} response
     */
    public static byte[] respond(byte[] request, Clock clock) {
        return Holder.OCSP.respond(request, clock.instant());
    }

    private static TestOcsp.Serials serials(String role) {
        return new TestOcsp.Serials(Set.copyOf(PersonaSerials.issued(role)),
                Set.copyOf(PersonaSerials.revoked(role)));
    }

    /** Built on first use: the serials depend on the built-in personas only, not on the day. */
    private static final class Holder {
        static final TestOcsp OCSP = new TestOcsp(TestPki.get(), serials("auth"), serials("sign"));
    }
}
