package dev.mynumber.sim.pki;

import java.util.List;

/**
 * Names of the pre-generated test keys shipped as resources: which roles exist and how a key file is named.
 *
 * <p>Shared keys belong to the test authorities; per-key-set keys belong to one card. Every built-in persona
 * has its own key set, and custom personas use the {@code custom} set unless they name another.
 */
public final class KeyRoles {
    /** Key sets shipped: one per built-in persona plus {@code custom} for personas loaded from a file. */
    public static final List<String> KEY_SETS = List.of(
            "adult", "child", "auth-blocked", "substitute-chars", "expired", "foreign-resident", "revoked", "custom");
    /** Keys of the test authorities, shared by every card. */
    public static final List<String> SHARED_ROLES = List.of(
            "ca-auth", "ca-sign", "textap-issuer", "textap-signer", "visualap-issuer", "visualap-signer",
            "ca-auth-2015", "ca-sign-2015", "ca-auth-2023", "ca-sign-2023");
    /** Keys of one card: JPKI auth and sign keys, text AP key {@code 0013}, visual AP card key, 共通AP key {@code 0019}. */
    public static final List<String> CARD_ROLES = List.of(
            "jpki-auth", "jpki-sign", "textap-card", "visualap-card", "common-card");

    private KeyRoles() {
    }

    /** Returns the resource file name of a shared key, e.g. {@code TEST-ONLY-ca-auth.pk8}. */
    public static String sharedFile(String role) {
        return "TEST-ONLY-" + role + ".pk8";
    }

    /** Returns the resource file name of a card key, e.g. {@code TEST-ONLY-adult-jpki-auth.pk8}. */
    public static String cardFile(String keySet, String role) {
        return "TEST-ONLY-" + keySet + "-" + role + ".pk8";
    }
}
