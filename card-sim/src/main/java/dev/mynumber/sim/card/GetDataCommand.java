package dev.mynumber.sim.card;

import java.util.Arrays;

/**
 * GET DATA ({@code 00 CA P1 P2 Le}) at the MF: only tag {@code 5F51}, the contact ATR without TS
 * (spec §2.5, [MC-mf]); every other tag, and any tag inside an application, answers {@code 6A88}.
 */
final class GetDataCommand implements CommandHandler {
    private final CardState state;

    GetDataCommand(CardState state) {
        this.state = state;
    }

    @Override
    public byte[] handle(CommandApdu a) throws StatusException {
        if (!a.hasLe() || a.data().length != 0) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        int tag = (a.p1() << 8) | a.p2();
        if (tag != MasterFile.TAG_ATR || state.application().isPresent()) {
            throw new StatusException(Sw.REFERENCE_NOT_FOUND);
        }
        byte[] atr = MasterFile.atr();
        byte[] withoutTs = Arrays.copyOfRange(atr, 1, atr.length);
        return Arrays.copyOf(withoutTs, Math.min(withoutTs.length, a.ne()));
    }
}
