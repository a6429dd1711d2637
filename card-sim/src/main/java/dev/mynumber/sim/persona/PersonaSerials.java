package dev.mynumber.sim.persona;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Predicate;

/** The certificate serials of the built-in personas, per role ({@code auth} or {@code sign}). */
final class PersonaSerials {
    private PersonaSerials() {
    }

    /** Returns the serials of every built-in persona's certificate of the role (every persona has auth). */
    static List<BigInteger> issued(String role) {
        return serials(role, p -> true);
    }

    /** Returns the serials of the role's certificates of built-in personas whose certificates are revoked. */
    static List<BigInteger> revoked(String role) {
        return serials(role, p -> p.card().certificates() == Persona.CertificateState.REVOKED);
    }

    private static List<BigInteger> serials(String role, Predicate<Persona> which) {
        return Personas.builtIn().stream()
                .filter(which)
                .filter(p -> "auth".equals(role) || p.hasSigningCertificate())
                .map(p -> HolderPki.serial(p, role))
                .toList();
    }
}
