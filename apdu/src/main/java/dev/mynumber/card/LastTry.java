package dev.mynumber.card;

/**
 * Whether a VERIFY may spend the last remaining try of a PIN (最後の1回).
 *
 * <p>{@link #REFUSE} costs one extra APDU: a status query (VERIFY without data, spec §3.1) that spends no try.
 */
public enum LastTry {
    /** Query the counter first; if one try is left, throw {@link LastTryNotConfirmedException} and send nothing. */
    REFUSE,
    /** The user confirmed: send the VERIFY straight away, whatever the counter. */
    ALLOW
}
