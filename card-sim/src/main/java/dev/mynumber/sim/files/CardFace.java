package dev.mynumber.sim.files;

import java.security.interfaces.RSAPublicKey;

/**
 * The inputs of the visual AP card face (EF {@code 0002}), already in card form.
 *
 * <p>{@code toString()} is redacted: these are personal data.
 *
 * @param birthDate 生年月日 {@code YYYYMMDD} (Gregorian)
 * @param sex 性別, one ASCII digit
 * @param cardKey the card's visual AP public key ({@code DF24}; its private half signs challenges)
 * @param namePng 氏名 image, 1-bit PNG
 * @param addressPng 住所 image, 1-bit PNG
 * @param photoJp2 顔写真, greyscale JP2
 * @param expiry 有効期限 {@code YYYYMMDD}
 * @param securityCodePng security-code image, PNG
 */
public record CardFace(String birthDate, String sex, RSAPublicKey cardKey, byte[] namePng, byte[] addressPng,
        byte[] photoJp2, String expiry, byte[] securityCodePng) {

    /** Copies the arrays in. */
    public CardFace {
        namePng = namePng.clone();
        addressPng = addressPng.clone();
        photoJp2 = photoJp2.clone();
        securityCodePng = securityCodePng.clone();
    }

    @Override
    public byte[] namePng() {
        return namePng.clone();
    }

    @Override
    public byte[] addressPng() {
        return addressPng.clone();
    }

    @Override
    public byte[] photoJp2() {
        return photoJp2.clone();
    }

    @Override
    public byte[] securityCodePng() {
        return securityCodePng.clone();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "CardFace[redacted]";
    }
}
