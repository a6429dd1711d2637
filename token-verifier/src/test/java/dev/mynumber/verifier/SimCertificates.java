package dev.mynumber.verifier;

import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;

/** Persona certificates as the simulated card holds them. */
final class SimCertificates {
    private SimCertificates() {
    }

    static X509Certificate of(String personaId, CardFile file, Clock clock) throws Exception {
        byte[] der = SimulatedCards.contents(Personas.builtIn(personaId), clock).file(file).orElseThrow();
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    }
}
