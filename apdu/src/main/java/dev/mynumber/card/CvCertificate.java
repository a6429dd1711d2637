package dev.mynumber.card;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.session.RsaKeyField;
import dev.mynumber.card.session.Tlvs;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * A card-verifiable certificate of the text or visual AP (EF {@code 0004}, spec §5.3):
 * {@code 7F21 { 5F4E <issuer key id 16><subject key id 16> 90 <exponent> 91 <modulus> ; 5F37 <signature> }}.
 *
 * <p>The issuer signs the {@code 5F4E} value with PKCS#1 v1.5 / SHA-256; the CA key is not on the card.
 */
public final class CvCertificate {
    private static final int TAG_CERTIFICATE = 0x7F21;
    private static final int TAG_BODY = 0x5F4E;
    private static final int TAG_SIGNATURE = 0x5F37;
    private static final int TAG_EXPONENT = 0x90;
    private static final int TAG_MODULUS = 0x91;
    private static final int KEY_ID_LENGTH = 16;

    private final byte[] encoded;
    private final byte[] body;
    private final byte[] signature;
    private final byte[] exponent;
    private final byte[] modulus;

    private CvCertificate(byte[] encoded, byte[] body, byte[] signature, byte[] exponent, byte[] modulus) {
        this.encoded = encoded;
        this.body = body;
        this.signature = signature;
        this.exponent = exponent;
        this.modulus = modulus;
    }

    /**
     * Parses the certificate at the start of the file bytes.
     *
     * @param file EF {@code 0004} bytes from offset 0
     * @param what a non-personal name for errors, e.g. "text AP 0004"
     * @return the certificate
     */
    public static CvCertificate parse(byte[] file, String what) throws MalformedCardDataException {
        Tlv cert = Tlvs.parseAt(file, 0, TAG_CERTIFICATE, what);
        byte[] body = Tlvs.child(cert, TAG_BODY, what).value();
        byte[] signature = Tlvs.child(cert, TAG_SIGNATURE, what).value();
        if (body.length < 2 * KEY_ID_LENGTH + 2) {
            throw new MalformedCardDataException(what + ": certificate body too short");
        }
        Tlv exponent = Tlvs.parseAt(body, 2 * KEY_ID_LENGTH, TAG_EXPONENT, what);
        int modulusAt = 2 * KEY_ID_LENGTH + exponent.encoded().length;
        Tlv modulus = Tlvs.parseAt(body, modulusAt, TAG_MODULUS, what);
        if (modulusAt + modulus.encoded().length != body.length) {
            throw new MalformedCardDataException(what + ": trailing bytes in certificate body");
        }
        return new CvCertificate(cert.encoded(), body, signature, exponent.value(), modulus.value());
    }

    /** The whole {@code 7F21} TLV as read. */
    public byte[] encoded() {
        return encoded.clone();
    }

    /** The {@code 5F4E} value: the bytes the issuer signed. */
    public byte[] body() {
        return body.clone();
    }

    /** The issuer's signature ({@code 5F37} value). */
    public byte[] signature() {
        return signature.clone();
    }

    /** The issuer's key id (first 16 bytes of the body). */
    public byte[] issuerKeyId() {
        return Arrays.copyOfRange(body, 0, KEY_ID_LENGTH);
    }

    /**
     * The issuer reference in the issuer key id, as {@code IIIIIII:NNN}: the 7-digit issuer ID and the 3-digit
     * key number around the {@code 08 05} separator ([MC-data]); empty when the id does not have that form.
     */
    public Optional<String> issuerReference() {
        byte[] id = issuerKeyId();
        String issuer = new String(id, 0, 7, StandardCharsets.US_ASCII);
        String number = new String(id, 9, 3, StandardCharsets.US_ASCII);
        boolean form = issuer.chars().allMatch(Character::isDigit) && number.chars().allMatch(Character::isDigit)
                && id[7] == 0x08 && id[8] == 0x05;
        return form ? Optional.of(issuer + ":" + number) : Optional.empty();
    }

    /** The subject's key id (next 16 bytes of the body). */
    public byte[] subjectKeyId() {
        return Arrays.copyOfRange(body, KEY_ID_LENGTH, 2 * KEY_ID_LENGTH);
    }

    /** The certified RSA public exponent ({@code 90} value). */
    public byte[] publicExponent() {
        return exponent.clone();
    }

    /** The certified RSA modulus ({@code 91} value). */
    public byte[] modulus() {
        return modulus.clone();
    }

    /**
     * The certified key as a JDK RSA public key.
     *
     * @throws MalformedCardDataException if the JDK refuses the numbers
     */
    public RSAPublicKey publicKey() throws MalformedCardDataException {
        return RsaKeyField.key(modulus, exponent, "CV certificate");
    }
}
