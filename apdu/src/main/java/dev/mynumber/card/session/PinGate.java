package dev.mynumber.card.session;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.CommandApdu;
import dev.mynumber.apdu.Iso7816;
import dev.mynumber.apdu.Jicsap;
import dev.mynumber.apdu.StatusWord;
import dev.mynumber.card.KeyRef;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.LastTryNotConfirmedException;
import dev.mynumber.card.PinBlockedException;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.StatusWords;
import dev.mynumber.card.VerifyOutcome;
import dev.mynumber.card.pin.Secret;
import java.util.Arrays;
import java.util.Optional;

/**
 * Status queries and VERIFY with the lockout rules: never a retry, and the last try only when allowed.
 *
 * <p>The key is named by short EF id in P2 ({@code 80|SFI}, spec §3.1, [MBE]): one APDU per VERIFY or query.
 * With short ids off it is SELECTed first and P2 = {@code 80} names the current EF (two APDUs).
 */
public final class PinGate {
    /** VERIFY P2 for "the key of the current EF" (spec §3.1). */
    private static final int P2_CURRENT_KEY = 0x80;
    /** VERIFY P2 flag for "key named by short EF id". */
    private static final int P2_SHORT_ID = 0x80;

    private final ApduSession channel;

    /**
     * Creates a gate over a session.
     *
     * @param channel the session, with the key's application selected
     */
    public PinGate(ApduSession channel) {
        this.channel = channel;
    }

    /**
     * Reads a key's retry counter with a VERIFY without data, which spends no try (spec §3.1, quirk 4).
     *
     * @param key the key reference
     * @return its counter (0 when blocked)
     */
    public PinStatus query(KeyRef key) throws ApduException {
        return query(key, p2(key));
    }

    private PinStatus query(KeyRef key, int p2) throws ApduException {
        PinStatus status = VerifyOutcome.afterQuery(channel.transmit(Iso7816.verifyQuery(p2)).sw(), key);
        channel.counters().queried(key, status);
        return status;
    }

    /** The counter for the last-try rule: known from this session's answers, else queried (no try spent). */
    private PinStatus counter(KeyRef key, int p2) throws ApduException {
        Optional<PinStatus> known = channel.counters().get(key);
        return known.isPresent() ? known.get() : query(key, p2);
    }

    /**
     * Sends one VERIFY, after a counter query when {@code lastTry} is {@link LastTry#REFUSE} and this session
     * does not know the counter yet from an earlier answer ({@link PinLedger}); never retries.
     *
     * @param key the key reference
     * @param secret the already validated PIN or code
     * @param lastTry whether the last try may be spent
     * @throws LastTryNotConfirmedException REFUSE and one try left: no VERIFY was sent
     * @throws PinBlockedException blocked before (REFUSE: no VERIFY sent) or by this try
     * @throws dev.mynumber.card.WrongPinException wrong value, with the tries left
     */
    public void verify(KeyRef key, Secret secret, LastTry lastTry) throws ApduException {
        byte[] data = secret.verifyData(); // before any APDU: a closed secret sends nothing
        try {
            int p2 = p2(key); // one SELECT at most, when short ids are off
            if (lastTry == LastTry.REFUSE) {
                PinStatus status = counter(key, p2);
                if (status.blocked()) {
                    throw new PinBlockedException(key.kind());
                }
                if (status.lastTry()) {
                    throw new LastTryNotConfirmedException(key.kind());
                }
            }
            CommandApdu command = Iso7816.verify(p2, data);
            channel.counters().forget(key); // until the answer tells it
            StatusWord sw = channel.transmitSecret(command).sw();
            channel.counters().verified(key, sw);
            VerifyOutcome.afterVerify(sw, key);
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    /**
     * Replaces a PIN: VERIFY of the current value (with the same last-try rule), then CHANGE REFERENCE DATA
     * {@code 00 24 01 P2} (JPKI and text AP, spec §3.1) or JICSAP CHANGE KEY {@code 80 32 00 P2} (共通/住基 AP).
     *
     * <p>Both values were validated when their secrets were built, so a bad new value sends nothing. The card
     * resets the counter on success. UNCONFIRMED on a real card (the spec's sources mark PIN change untested).
     *
     * @param key the key reference
     * @param current the PIN now on the card
     * @param replacement the new PIN
     * @param lastTry whether the VERIFY may spend the last try
     * @param jicsapChangeKey true for CHANGE KEY, false for CHANGE REFERENCE DATA
     */
    public void change(KeyRef key, Secret current, Secret replacement, LastTry lastTry, boolean jicsapChangeKey)
            throws ApduException {
        byte[] data = replacement.verifyData(); // a closed replacement sends nothing, not even the VERIFY
        try {
            verify(key, current, lastTry);
            int p2 = p2(key);
            CommandApdu command = jicsapChangeKey ? Jicsap.changeKey(p2, data)
                    : Iso7816.changeReferenceData(p2, data);
            StatusWords.check(channel.transmitSecret(command).sw());
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    private int p2(KeyRef key) throws ApduException {
        if (channel.options().shortFileIds() && key.fileId().hasShortId()) {
            return P2_SHORT_ID | key.fileId().shortId();
        }
        channel.selectFile(key.fileId());
        return P2_CURRENT_KEY;
    }
}
