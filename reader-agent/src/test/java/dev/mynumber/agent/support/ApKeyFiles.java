package dev.mynumber.agent.support;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.session.Tlvs;
import dev.mynumber.card.textap.TextApConstants;
import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Map;

/**
 * Cards whose text AP EF {@code 0007} holds another {@code DF52} (and optionally another {@code DF51}): a card
 * that follows another reading of the unconfirmed rule "who signs {@code DF52}" (spec §10), or a forged key
 * file. The new file has the old one's length; {@link ReplacedFilesCard} answers it, every other answer being
 * the genuine card's.
 */
public final class ApKeyFiles {
    private ApKeyFiles() {
    }

    /**
     * The persona's card with {@code DF52} made by another signer over the genuine {@code DF51} TLV.
     *
     * @param persona a built-in persona id
     * @param signer the key that signs {@code DF52} (SHA-256/RSA over the raw {@code DF51} TLV)
     */
    public static ReplacedFilesCard signedBy(String persona, PrivateKey signer) throws Exception {
        byte[] original = original(persona);
        Tlv outer = Tlvs.parseAt(original, 0, TextApConstants.TAG_AP_KEY, "test");
        return card(persona, rebuilt(original,
                Tlvs.child(outer, TextApConstants.TAG_AP_PUBLIC_KEY, "test").encoded(), signer));
    }

    /**
     * The persona's card with a foreign {@code DF51} (a key its chip does not hold), signed by {@code signer}.
     *
     * @param persona a built-in persona id
     * @param foreignKey the key put in {@code DF51}
     * @param signer the key that signs {@code DF52}
     */
    public static ReplacedFilesCard foreignKey(String persona, RSAPublicKey foreignKey, PrivateKey signer)
            throws Exception {
        byte[] modulus = foreignKey.getModulus().toByteArray();
        byte[] key = concat(Tlv.of(0x90, foreignKey.getPublicExponent().toByteArray()).encoded(),
                Tlv.of(0x91, Arrays.copyOfRange(modulus, modulus.length - 256, modulus.length)).encoded());
        byte[] keyTlv = Tlv.of(TextApConstants.TAG_AP_PUBLIC_KEY, key).encoded();
        return card(persona, rebuilt(original(persona), keyTlv, signer));
    }

    private static ReplacedFilesCard card(String persona, byte[] apKeyFile) {
        return new ReplacedFilesCard(SimulatedCards.create(persona), Map.of(CardFile.TEXT_AP_KEY, apKeyFile));
    }

    private static byte[] original(String persona) {
        return SimulatedCards.contents(Personas.builtIn(persona)).file(CardFile.TEXT_AP_KEY).orElseThrow();
    }

    /** {@code FF50 { keyTlv ; DF52 sig }}, padded with the original file's tail to the same length. */
    private static byte[] rebuilt(byte[] original, byte[] keyTlv, PrivateKey signer) throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(signer);
        s.update(keyTlv);
        byte[] tlv = Tlv.of(TextApConstants.TAG_AP_KEY,
                concat(keyTlv, Tlv.of(TextApConstants.TAG_AP_KEY_SIGNATURE, s.sign()).encoded())).encoded();
        if (tlv.length > original.length) {
            throw new AssertionError("the new key file is longer than the card's");
        }
        byte[] out = original.clone();
        System.arraycopy(tlv, 0, out, 0, tlv.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
