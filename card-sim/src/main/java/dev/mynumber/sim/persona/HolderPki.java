package dev.mynumber.sim.persona;

import dev.mynumber.sim.pki.HolderCertificates;
import dev.mynumber.sim.pki.SignerAttributes;
import dev.mynumber.sim.pki.TestPki;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Issues a persona's JPKI certificates from the test PKI, with validity relative to a clock so that the
 * {@code expired} state really is expired, and identifiers derived from the persona id (never from personal
 * data).
 */
final class HolderPki {
    private static final long VALID_DAYS_BEFORE = 365;
    private static final long VALID_DAYS_AFTER = 4 * 365;
    private static final long EXPIRED_DAYS_BEFORE = 5 * 365;
    private static final long EXPIRED_DAYS_AGO = 30;

    private final Persona persona;
    private final Instant notBefore;
    private final Instant notAfter;
    private final HolderCertificates issuer;
    private final String certificateSex;

    HolderPki(Persona persona, Clock clock) {
        this(persona, clock, TestPki.get(), persona.identity().sex());
    }

    /**
     * Issues from the given test PKI; a CA generation's holder certificates end no later than its CA (the
     * {@code ca-2015} variant's have therefore expired since 2025-10-19).
     */
    HolderPki(Persona persona, Clock clock, TestPki pki, String certificateSex) {
        this.persona = persona;
        this.issuer = new HolderCertificates(pki);
        this.certificateSex = certificateSex;
        // Truncated to the day so a persona's certificates are identical all day long.
        Instant today = Instant.now(clock).truncatedTo(ChronoUnit.DAYS);
        boolean expired = persona.card().certificates() == Persona.CertificateState.EXPIRED;
        Instant end = today.plus(Duration.ofDays(expired ? -EXPIRED_DAYS_AGO : VALID_DAYS_AFTER)).minusSeconds(1);
        this.notAfter = end.isAfter(pki.generation().notAfter()) ? pki.generation().notAfter() : end;
        Instant start = today.minus(Duration.ofDays(expired ? EXPIRED_DAYS_BEFORE : VALID_DAYS_BEFORE));
        Instant latestStart = notAfter.minus(Duration.ofDays(VALID_DAYS_BEFORE + VALID_DAYS_AFTER));
        this.notBefore = start.isAfter(latestStart) && !notAfter.equals(end) ? latestStart : start;
    }

    X509Certificate auth(PublicKey key) {
        return issuer.auth(key, "TEST" + hex("auth-cn", 10), serial("auth"), notBefore, notAfter);
    }

    X509Certificate sign(PublicKey key) {
        Persona.CardFacts card = persona.card();
        String cn = LocalDate.ofInstant(notBefore, ZoneOffset.UTC).toString().replace("-", "")
                + "TEST" + hex("sign-cn", 8);
        return issuer.sign(key, card.prefecture(), card.municipality(), cn, attributes(), serial("sign"),
                notBefore, notAfter);
    }

    private SignerAttributes attributes() {
        Persona.Identity id = persona.identity();
        return new SignerAttributes(id.name(), flags(id.name(), id.nameSubstitutes()), certificateSex,
                JapaneseEra.jpkiBirthDate(id.birthDate()), id.address(), flags(id.address(), id.addressSubstitutes()));
    }

    /** One {@code 0}/{@code 1} per character (code point): 1 where a substitute character stands (spec §5.2). */
    static String flags(String text, List<Integer> positions) {
        int length = text.codePointCount(0, text.length());
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(positions.contains(i) ? '1' : '0');
        }
        return sb.toString();
    }

    private BigInteger serial(String role) {
        return serial(persona, role);
    }

    /** Returns the serial of a persona's {@code auth} or {@code sign} certificate (derived from the id). */
    static BigInteger serial(Persona persona, String role) {
        byte[] digest = dev.mynumber.sim.files.Tlv.sha256((role + ":" + persona.id()).getBytes(StandardCharsets.UTF_8));
        return new BigInteger(1, java.util.Arrays.copyOf(digest, 8));
    }

    private String hex(String role, int bytes) {
        return HexFormat.of().formatHex(digest(role), 0, bytes).toUpperCase(Locale.ROOT);
    }

    private byte[] digest(String role) {
        return dev.mynumber.sim.files.Tlv.sha256((role + ":" + persona.id()).getBytes(StandardCharsets.UTF_8));
    }
}
