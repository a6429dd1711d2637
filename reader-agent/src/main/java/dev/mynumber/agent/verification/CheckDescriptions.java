package dev.mynumber.agent.verification;

import dev.mynumber.card.verify.CheckNames;
import java.util.Map;

/** What each check establishes, in English, for the {@code description} of {@link VerificationCheck}. */
final class CheckDescriptions {
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry(CheckNames.TEXT_CERTIFICATE, "the text AP certificate was issued by the configured issuer"),
            Map.entry(CheckNames.TEXT_MY_NUMBER_DIGEST, "the My Number read is the one the integrity record covers"),
            Map.entry(CheckNames.TEXT_ATTRIBUTES_DIGEST,
                    "the four attributes read are those the integrity record covers"),
            Map.entry(CheckNames.TEXT_INTEGRITY_SIGNATURE,
                    "the integrity record is signed by the certified text AP key"),
            Map.entry(CheckNames.TEXT_LIVENESS,
                    "the chip signed a fresh challenge with the text AP key DF51 (not a copy)"),
            Map.entry(CheckNames.TEXT_KEY_LINK,
                    "the text AP key DF51 is signed by the certified key or the issuer (DF52)"),
            Map.entry(CheckNames.VISUAL_CERTIFICATE, "the visual AP certificate was issued by the configured issuer"),
            Map.entry(CheckNames.VISUAL_FACE_SIGNATURE,
                    "the card face and photo are signed by the certified visual AP key"),
            Map.entry(CheckNames.VISUAL_LIVENESS, "the chip signed a fresh challenge with the card key (not a copy)"),
            Map.entry("certificate.chain", "the certificate chains to a configured trust anchor"),
            Map.entry("certificate.validity", "the certificate is valid now"),
            Map.entry("certificate.key-usage", "the certificate's key usage allows this use"),
            Map.entry("certificate.revocation", "the certificate is not revoked (configured CRL or OCSP)"));

    private CheckDescriptions() {
    }

    /** The description of a check name, or the name itself when unknown. */
    static String of(String name) {
        return TEXT.getOrDefault(name, name);
    }
}
