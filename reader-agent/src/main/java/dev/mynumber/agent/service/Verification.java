package dev.mynumber.agent.service;

import java.util.List;

/**
 * What was verified about the data read: every check with its status; never a bare "valid".
 *
 * <p>The verification work is a later issue; until then every check is {@link CheckStatus#NOT_CHECKED} with
 * the reason "not implemented yet", and {@link #verdict()} is {@code NOT_VERIFIED}.
 *
 * @param verdict {@code NOT_VERIFIED} until every check has passed
 * @param checks the individual checks
 */
public record Verification(String verdict, List<VerificationCheck> checks) {
    /** Reason of every check in this version. */
    static final String NOT_IMPLEMENTED = "not implemented yet";

    /** Copies the list. */
    public Verification {
        checks = List.copyOf(checks);
    }

    /** The honest result of this version: nothing checked. */
    static Verification notChecked() {
        return new Verification("NOT_VERIFIED", List.of(
                check("text-ap-signature", "the issuer's signature over the My Number and the four attributes"),
                check("visual-ap-signature", "the issuer's signature over the card face and photo"),
                check("ap-certificates", "the text and visual AP certificates chain to the issuer (J-LIS)"),
                check("card-liveness", "the chip answers a fresh challenge with its own key (not a copy)"),
                check("jpki-certificates", "the JPKI certificates are valid and not revoked")));
    }

    private static VerificationCheck check(String name, String description) {
        return new VerificationCheck(name, description, CheckStatus.NOT_CHECKED, NOT_IMPLEMENTED);
    }
}
