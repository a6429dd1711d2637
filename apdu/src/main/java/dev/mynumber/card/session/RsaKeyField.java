package dev.mynumber.card.session;

import dev.mynumber.apdu.tlv.BerTlv;
import dev.mynumber.apdu.tlv.MalformedTlvException;
import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.MalformedCardDataException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;

/**
 * Decodes the card's RSA public-key field {@code 90 <exponent> 91 <modulus>}: visual AP {@code DF24} and text AP
 * {@code DF51} (spec §5.3, §5.4).
 */
public final class RsaKeyField {
    private static final int TAG_EXPONENT = 0x90;
    private static final int TAG_MODULUS = 0x91;

    private RsaKeyField() {
    }

    /**
     * Parses the field.
     *
     * @param value the field's value: exactly an exponent TLV and a modulus TLV
     * @param what a non-personal name for errors
     * @return the key
     * @throws MalformedCardDataException if the TLVs or the numbers are bad
     */
    public static RSAPublicKey parse(byte[] value, String what) throws MalformedCardDataException {
        List<Tlv> parts;
        try {
            parts = BerTlv.parseAll(value);
        } catch (MalformedTlvException e) {
            throw new MalformedCardDataException(what + ": bad key field", e);
        }
        if (parts.size() != 2 || parts.get(0).tag() != TAG_EXPONENT || parts.get(1).tag() != TAG_MODULUS) {
            throw new MalformedCardDataException(what + ": key field is not 90 <e> 91 <n>");
        }
        return key(parts.get(1).value(), parts.get(0).value(), what);
    }

    /**
     * Builds a JDK RSA key from big-endian unsigned numbers.
     *
     * @param modulus n
     * @param exponent e
     * @param what a non-personal name for errors
     * @return the key
     * @throws MalformedCardDataException if the JDK refuses the numbers
     */
    public static RSAPublicKey key(byte[] modulus, byte[] exponent, String what) throws MalformedCardDataException {
        try {
            RSAPublicKeySpec spec = new RSAPublicKeySpec(new BigInteger(1, modulus), new BigInteger(1, exponent));
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new MalformedCardDataException(what + ": not a valid RSA key", e);
        }
    }
}
