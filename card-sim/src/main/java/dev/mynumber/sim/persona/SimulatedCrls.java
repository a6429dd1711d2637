package dev.mynumber.sim.persona;

import dev.mynumber.sim.pki.TestCrls;
import dev.mynumber.sim.pki.TestPki;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The test CAs' CRLs, listing the certificates of every built-in persona whose {@code certificates} state is
 * {@code revoked} (the {@code revoked} persona).
 */
public final class SimulatedCrls {

    private SimulatedCrls() {
    }

    /** Returns the auth CA's CRL issued at the start of the current UTC day. */
    public static X509CRL authCrl() {
        return authCrl(Clock.systemUTC());
    }

    /** Returns the signing CA's CRL issued at the start of the current UTC day. */
    public static X509CRL signCrl() {
        return signCrl(Clock.systemUTC());
    }

    /** Returns the auth CA's CRL issued at the start of the clock's UTC day. */
    public static X509CRL authCrl(Clock clock) {
        return new TestCrls(TestPki.get()).authCrl(PersonaSerials.revoked("auth"), today(clock));
    }

    /** Returns the signing CA's CRL issued at the start of the clock's UTC day. */
    public static X509CRL signCrl(Clock clock) {
        return new TestCrls(TestPki.get()).signCrl(PersonaSerials.revoked("sign"), today(clock));
    }

    private static Instant today(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.DAYS);
    }
}
