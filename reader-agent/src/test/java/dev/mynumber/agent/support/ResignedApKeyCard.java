package dev.mynumber.agent.support;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.session.Tlvs;
import dev.mynumber.card.textap.TextApConstants;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A simulated card whose text AP EF {@code 0007} holds another {@code DF52} (and optionally another {@code DF51}):
 * a card that follows another reading of the unconfirmed rule "who signs {@code DF52}" (spec §10), or a forged
 * key file. Every other answer is the genuine card's; reads of {@code 0007} are answered from the new bytes,
 * which have the old file's length, so any chunking of the reads works.
 */
public final class ResignedApKeyCard implements SimCard {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String SELECT_TEXT_AP = "00A4040C0A" + HEX.formatHex(TextApConstants.AID.bytes());
    private static final String SELECT_AP_KEY_EF = "00A4020C020007";
    private static final int SFI_AP_KEY = 0x87;
    private static final byte[] OK = {(byte) 0x90, 0x00};

    private final SimCard card;
    private final byte[] file;
    private boolean textApSelected;
    private boolean apKeyCurrent;

    private ResignedApKeyCard(SimCard card, byte[] file) {
        this.card = card;
        this.file = file;
    }

    /**
     * The persona's card with {@code DF52} made by another signer over the genuine {@code DF51} TLV.
     *
     * @param persona a built-in persona id
     * @param signer the key that signs {@code DF52} (SHA-256/RSA over the raw {@code DF51} TLV)
     */
    public static ResignedApKeyCard signedBy(String persona, PrivateKey signer) throws Exception {
        byte[] original = original(persona);
        Tlv outer = Tlvs.parseAt(original, 0, TextApConstants.TAG_AP_KEY, "test");
        return new ResignedApKeyCard(SimulatedCards.create(persona),
                rebuilt(original, Tlvs.child(outer, TextApConstants.TAG_AP_PUBLIC_KEY, "test").encoded(), signer));
    }

    /**
     * The persona's card with a foreign {@code DF51} (a key its chip does not hold), signed by {@code signer}.
     *
     * @param persona a built-in persona id
     * @param foreignKey the key put in {@code DF51}
     * @param signer the key that signs {@code DF52}
     */
    public static ResignedApKeyCard foreignKey(String persona, RSAPublicKey foreignKey, PrivateKey signer)
            throws Exception {
        byte[] modulus = foreignKey.getModulus().toByteArray();
        byte[] key = concat(Tlv.of(0x90, foreignKey.getPublicExponent().toByteArray()).encoded(),
                Tlv.of(0x91, Arrays.copyOfRange(modulus, modulus.length - 256, modulus.length)).encoded());
        byte[] keyTlv = Tlv.of(TextApConstants.TAG_AP_PUBLIC_KEY, key).encoded();
        return new ResignedApKeyCard(SimulatedCards.create(persona), rebuilt(original(persona), keyTlv, signer));
    }

    @Override
    public byte[] atr() {
        return card.atr();
    }

    @Override
    public byte[] transmit(byte[] command) {
        String hex = HEX.formatHex(command);
        track(hex, command);
        byte[] response = card.transmit(command);
        boolean read = (command[1] & 0xFF) == 0xB0;
        boolean ok = response.length >= 2 && response[response.length - 2] == (byte) 0x90
                && response[response.length - 1] == 0;
        if (!read || !ok || !textApSelected || !apKeyCurrent) {
            return response;
        }
        int offset = (command[2] & 0xFF) == SFI_AP_KEY ? command[3] & 0xFF
                : ((command[2] & 0x7F) << 8) | (command[3] & 0xFF);
        return concat(Arrays.copyOfRange(file, offset, offset + response.length - 2), OK);
    }

    @Override
    public void reset() {
        textApSelected = false;
        apKeyCurrent = false;
        card.reset();
    }

    private void track(String hex, byte[] command) {
        if (hex.startsWith("00A404")) {
            textApSelected = hex.equals(SELECT_TEXT_AP);
            apKeyCurrent = false;
        } else if (hex.startsWith("00A402")) {
            apKeyCurrent = hex.equals(SELECT_AP_KEY_EF);
        } else if ((command[1] & 0xFF) == 0xB0 && (command[2] & 0x80) != 0) {
            apKeyCurrent = (command[2] & 0xFF) == SFI_AP_KEY;
        }
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
