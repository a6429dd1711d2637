package dev.mynumber.sim.persona;

import dev.mynumber.sim.card.CardSecret;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The secret values of a persona's card: documented defaults, the persona's overrides, and the derived
 * verification codes (spec §4).
 */
public final class PersonaSecrets {
    /** Default value of every 4-digit PIN. */
    public static final String DEFAULT_PIN = "1234";
    /** Default 署名用パスワード. */
    public static final String DEFAULT_SIGN_PASSWORD = "ABC123";

    private PersonaSecrets() {
    }

    /** Returns each secret of the persona's card as the ASCII text a correct VERIFY carries. */
    public static Map<CardSecret, String> of(Persona p) {
        Map<CardSecret, String> s = new EnumMap<>(CardSecret.class);
        s.put(CardSecret.JPKI_AUTH_PIN, DEFAULT_PIN);
        if (p.hasSigningCertificate()) {
            s.put(CardSecret.JPKI_SIGN_PASSWORD, DEFAULT_SIGN_PASSWORD);
        }
        s.put(CardSecret.TEXT_PIN, DEFAULT_PIN);
        s.put(CardSecret.JUKI_PIN, DEFAULT_PIN);
        s.put(CardSecret.COMMON_PIN, DEFAULT_PIN);
        s.putAll(p.pinOverrides());
        String myNumber = p.identity().myNumber();
        s.put(CardSecret.TEXT_CODE_A, myNumber);
        s.put(CardSecret.VISUAL_CODE_A, myNumber);
        s.put(CardSecret.TEXT_CODE_B, codeB(p));
        s.put(CardSecret.VISUAL_CODE_B, codeB(p));
        s.put(CardSecret.VISUAL_BIRTH_DATE, JapaneseEra.yymmdd(p.identity().birthDate()));
        return s;
    }

    /** 照合番号B: era-YYMMDD birth date + Gregorian expiry year + security code (14 digits, spec §4). */
    public static String codeB(Persona p) {
        return JapaneseEra.yymmdd(p.identity().birthDate()) + String.format("%04d", p.cardExpiry().getYear())
                + p.identity().securityCode();
    }

    static Map<CardSecret, byte[]> asBytes(Map<CardSecret, String> secrets) {
        Map<CardSecret, byte[]> out = new EnumMap<>(CardSecret.class);
        secrets.forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.US_ASCII)));
        return out;
    }
}
