package dev.mynumber.sim.pki;

import java.time.Instant;

/**
 * A generation of the JPKI certification authorities as the simulator's test PKI plays it.
 *
 * <p>The real J-LIS roots of each generation (shared/data/jpki-roots/) keep the same subject DN and change
 * key, serial and validity; so do these test CAs: every generation has the test DN of {@link TestPki}, its own
 * pre-generated test key and the real generation's validity period. A client that picks a trust anchor by DN
 * alone therefore meets the same ambiguity it meets on real cards.
 */
public enum CaGeneration {
    /** The simulator's default test CAs (valid 2024-01-01 .. 2044-12-31), unchanged since before variants. */
    SIMULATOR("", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2044-12-31T14:59:59Z"),
            0x7E570001L, 0x7E570002L),
    /** Shaped like the 2015 generation: valid 2015-10-20 .. 2025-10-19 (expired), serial 1 as the real ones. */
    G2015("-2015", Instant.parse("2015-10-20T03:08:13Z"), Instant.parse("2025-10-19T14:59:59Z"), 1L, 1L),
    /** Shaped like the 2023 generation: valid 2023-07-16 .. 2033-07-15. */
    G2023("-2023", Instant.parse("2023-07-16T01:01:04Z"), Instant.parse("2033-07-15T14:59:59Z"),
            0x7E2023A1L, 0x7E2023B1L);

    private final String keySuffix;
    private final Instant notBefore;
    private final Instant notAfter;
    private final long authSerial;
    private final long signSerial;

    CaGeneration(String keySuffix, Instant notBefore, Instant notAfter, long authSerial, long signSerial) {
        this.keySuffix = keySuffix;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.authSerial = authSerial;
        this.signSerial = signSerial;
    }

    /** Returns the CA certificates' notBefore. */
    public Instant notBefore() {
        return notBefore;
    }

    /** Returns the CA certificates' notAfter; holder certificates of this generation end no later. */
    public Instant notAfter() {
        return notAfter;
    }

    /** The suffix of this generation's key and resource names ({@code ""}, {@code "-2015"}, ...). */
    String keySuffix() {
        return keySuffix;
    }

    String authKeyRole() {
        return "ca-auth" + keySuffix;
    }

    String signKeyRole() {
        return "ca-sign" + keySuffix;
    }

    long authSerial() {
        return authSerial;
    }

    long signSerial() {
        return signSerial;
    }
}
