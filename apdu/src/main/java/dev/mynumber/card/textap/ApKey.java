package dev.mynumber.card.textap;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.session.RsaKeyField;
import dev.mynumber.card.session.Tlvs;
import java.security.interfaces.RSAPublicKey;

/**
 * The text AP's own signing key (EF {@code 0007}, {@code FF50}): the public half of key {@code 0013} that
 * verifies {@link TextAp#signChallenge(byte[])}, and the issuer's signature over it (spec §5.3, [MC-text]).
 *
 * <p>Who signs {@code DF52} is not published (spec §5.3 says only "issuer signature", §10 UNCONFIRMED): the key
 * certified in EF {@code 0004} or the CV issuer key; the verifier accepts either over the raw {@code DF51} TLV and
 * never fails a card on it ({@code dev.mynumber.card.verify.KeyLinkCheck}).
 */
public final class ApKey {
    private static final String WHAT = "text AP 0007";

    private final RSAPublicKey publicKey;
    private final byte[] keyTlv;
    private final byte[] issuerSignature;

    private ApKey(RSAPublicKey publicKey, byte[] keyTlv, byte[] issuerSignature) {
        this.publicKey = publicKey;
        this.keyTlv = keyTlv;
        this.issuerSignature = issuerSignature;
    }

    /**
     * Decodes {@code FF50 { DF51 <90 e 91 n> ; DF52 <signature> }}.
     *
     * @param file the EF bytes from offset 0
     * @return the key
     */
    public static ApKey parse(byte[] file) throws MalformedCardDataException {
        Tlv outer = Tlvs.parseAt(file, 0, TextApConstants.TAG_AP_KEY, WHAT);
        Tlv key = Tlvs.child(outer, TextApConstants.TAG_AP_PUBLIC_KEY, WHAT);
        byte[] signature = Tlvs.child(outer, TextApConstants.TAG_AP_KEY_SIGNATURE, WHAT).value();
        return new ApKey(RsaKeyField.parse(key.value(), WHAT), key.encoded(), signature);
    }

    /** The public key of the AP's key {@code 0013}. */
    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The raw {@code DF51} TLV. */
    public byte[] keyTlv() {
        return keyTlv.clone();
    }

    /** The {@code DF52} value. */
    public byte[] issuerSignature() {
        return issuerSignature.clone();
    }
}
