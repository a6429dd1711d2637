package dev.mynumber.agent.certificate;

/**
 * The holder's identity from the 署名用電子証明書's subjectAltName (six otherName entries, spec §5.2).
 *
 * <p>Personal data: returned only in the signing-certificate response, never logged.
 *
 * @param name 氏名 (1.2.392.200149.8.5.5.1)
 * @param nameSubstitutes 氏名 代替文字位置 (…5.5.2), one 0/1 per character; null if absent
 * @param sex 性別 code (…5.5.3): 1 男, 2 女, 9 適用不能
 * @param birthDate 生年月日 (…5.5.4) as on the certificate: era digit + Gregorian YYYYMMDD
 * @param address 住所 (…5.5.5)
 * @param addressSubstitutes 住所 代替文字位置 (…5.5.6); null if absent
 */
public record SignerIdentity(String name, String nameSubstitutes, String sex, String birthDate, String address,
        String addressSubstitutes) {
    /** Redacted: the record is personal data. */
    @Override
    public String toString() {
        return "SignerIdentity[redacted]";
    }
}
