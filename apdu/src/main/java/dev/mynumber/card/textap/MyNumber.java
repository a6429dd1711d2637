package dev.mynumber.card.textap;

import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.MyNumberCheckDigit;
import dev.mynumber.card.session.Tlvs;
import java.nio.charset.StandardCharsets;

/**
 * The holder's 12-digit My Number (個人番号) read from text AP EF {@code 0001}, check digit verified.
 *
 * <p>{@link #toString()} is fully masked so the number never reaches a log by accident.
 */
public final class MyNumber {
    private final String digits;
    private final byte[] rawFile;

    private MyNumber(String digits, byte[] rawFile) {
        this.digits = digits;
        this.rawFile = rawFile;
    }

    /**
     * Decodes {@code FF10 0C <12 ASCII digits>} and checks the check digit (spec §5.3, §8).
     *
     * @param file the EF bytes as read (filler included)
     * @return the number
     * @throws MalformedCardDataException on a bad tag, length, non-digit or check digit
     */
    public static MyNumber parse(byte[] file) throws MalformedCardDataException {
        byte[] value = Tlvs.parseAt(file, 0, TextApConstants.TAG_MY_NUMBER, "text AP 0001").value();
        if (!MyNumberCheckDigit.isValid(value)) {
            throw new MalformedCardDataException("text AP 0001: not a 12-digit number with a valid check digit");
        }
        return new MyNumber(new String(value, StandardCharsets.US_ASCII), file.clone());
    }

    /** The 12 digits. Personal data: never log it. */
    public String digits() {
        return digits;
    }

    /** The last four digits with the rest masked, for display: {@code ********0257}. */
    public String masked() {
        return "********" + digits.substring(8);
    }

    /** The file bytes as read, filler included: the input of the {@code DF31} digest. */
    public byte[] rawFile() {
        return rawFile.clone();
    }

    /** Always {@code MyNumber[************]}. */
    @Override
    public String toString() {
        return "MyNumber[************]";
    }
}
