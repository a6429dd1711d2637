package dev.mynumber.sim.persona;

import dev.mynumber.sim.card.CardSecret;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fictional card holder and the state of their card, parsed from the persona JSON format
 * (docs/personas.md). Immutable.
 *
 * <p>{@code toString()} shows only the id: the other values are (fictional) personal data and are never
 * logged.
 */
public final class Persona {
    /** Whether the JPKI certificates are inside their validity period. */
    public enum CertificateState {
        /** Valid from a year before the current day to four years after it. */
        VALID,
        /** Expired a month before the current day. */
        EXPIRED,
        /** Inside the validity period but listed on the test CAs' CRLs ({@link SimulatedCrls}). */
        REVOKED
    }

    private final String id;
    private final String displayName;
    private final Identity identity;
    private final CardFacts card;
    private final Map<CardSecret, String> pins;
    private final Map<CardSecret, Integer> initialTries;

    /**
     * The holder's personal data (fictional).
     *
     * @param name 氏名, family and given name separated by U+3000
     * @param nameKana フリガナ, optional
     * @param address 住所
     * @param birthDate 生年月日
     * @param sex {@code 1} male, {@code 2} female, {@code 9} not applicable
     * @param myNumber 個人番号, 12 digits with a valid check digit
     * @param securityCode the 4-digit セキュリティコード printed on the card
     * @param nameSubstitutes 0-based character positions in the name where a substitute character stands
     * @param addressSubstitutes the same for the address
     */
    record Identity(String name, Optional<String> nameKana, String address, LocalDate birthDate, String sex,
            String myNumber, String securityCode, List<Integer> nameSubstitutes, List<Integer> addressSubstitutes) {
        @Override
        public String toString() {
            return "Identity[redacted]";
        }
    }

    /**
     * Card facts that are not personal data.
     *
     * @param expiry 有効期限 of the card
     * @param certificates validity of the JPKI certificates
     * @param hasSigningCertificate false for a child under 15
     * @param prefecture romanised prefecture of the signing certificate subject
     * @param municipality romanised municipality of the signing certificate subject
     * @param municipalityCode 5-digit 全国地方公共団体コード
     * @param keySet name of the shipped test key set
     */
    record CardFacts(LocalDate expiry, CertificateState certificates, boolean hasSigningCertificate,
            String prefecture, String municipality, String municipalityCode, String keySet) {
    }

    Persona(String id, String displayName, Identity identity, CardFacts card, Map<CardSecret, String> pins,
            Map<CardSecret, Integer> initialTries) {
        this.id = id;
        this.displayName = displayName;
        this.identity = identity;
        this.card = card;
        this.pins = new EnumMap<>(CardSecret.class);
        this.pins.putAll(pins);
        this.initialTries = new EnumMap<>(CardSecret.class);
        this.initialTries.putAll(initialTries);
    }

    /** Returns the persona id, e.g. {@code adult}. */
    public String id() {
        return id;
    }

    /** Returns a human-readable description for menus (no personal data). */
    public String displayName() {
        return displayName;
    }

    /** Returns 氏名 as stored on the card (family and given name separated by U+3000). */
    public String name() {
        return identity.name();
    }

    /** Returns フリガナ, if the persona gives one. */
    public Optional<String> nameKana() {
        return identity.nameKana();
    }

    /** Returns 住所 as stored on the card. */
    public String address() {
        return identity.address();
    }

    /** Returns 生年月日. */
    public LocalDate birthDate() {
        return identity.birthDate();
    }

    /** Returns 性別 as stored on the card: {@code 1}, {@code 2} or {@code 9}. */
    public String sex() {
        return identity.sex();
    }

    /** Returns the 12-digit 個人番号 (fictional, valid check digit). */
    public String myNumber() {
        return identity.myNumber();
    }

    /** Returns the 4-digit security code printed on the card. */
    public String securityCode() {
        return identity.securityCode();
    }

    /** Returns the holder's personal data. */
    Identity identity() {
        return identity;
    }

    /** Returns the card facts. */
    CardFacts card() {
        return card;
    }

    /** Returns the card's expiry date. */
    public LocalDate cardExpiry() {
        return card.expiry();
    }

    /** Tells whether the card has a signing certificate, key and password (false for a child). */
    public boolean hasSigningCertificate() {
        return card.hasSigningCertificate();
    }

    /** Returns the secret values the persona overrides (ASCII text as sent by VERIFY). */
    Map<CardSecret, String> pinOverrides() {
        return new EnumMap<>(pins);
    }

    /** Returns the initial tries the persona overrides (0 = blocked). */
    public Map<CardSecret, Integer> initialTries() {
        return new EnumMap<>(initialTries);
    }

    @Override
    public String toString() {
        return "Persona[" + id + "]";
    }
}
