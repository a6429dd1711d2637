package dev.mynumber.card.textap;

import static dev.mynumber.card.textap.TextApConstants.DIGEST_LENGTH;
import static dev.mynumber.card.textap.TextApConstants.SIGNATURE_LENGTH;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.session.Tlvs;
import java.io.ByteArrayOutputStream;

/**
 * The text AP integrity record (EF {@code 0003}, {@code FF30}): digests of the My Number and attribute files
 * and the issuer's signature over them (spec §5.3).
 */
public final class IntegrityRecord {
    private static final String WHAT = "text AP 0003";

    private final byte[] myNumberDigest;
    private final byte[] attributesDigest;
    private final byte[] signature;
    private final byte[] signedData;
    private final byte[] encoded;

    private IntegrityRecord(byte[] myNumberDigest, byte[] attributesDigest, byte[] signature, byte[] signedData,
            byte[] encoded) {
        this.myNumberDigest = myNumberDigest;
        this.attributesDigest = attributesDigest;
        this.signature = signature;
        this.signedData = signedData;
        this.encoded = encoded;
    }

    /**
     * Decodes {@code FF30 { DF31 <32> DF32 <32> DF33 <256> }}.
     *
     * @param file the EF bytes from offset 0
     * @return the record
     */
    public static IntegrityRecord parse(byte[] file) throws MalformedCardDataException {
        Tlv outer = Tlvs.parseAt(file, 0, TextApConstants.TAG_INTEGRITY, WHAT);
        Tlv numberDigest = Tlvs.child(outer, TextApConstants.TAG_MY_NUMBER_DIGEST, WHAT);
        Tlv attrDigest = Tlvs.child(outer, TextApConstants.TAG_ATTRIBUTES_DIGEST, WHAT);
        byte[] sig = Tlvs.fixedValue(outer, TextApConstants.TAG_INTEGRITY_SIGNATURE, SIGNATURE_LENGTH, WHAT);
        if (numberDigest.value().length != DIGEST_LENGTH || attrDigest.value().length != DIGEST_LENGTH) {
            throw new MalformedCardDataException(WHAT + ": digest is not 32 bytes");
        }
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.writeBytes(numberDigest.encoded());
        signed.writeBytes(attrDigest.encoded());
        return new IntegrityRecord(numberDigest.value(), attrDigest.value(), sig, signed.toByteArray(),
                outer.encoded());
    }

    /** {@code DF31}: SHA-256 of the 17 physical bytes of EF {@code 0001}. */
    public byte[] myNumberDigest() {
        return myNumberDigest.clone();
    }

    /** {@code DF32}: SHA-256 of {@link BasicAttributes#signedPart()}. */
    public byte[] attributesDigest() {
        return attributesDigest.clone();
    }

    /** {@code DF33}: PKCS#1 v1.5 / SHA-256 signature, verified with the key of this AP's CV certificate. */
    public byte[] signature() {
        return signature.clone();
    }

    /** The raw {@code DF31} and {@code DF32} TLVs: the bytes {@link #signature()} covers. */
    public byte[] signedData() {
        return signedData.clone();
    }

    /** The whole {@code FF30} TLV as read. */
    public byte[] encoded() {
        return encoded.clone();
    }
}
