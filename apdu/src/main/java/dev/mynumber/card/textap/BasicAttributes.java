package dev.mynumber.card.textap;

import static dev.mynumber.card.textap.TextApConstants.TAG_ADDRESS;
import static dev.mynumber.card.textap.TextApConstants.TAG_BIRTH_DATE;
import static dev.mynumber.card.textap.TextApConstants.TAG_NAME;
import static dev.mynumber.card.textap.TextApConstants.TAG_SEX;

import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.Sex;
import dev.mynumber.card.session.CardText;
import dev.mynumber.card.session.OffsetTable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The four basic attributes (基本4情報) of text AP EF {@code 0002}, decoded through its {@code DF21} offset table.
 *
 * <p>Name and address keep U+3000 and full-width digits as stored. {@link #toString()} is redacted.
 */
public final class BasicAttributes {
    private static final String WHAT = "text AP 0002";
    private static final int[] FIELD_TAGS = {TAG_NAME, TAG_ADDRESS, TAG_BIRTH_DATE, TAG_SEX};

    private final String name;
    private final String address;
    private final LocalDate birthDate;
    private final Sex sex;
    private final byte[] rawFile;
    private final byte[] signedPart;

    private BasicAttributes(String name, String address, LocalDate birthDate, Sex sex, byte[] rawFile,
            byte[] signedPart) {
        this.name = name;
        this.address = address;
        this.birthDate = birthDate;
        this.sex = sex;
        this.rawFile = rawFile;
        this.signedPart = signedPart;
    }

    /**
     * Decodes {@code FF20 { DF21 <4 × u16 offsets> DF22 name DF23 address DF24 birth date DF25 sex }}.
     *
     * @param file the EF bytes from offset 0
     * @return the attributes
     * @throws MalformedCardDataException on a bad table, tag, encoding, date or sex code
     */
    public static BasicAttributes parse(byte[] file) throws MalformedCardDataException {
        List<OffsetTable.Field> f = OffsetTable.fields(file, TextApConstants.TAG_ATTRIBUTES, FIELD_TAGS, WHAT);
        byte[] sex = f.get(3).tlv().value();
        if (sex.length != 1) {
            throw new MalformedCardDataException(WHAT + ": sex is not one byte");
        }
        int start = f.get(0).offset();
        int end = f.get(3).end();
        if (end <= start) {
            throw new MalformedCardDataException(WHAT + ": fields out of order");
        }
        return new BasicAttributes(CardText.utf8(f.get(0).tlv().value(), WHAT),
                CardText.utf8(f.get(1).tlv().value(), WHAT), CardText.date(f.get(2).tlv().value(), WHAT),
                Sex.fromCode(sex[0]), file.clone(), Arrays.copyOfRange(file, start, end));
    }

    /** 氏名 (family and given name separated by U+3000). Personal data: never log it. */
    public String name() {
        return name;
    }

    /** 住所. Personal data: never log it. */
    public String address() {
        return address;
    }

    /** 生年月日 (Gregorian). Personal data: never log it. */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** 性別. Personal data: never log it. */
    public Sex sex() {
        return sex;
    }

    /** The file bytes as read. */
    public byte[] rawFile() {
        return rawFile.clone();
    }

    /** The bytes from the {@code DF22} tag to the end of {@code DF25}: the input of the {@code DF32} digest. */
    public byte[] signedPart() {
        return signedPart.clone();
    }

    /** Always {@code BasicAttributes[redacted]}. */
    @Override
    public String toString() {
        return "BasicAttributes[redacted]";
    }
}
