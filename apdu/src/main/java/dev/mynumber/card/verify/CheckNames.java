package dev.mynumber.card.verify;

/** The stable names of the card-data checks, as they appear in {@link Check#name()} and in the HTTP API. */
public final class CheckNames {
    /** Text AP CV certificate ({@code 0004}) against the configured issuer key. */
    public static final String TEXT_CERTIFICATE = "text-ap.certificate";
    /** SHA-256 of the My Number file equals {@code DF31}. */
    public static final String TEXT_MY_NUMBER_DIGEST = "text-ap.my-number-digest";
    /** SHA-256 of {@code DF22..DF25} equals {@code DF32}. */
    public static final String TEXT_ATTRIBUTES_DIGEST = "text-ap.attributes-digest";
    /** {@code DF33} verifies over {@code DF31‖DF32} with the certified text AP key. */
    public static final String TEXT_INTEGRITY_SIGNATURE = "text-ap.integrity-signature";
    /** The text AP key {@code 0013} signed a fresh challenge (verified with {@code DF51}). */
    public static final String TEXT_LIVENESS = "text-ap.liveness";
    /** {@code DF52} links {@code DF51} to the issuer, under either unconfirmed reading (key of 0004 or issuer key). */
    public static final String TEXT_KEY_LINK = "text-ap.key-link";
    /** Visual AP CV certificate ({@code 0004}) against the configured issuer key. */
    public static final String VISUAL_CERTIFICATE = "visual-ap.certificate";
    /** {@code DF28} verifies over the three card-face digests with the certified visual AP key. */
    public static final String VISUAL_FACE_SIGNATURE = "visual-ap.face-signature";
    /** The visual AP card key signed a fresh challenge (verified with {@code DF24}). */
    public static final String VISUAL_LIVENESS = "visual-ap.liveness";

    /** Every card-data check name, in the order the checks are made. */
    public static final java.util.List<String> ALL = java.util.List.of(TEXT_CERTIFICATE, TEXT_MY_NUMBER_DIGEST,
            TEXT_ATTRIBUTES_DIGEST, TEXT_INTEGRITY_SIGNATURE, TEXT_LIVENESS, TEXT_KEY_LINK, VISUAL_CERTIFICATE,
            VISUAL_FACE_SIGNATURE, VISUAL_LIVENESS);

    private CheckNames() {
    }
}
