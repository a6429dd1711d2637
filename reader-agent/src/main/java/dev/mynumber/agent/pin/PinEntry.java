package dev.mynumber.agent.pin;

import dev.mynumber.card.PinKind;

/**
 * The retry counter of one PIN, password or 照合番号 key reference, read without spending a try.
 *
 * @param kind which key this is
 * @param triesLeft tries left before the key blocks (0 = blocked)
 * @param maxTries the counter after a successful VERIFY ({@link dev.mynumber.card.PinStatus#maxTries()})
 * @param blocked whether no try is left (reset at the municipal office)
 * @param lastTry whether exactly one try is left, so a VERIFY needs an explicit confirmation
 */
public record PinEntry(PinKind kind, int triesLeft, int maxTries, boolean blocked, boolean lastTry) {
}
