package dev.mynumber.agent.usecase;

import java.util.Locale;

/**
 * The agent's card operations, each with its stable name (progress events, the audit line, metrics) and
 * whether it presents a PIN, 照合番号 or password.
 */
public enum CardOperation {
    /** Every counter, no try spent. */
    PIN_STATUS(false),
    /** The card information, with the PIN or 照合番号B. */
    CARD_INFO(true),
    /** The 利用者証明用電子証明書, no PIN. */
    AUTH_CERTIFICATE(false),
    /** The 署名用電子証明書, with the signing password. */
    SIGN_CERTIFICATE(true),
    /** A signature with the 利用者証明用秘密鍵, with the auth PIN. */
    AUTHENTICATE(true),
    /** A signature with the 署名用秘密鍵, with the signing password. */
    SIGN(true);

    private final boolean usesPin;

    CardOperation(boolean usesPin) {
        this.usesPin = usesPin;
    }

    /**
     * The stable name: the constant's name in lower case with hyphens.
     *
     * @return e.g. {@code card-info}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether it presents a PIN, 照合番号 or password, so the counters the card's answers told are published
     * afterwards (even when it failed: a wrong PIN is exactly when a page needs the tries left).
     *
     * @return true for an operation that spends or may spend a try
     */
    public boolean usesPin() {
        return usesPin;
    }
}
