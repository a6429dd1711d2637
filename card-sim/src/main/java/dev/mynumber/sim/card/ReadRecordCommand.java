package dev.mynumber.sim.card;

/**
 * READ RECORD ({@code 00 B2 P1 P2}): record P1 of the current EF (P2 = {@code 04}) or of the EF named by
 * its SFI (P2 = {@code SFI<<3 | 04}, which also makes it current); the card has one record EF, the
 * 共通AP card-info EF with record 1 only (spec §2.4, §3.1).
 */
final class ReadRecordCommand implements CommandHandler {
    private static final int READ_RECORD_P1 = 0x04;
    private static final int MODE_MASK = 0x07;
    private static final int SFI_SHIFT = 3;
    private static final int SFI_NONE = 0;
    private static final int SFI_RESERVED = 0x1F;

    private final CardState state;

    ReadRecordCommand(CardState state) {
        this.state = state;
    }

    @Override
    public byte[] handle(CommandApdu a) throws StatusException {
        if (!a.hasLe() || a.data().length != 0) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        int sfi = a.p2() >> SFI_SHIFT;
        if ((a.p2() & MODE_MASK) != READ_RECORD_P1 || sfi == SFI_RESERVED) {
            throw new StatusException(Sw.WRONG_P1P2);
        }
        Ef ef = sfi == SFI_NONE ? state.currentEf().orElseThrow(() -> new StatusException(Sw.NO_CURRENT_EF))
                : state.find(sfi).orElseThrow(() -> new StatusException(Sw.FILE_NOT_FOUND));
        state.selectEf(ef);
        if (!(ef instanceof Ef.Records records)) {
            throw new StatusException(Sw.INCOMPATIBLE_FILE);
        }
        if (!records.read().satisfiedBy(state.verified())) {
            throw new StatusException(Sw.SECURITY_NOT_SATISFIED);
        }
        if (a.p1() != 1) {
            throw new StatusException(Sw.RECORD_NOT_FOUND);
        }
        byte[] record = records.record1();
        return java.util.Arrays.copyOf(record, Math.min(record.length, a.ne()));
    }
}
