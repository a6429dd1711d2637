package dev.mynumber.agent.operation;

/**
 * Who made a request, as proven by its credential.
 *
 * @param kind which credential
 * @param origin the paired web origin ({@code null} for native and own-page credentials)
 */
public record Caller(Kind kind, String origin) {
    /** The three kinds of credential (docs/security.md). */
    public enum Kind {
        /** The token from the owner-only token file: native software (kiosks). */
        NATIVE,
        /** A session token obtainable only by the agent's own pages (same origin). */
        OWN_PAGE,
        /** A token given to an allow-listed web origin after the user confirmed the pairing. */
        PAIRED
    }
}
