package dev.mynumber.sim.pki;

/**
 * The six personal attributes of a signing certificate's subject alternative name (spec §5.2, OIDs
 * {@code 1.2.392.200149.8.5.5.1} to {@code .6}), already in their certificate form.
 *
 * <p>{@code toString()} is redacted: these are personal data.
 *
 * @param name 氏名, family and given name separated by U+3000
 * @param nameSubstitutes one {@code 0}/{@code 1} per character of the name (1 = 代替文字)
 * @param sex {@code 1}, {@code 2} or {@code 9}
 * @param birthDate {@code EYYYYMMDD}: era digit then the Gregorian date
 * @param address 住所
 * @param addressSubstitutes one {@code 0}/{@code 1} per character of the address
 */
public record SignerAttributes(String name, String nameSubstitutes, String sex, String birthDate,
        String address, String addressSubstitutes) {

    @Override
    public String toString() {
        return "SignerAttributes[redacted]";
    }
}
