package dev.mynumber.card.visualap;

import static dev.mynumber.card.visualap.VisualApConstants.*;

import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.Sex;
import dev.mynumber.card.session.CardText;
import dev.mynumber.card.session.OffsetTable;
import dev.mynumber.card.session.RsaKeyField;
import java.security.interfaces.RSAPublicKey;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The card face (券面) of visual AP EF {@code 0002}, decoded through its {@code DF21} offset table (spec §5.4).
 *
 * <p>Images stay as the card's bytes (PNG; the photo is JPEG 2000). {@link #rawTlv(int)} gives each field's
 * exact TLV for the signature check (h1 = DF22‖DF23‖DF24, h2 = DF25‖DF26, h3 = DF27). Redacted toString.
 */
public final class CardFace {
    private static final String WHAT = "visual AP 0002";
    private static final int[] FIELD_TAGS = {TAG_BIRTH_DATE, TAG_SEX, TAG_CARD_KEY, TAG_NAME_IMAGE,
        TAG_ADDRESS_IMAGE, TAG_PHOTO, TAG_SIGNATURE, TAG_EXPIRY, TAG_SECURITY_CODE_IMAGE};

    private final Map<Integer, byte[]> rawTlvs;
    private final Map<Integer, byte[]> values;
    private final LocalDate birthDate;
    private final LocalDate expiry;
    private final Sex sex;
    private final byte[] rawFile;

    private CardFace(Map<Integer, byte[]> rawTlvs, Map<Integer, byte[]> values, byte[] rawFile)
            throws MalformedCardDataException {
        this.rawTlvs = rawTlvs;
        this.values = values;
        this.rawFile = rawFile;
        this.birthDate = CardText.date(values.get(TAG_BIRTH_DATE), WHAT);
        this.expiry = CardText.date(values.get(TAG_EXPIRY), WHAT);
        byte[] sexCode = values.get(TAG_SEX);
        if (sexCode.length != 1) {
            throw new MalformedCardDataException(WHAT + ": sex is not one byte");
        }
        this.sex = Sex.fromCode(sexCode[0]);
    }

    /**
     * Decodes {@code FF20 { DF21 <9 × u16 offsets> DF22 … DF2A }}.
     *
     * @param file the EF bytes from offset 0
     * @return the card face
     */
    public static CardFace parse(byte[] file) throws MalformedCardDataException {
        List<OffsetTable.Field> fields = OffsetTable.fields(file, TAG_CARD_FACE, FIELD_TAGS, WHAT);
        Map<Integer, byte[]> raw = new HashMap<>();
        Map<Integer, byte[]> values = new HashMap<>();
        for (OffsetTable.Field field : fields) {
            raw.put(field.tlv().tag(), field.tlv().encoded());
            values.put(field.tlv().tag(), field.tlv().value());
        }
        return new CardFace(raw, values, file.clone());
    }

    /** 生年月日 (Gregorian). Personal data. */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** 性別. Personal data. */
    public Sex sex() {
        return sex;
    }

    /** 有効期限 of the card. */
    public LocalDate expiry() {
        return expiry;
    }

    /** The card's public key field ({@code DF24} value: {@code 90 03 <e> 91 82 01 00 <n>}). */
    public byte[] cardPublicKey() {
        return value(TAG_CARD_KEY);
    }

    /**
     * The card's public key of {@code DF24}, which verifies {@link VisualAp#signChallenge(byte[])} ([MC-readme]).
     *
     * @throws MalformedCardDataException if the field is not {@code 90 <e> 91 <n>}
     */
    public RSAPublicKey cardKey() throws MalformedCardDataException {
        return RsaKeyField.parse(values.get(TAG_CARD_KEY), WHAT);
    }

    /** 氏名 as a PNG image. Personal data. */
    public byte[] nameImage() {
        return value(TAG_NAME_IMAGE);
    }

    /** 住所 as a PNG image. Personal data. */
    public byte[] addressImage() {
        return value(TAG_ADDRESS_IMAGE);
    }

    /** 顔写真 as JPEG 2000 (JP2) bytes. Personal data. */
    public byte[] photo() {
        return value(TAG_PHOTO);
    }

    /** The issuer's signature ({@code DF28}). */
    public byte[] signature() {
        return value(TAG_SIGNATURE);
    }

    /** The security-code image, PNG ({@code DF2A}). */
    public byte[] securityCodeImage() {
        return value(TAG_SECURITY_CODE_IMAGE);
    }

    /**
     * The exact TLV bytes of one field, for signature checks.
     *
     * @param tag one of {@code DF22}..{@code DF2A}
     * @return a copy, or an empty array for another tag
     */
    public byte[] rawTlv(int tag) {
        byte[] tlv = rawTlvs.get(tag);
        return tlv == null ? new byte[0] : tlv.clone();
    }

    /** The file bytes as read. */
    public byte[] rawFile() {
        return rawFile.clone();
    }

    private byte[] value(int tag) {
        return values.get(tag).clone();
    }

    /** Always {@code CardFace[redacted]}. */
    @Override
    public String toString() {
        return "CardFace[redacted]";
    }
}
