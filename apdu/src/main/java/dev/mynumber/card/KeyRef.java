package dev.mynumber.card;

import dev.mynumber.apdu.FileId;

/**
 * One PIN or 照合番号 key reference of the card profile: its kind, its EF id and its retry limit.
 *
 * @param kind which PIN this is
 * @param fileId the key's EF id (also gives the short id used in VERIFY P2 = {@code 80|SFI})
 * @param maxTries the counter after a successful VERIFY (spec §4)
 */
public record KeyRef(PinKind kind, FileId fileId, int maxTries) {
}
