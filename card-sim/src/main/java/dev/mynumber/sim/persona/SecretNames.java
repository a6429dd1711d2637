package dev.mynumber.sim.persona;

import dev.mynumber.sim.card.CardSecret;
import java.util.Map;

/**
 * The names persona files use for the card's secrets in {@code pins} and {@code initialTries}.
 */
final class SecretNames {
    /** Secrets whose value a persona may set in {@code pins}. */
    static final Map<String, CardSecret> PINS = Map.of(
            "auth", CardSecret.JPKI_AUTH_PIN,
            "sign", CardSecret.JPKI_SIGN_PASSWORD,
            "text", CardSecret.TEXT_PIN,
            "juki", CardSecret.JUKI_PIN,
            "common", CardSecret.COMMON_PIN);
    /** Secrets whose initial tries a persona may set in {@code initialTries}. */
    static final Map<String, CardSecret> TRIES = Map.ofEntries(
            Map.entry("auth", CardSecret.JPKI_AUTH_PIN),
            Map.entry("sign", CardSecret.JPKI_SIGN_PASSWORD),
            Map.entry("text", CardSecret.TEXT_PIN),
            Map.entry("juki", CardSecret.JUKI_PIN),
            Map.entry("common", CardSecret.COMMON_PIN),
            Map.entry("textCodeA", CardSecret.TEXT_CODE_A),
            Map.entry("textCodeB", CardSecret.TEXT_CODE_B),
            Map.entry("visualCodeA", CardSecret.VISUAL_CODE_A),
            Map.entry("visualCodeB", CardSecret.VISUAL_CODE_B),
            Map.entry("visualBirthDate", CardSecret.VISUAL_BIRTH_DATE));

    private SecretNames() {
    }
}
