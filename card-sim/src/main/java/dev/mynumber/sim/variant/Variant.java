package dev.mynumber.sim.variant;

import java.util.Arrays;
import java.util.Optional;

/**
 * One plausible behaviour of a real card or reader that the interface reference leaves open (UNCONFIRMED or
 * unpublished, {@code shared/spec/mynumber-card.md} §10), which the simulator can play instead of its default.
 *
 * <p>Each variant has a stable kebab-case {@link #id()} (the command-line name), a layer saying where it acts
 * and, where it contradicts others, an exclusive group: at most one variant of a group can be chosen. The
 * table with the evidence for each reading is {@code docs/card-variants.md}.
 */
public enum Variant {
    /** Text {@code 0007} {@code DF52} signed by the CV issuer key (the one that signs {@code 0004}). */
    DF52_ISSUER("df52-issuer", Layer.CONTENT, null,
            "text AP 0007 DF52 is signed by the CV issuer key that signs 0004, not by the key 0004 certifies"),
    /** The JPKI CAs of the 2015 generation. */
    CA_2015("ca-2015", Layer.CONTENT, "ca-generation",
            "JPKI certificates from a test CA shaped like the 2015 generation (valid 2015-10-20..2025-10-19, expired)"),
    /** The JPKI CAs of the 2023 generation. */
    CA_2023("ca-2023", Layer.CONTENT, "ca-generation",
            "JPKI certificates from a test CA shaped like the 2023 generation (valid 2023-07-16..2033-07-15)"),
    /** Sex code {@code 0} (JIS X 0303 unknown). */
    SEX_CODE_0("sex-code-0", Layer.CONTENT, "sex-code",
            "sex written as 0 (JIS X 0303 'unknown') in text AP DF25 and visual AP DF23; certificate SAN 9"),
    /** Sex code {@code 3} (tex2e's その他). */
    SEX_CODE_3("sex-code-3", Layer.CONTENT, "sex-code",
            "sex written as 3 ('other', per tex2e) in text AP DF25 and visual AP DF23; certificate SAN 9"),
    /** Sex code {@code 9} (not applicable). */
    SEX_CODE_9("sex-code-9", Layer.CONTENT, "sex-code",
            "sex written as 9 ('not applicable') in text AP DF25, visual AP DF23 and the signing certificate SAN"),
    /** A photo of the real card's size. */
    LARGE_PHOTO("large-photo", Layer.CONTENT, null,
            "card-face photo DF27 of a real card's size: 300x400 greyscale JPEG 2000 of about 5-6 KB"),
    /** Re-selecting the current application clears its security status. */
    RESELECT_CLEARS("reselect-clears", Layer.CARD, null,
            "re-SELECTing the application that is already current clears its security status"),
    /** Partial DF names refused. */
    NO_PARTIAL_AID("no-partial-aid", Layer.CARD, null,
            "SELECT by a partial DF name (an AID prefix) answers 6A82 instead of selecting"),
    /** SELECT with P2 00/04 returns control information. */
    SELECT_FCI("select-fci", Layer.CARD, "select-p2",
            "SELECT with P2=00 (FCI) or 04 (FCP) and an Le returns a minimal FCI/FCP template"),
    /** SELECT with P2 00/04 refused. */
    SELECT_P2_6A86("select-p2-6a86", Layer.CARD, "select-p2",
            "SELECT with P2=00 (FCI) or 04 (FCP) answers 6A86; only P2=0C works"),
    /** VERIFY with a trailing Le processed. */
    VERIFY_LE_OK("verify-le-ok", Layer.CARD, null,
            "VERIFY with a trailing Le is processed like one without (default 6700)"),
    /** Chaining CLA answered 6884. */
    CHAINING_6884("chaining-6884", Layer.CARD, null,
            "a command-chaining CLA (b5 set, e.g. 10) answers 6884 instead of 6E00"),
    /** A blocked key answers 6983. */
    BLOCKED_6983("blocked-6983", Layer.CARD, null,
            "VERIFY, CHANGE REFERENCE DATA and CHANGE KEY on a blocked key answer 6983 instead of 6984"),
    /** VERIFY P2=80 without a current key EF answers 6986. */
    VERIFY_NO_EF_6986("verify-no-ef-6986", Layer.CARD, "verify-no-ef",
            "VERIFY P2=80 without a current key EF (none, or a data EF) answers 6986 instead of 6A88"),
    /** VERIFY P2=80 without a current key EF answers 6981. */
    VERIFY_NO_EF_6981("verify-no-ef-6981", Layer.CARD, "verify-no-ef",
            "VERIFY P2=80 without a current key EF (none, or a data EF) answers 6981 instead of 6A88"),
    /** The query of a verified key answers 9000. */
    VERIFIED_QUERY_9000("verified-query-9000", Layer.CARD, null,
            "an empty VERIFY (query) of a key verified in this session answers 9000 instead of 63Cx"),
    /** READ BINARY at or past the end answers 6282. */
    READ_END_6282("read-end-6282", Layer.CARD, null,
            "READ BINARY at or past the end of the EF answers 6282 (no data) instead of 6B00"),
    /** One signature per VERIFY. */
    SIGN_ONCE("sign-once", Layer.CARD, null,
            "a JPKI signature (80 2A) consumes the PIN's security status: the next one needs a new VERIFY"),
    /** Reader without extended-length APDUs. */
    SHORT_APDU("short-apdu", Layer.READER, null,
            "reader/driver without extended length: extended Lc/Le commands answer 6700, answers at most 256 bytes"),
    /** Reader answering 61xx. */
    GET_RESPONSE("get-response", Layer.READER, null,
            "driver answers 61xx for case-4 answers and answers over 256 bytes; data comes by GET RESPONSE (00 C0)"),
    /** Reader answering 6Cxx. */
    WRONG_LE("wrong-le", Layer.READER, null,
            "driver answers 6Cxx (xx = available length) when a short Le asks for more than the answer holds");

    /** Where a variant acts. */
    public enum Layer {
        /** The bytes of the card's files and certificates (built with the card's contents). */
        CONTENT,
        /** The card engine's answers to commands. */
        CARD,
        /** A reader or driver between the card and the PC/SC client (a bytes-level decorator). */
        READER
    }

    private final String id;
    private final Layer layer;
    private final String group;
    private final String description;

    Variant(String id, Layer layer, String group, String description) {
        this.id = id;
        this.layer = layer;
        this.group = group;
        this.description = description;
    }

    /** Returns the stable kebab-case name, e.g. {@code df52-issuer}. */
    public String id() {
        return id;
    }

    /** Returns the one-line description. */
    public String description() {
        return description;
    }

    /** Returns where the variant acts. */
    public Layer layer() {
        return layer;
    }

    /** Returns the exclusive group (at most one variant of it at a time), if any. */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** Finds a variant by its name. */
    public static Optional<Variant> byId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
