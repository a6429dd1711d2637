package dev.mynumber.card;

import dev.mynumber.apdu.FileId;

/**
 * One PIN or 照合番号 key reference of the card profile: its kind, its EF id and its retry limit.
 *
 * @param kind which PIN this is
 * @param fileId the key's EF id (also gives the short id used in VERIFY P2 = {@code 80|SFI})
 * @param maxTries the counter after a successful VERIFY, as the spec gives it (§4): confirmed for the PINs and the
 *     signing password, UNCONFIRMED for the 照合番号 and birth-date keys (each constant says which);
 *     {@link PinStatus} carries it, raised to the counter a card reports if that is larger
 */
public record KeyRef(PinKind kind, FileId fileId, int maxTries) {
}
