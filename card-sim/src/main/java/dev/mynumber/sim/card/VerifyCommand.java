package dev.mynumber.sim.card;

import dev.mynumber.sim.variant.Variant;

/**
 * VERIFY ({@code 00 20 00 P2}): query without data, try counting, blocking, and the security status
 * (spec §3.1, §4.1, §7 items 4 and 5). The card variants change the answers the spec leaves open (§10).
 */
final class VerifyCommand implements CommandHandler {
    private final CardState state;
    private final PinCounters counters;
    private final Secrets secrets;

    VerifyCommand(CardState state, PinCounters counters, Secrets secrets) {
        this.state = state;
        this.counters = counters;
        this.secrets = secrets;
    }

    @Override
    public byte[] handle(CommandApdu a) throws StatusException {
        if (a.hasLe() && !state.has(Variant.VERIFY_LE_OK)) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        if (a.p1() != 0) {
            throw new StatusException(Sw.WRONG_P1P2);
        }
        boolean currentEf = a.p2() == KeyReferences.CURRENT_EF;
        Ef ef = currentEf ? state.currentEf().orElse(null) : KeyReferences.resolve(state, a.p2());
        byte[] presented = a.data();
        if (ef instanceof Ef.BlockedSecret) {
            // text AP 0012: issued blocked [MC-text]
            throw new StatusException(presented.length == 0 ? Sw.triesLeft(0) : state.blockedSw());
        }
        if (!(ef instanceof Ef.Secret ref)) {
            throw new StatusException(currentEf ? noCurrentKey() : Sw.REFERENCE_NOT_FOUND);
        }
        verify(ref.secret(), presented);
        return new byte[0];
    }

    /** The answer to P2 = 80 without a current key EF: unpublished (spec §10); 6A88 unless a variant says. */
    private int noCurrentKey() {
        if (state.has(Variant.VERIFY_NO_EF_6986)) {
            return Sw.NO_CURRENT_EF;
        }
        return state.has(Variant.VERIFY_NO_EF_6981) ? Sw.INCOMPATIBLE_FILE : Sw.REFERENCE_NOT_FOUND;
    }

    private void verify(CardSecret secret, byte[] presented) throws StatusException {
        int tries = counters.triesLeft(secret);
        if (presented.length == 0) {
            if (state.has(Variant.VERIFIED_QUERY_9000) && state.verified().contains(secret)) {
                return; // some cards answer 9000 to the query of a verified key [MC-card] (U)
            }
            // a query spends nothing; on a blocked key it answers 63C0 [MC-card], [OSC-c], [MC-text]
            throw new StatusException(Sw.triesLeft(tries));
        }
        if (tries == 0) {
            throw new StatusException(state.blockedSw());
        }
        if (secrets.matches(secret, presented)) {
            if (tries != secret.maxTries()) {
                counters.set(secret, secret.maxTries());
            }
            state.grant(secret);
            return;
        }
        state.revoke(secret);
        counters.set(secret, tries - 1);
        // the exhausting attempt answers 63C0, later ones 6984 [MC-err]
        throw new StatusException(Sw.triesLeft(tries - 1));
    }
}
