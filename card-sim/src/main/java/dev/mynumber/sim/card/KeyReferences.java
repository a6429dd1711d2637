package dev.mynumber.sim.card;

/**
 * Resolves the key reference that VERIFY, CHANGE REFERENCE DATA, CHANGE KEY and the signing command name
 * in P2: {@code 80} = the current EF, {@code 80|SFI} = the EF whose identifier is the SFI (spec §2, §3.1).
 */
final class KeyReferences {
    /** P2 naming the current EF. */
    static final int CURRENT_EF = 0x80;

    private KeyReferences() {
    }

    /**
     * Returns the EF named by P2 without changing the current EF.
     *
     * @throws StatusException {@code 6A86} for another P2 form, {@code 6A88} when nothing is referenced
     */
    static Ef resolve(CardState state, int p2) throws StatusException {
        if (p2 == CURRENT_EF) {
            return state.currentEf().orElseThrow(() -> new StatusException(Sw.REFERENCE_NOT_FOUND));
        }
        int sfi = p2 & 0x1F;
        if ((p2 & 0xE0) != 0x80 || sfi == 0 || sfi == 0x1F) {
            throw new StatusException(Sw.WRONG_P1P2);
        }
        return state.find(sfi).orElseThrow(() -> new StatusException(Sw.REFERENCE_NOT_FOUND));
    }
}
