package dev.mynumber.sim.card;

import java.util.Set;

/**
 * CHANGE REFERENCE DATA ({@code 00 24 01 P2}, JPKI and text AP) and JICSAP CHANGE KEY
 * ({@code 80 32 00 P2}, 共通/住基 APs): replace a PIN after a successful VERIFY (spec §2.4, §3.1).
 *
 * <p>The new value lives in memory only (see {@link Secrets}); the try counter is reset to its maximum.
 */
final class ChangeSecretCommand implements CommandHandler {
    private final CardState state;
    private final PinCounters counters;
    private final Secrets secrets;
    private final int requiredP1;
    private final Set<CardApplication> applications;

    ChangeSecretCommand(CardState state, PinCounters counters, Secrets secrets, int requiredP1,
            Set<CardApplication> applications) {
        this.state = state;
        this.counters = counters;
        this.secrets = secrets;
        this.requiredP1 = requiredP1;
        this.applications = Set.copyOf(applications);
    }

    @Override
    public byte[] handle(CommandApdu a) throws StatusException {
        if (state.application().filter(applications::contains).isEmpty()) {
            throw new StatusException(Sw.INS_NOT_SUPPORTED);
        }
        if (a.hasLe() || a.data().length == 0) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        if (a.p1() != requiredP1) {
            throw new StatusException(Sw.WRONG_P1P2);
        }
        change(KeyReferences.resolve(state, a.p2()), a.data());
        return new byte[0];
    }

    private void change(Ef ef, byte[] newValue) throws StatusException {
        if (ef instanceof Ef.BlockedSecret) {
            throw new StatusException(state.blockedSw());
        }
        if (!(ef instanceof Ef.Secret ref)) {
            throw new StatusException(Sw.REFERENCE_NOT_FOUND);
        }
        CardSecret s = ref.secret();
        if (!SecretFormat.changeable(s)) {
            throw new StatusException(Sw.CONDITIONS_NOT_SATISFIED);
        }
        if (counters.triesLeft(s) == 0) {
            throw new StatusException(state.blockedSw());
        }
        if (!state.verified().contains(s)) {
            throw new StatusException(Sw.SECURITY_NOT_SATISFIED);
        }
        if (!SecretFormat.valid(s, newValue)) {
            throw new StatusException(Sw.WRONG_DATA);
        }
        secrets.change(s, newValue);
    }
}
