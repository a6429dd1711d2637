package dev.mynumber.agent.simulator;

import dev.mynumber.sim.files.CvCertificate;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.CaGeneration;
import dev.mynumber.sim.pki.TestPki;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The simulator's test PKI as verification needs it (public parts only); used only in simulator mode, so the
 * installed agent, built without card-sim, never loads it (see {@link SimulatorMode}).
 */
public final class SimulatorPki {
    /** The issuer reference the simulator's text AP certificates name (test issuer ID, key number). */
    public static final String TEXT_ISSUER_REFERENCE = CvCertificate.TEXT_ISSUER_ID + ":"
            + CvCertificate.ISSUER_KEY_NUMBER;
    /** The issuer reference the simulator's visual AP certificates name. */
    public static final String VISUAL_ISSUER_REFERENCE = CvCertificate.VISUAL_ISSUER_ID + ":"
            + CvCertificate.ISSUER_KEY_NUMBER;

    private SimulatorPki() {
    }

    /** The test JPKI roots (auth and sign) of every test CA generation (the default and the ca-2015/ca-2023 variants'). */
    public static List<X509Certificate> roots() {
        List<X509Certificate> roots = new ArrayList<>();
        for (CaGeneration g : CaGeneration.values()) {
            roots.add(TestPki.get(g).authRoot());
            roots.add(TestPki.get(g).signRoot());
        }
        return roots;
    }

    /** The test text AP issuer's public key. */
    public static RSAPublicKey textApIssuerKey() {
        return TestPki.get().textApIssuerKey();
    }

    /** The test visual AP issuer's public key. */
    public static RSAPublicKey visualApIssuerKey() {
        return TestPki.get().visualApIssuerKey();
    }

    /**
     * The simulator's CRLs for the clock's current UTC day, rebuilt when the day turns: they are issued daily
     * (docs/simulator-pki.md), so an agent left running keeps checking revocation.
     */
    public static Supplier<List<X509CRL>> crls(Clock clock) {
        AtomicReference<Map.Entry<LocalDate, List<X509CRL>>> cache = new AtomicReference<>();
        return () -> {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            Map.Entry<LocalDate, List<X509CRL>> hit = cache.get();
            if (hit == null || !hit.getKey().equals(today)) {
                hit = Map.entry(today, List.of(SimulatedCrls.authCrl(clock), SimulatedCrls.signCrl(clock)));
                cache.set(hit);
            }
            return hit.getValue();
        };
    }
}
